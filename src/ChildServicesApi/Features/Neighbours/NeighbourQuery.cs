using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.Neighbours;

/// <summary>Which statistical neighbour model to use.</summary>
internal sealed record NeighbourQuery
{
    /// <summary>2025 (DfE's current model, the default) or 2021 (the April 2021 groupings).</summary>
    [Example(2025), AllowedValues(NeighbourSource.LatestModel, NeighbourSource.EarlierModel)]
    public int? Model { get; init; }

    internal sealed class Validator : AbstractValidator<NeighbourQuery>
    {
        public Validator()
        {
            RuleFor(q => q.Model).Must(m => m is null || NeighbourSource.Models.Any(s => s.Year == m)).WithName("model")
                .WithMessage($"'model' must be one of {string.Join(", ", NeighbourSource.Models.Select(m => m.Year))}.");
        }
    }
}

/// <summary>Which neighbour model and years to compare.</summary>
internal sealed record ComparisonQuery
{
    /// <summary>2025 (DfE's current model, the default) or 2021 (the April 2021 groupings).</summary>
    [Example(2025), AllowedValues(NeighbourSource.LatestModel, NeighbourSource.EarlierModel)]
    public int? Model { get; init; }

    /// <summary>From this year, inclusive.</summary>
    [Example(2015), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? From { get; init; }

    /// <summary>To this year, inclusive.</summary>
    [Example(2025), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? To { get; init; }

    internal sealed class Validator : AbstractValidator<ComparisonQuery>
    {
        public Validator()
        {
            RuleFor(q => q.Model).Must(m => m is null || NeighbourSource.Models.Any(s => s.Year == m)).WithName("model")
                .WithMessage($"'model' must be one of {string.Join(", ", NeighbourSource.Models.Select(m => m.Year))}.");
            RuleFor(q => q.From).IsYear("from");
            RuleFor(q => q.To).IsYear("to");
            RuleFor(q => q.From).LessThanOrEqualTo(q => q.To).When(q => q.From is not null && q.To is not null)
                .WithName("from").WithMessage("'from' must not be after 'to'.");
        }
    }
}
