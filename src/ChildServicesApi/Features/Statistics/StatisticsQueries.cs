using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.Statistics;

/// <summary>Which year and authorities to rank.</summary>
internal sealed record RankingQuery
{
    /// <summary>The year; default the latest year with figures.</summary>
    public int? Year { get; init; }

    /// <summary>descending (the default: 1 = highest value) or ascending (1 = lowest).</summary>
    public string? Order { get; init; }

    /// <summary>Only authorities in this region (GSS code or slug), e.g. <c>london</c>.</summary>
    public string? Region { get; init; }

    internal sealed class Validator : AbstractValidator<RankingQuery>
    {
        public Validator()
        {
            RuleFor(q => q.Year).InclusiveBetween(1990, 2100).WithName("year");
            RuleFor(q => q.Order).Must(o => o is null or "ascending" or "descending").WithName("order")
                .WithMessage("'order' must be ascending or descending.");
            RuleFor(q => q.Region).MaximumLength(100).WithName("region");
        }
    }
}

/// <summary>Which year and authorities to summarise.</summary>
internal sealed record DistributionQuery
{
    /// <summary>The year; default the latest year with figures.</summary>
    public int? Year { get; init; }

    /// <summary>Only authorities in this region (GSS code or slug), e.g. <c>london</c>.</summary>
    public string? Region { get; init; }

    internal sealed class Validator : AbstractValidator<DistributionQuery>
    {
        public Validator()
        {
            RuleFor(q => q.Year).InclusiveBetween(1990, 2100).WithName("year");
            RuleFor(q => q.Region).MaximumLength(100).WithName("region");
        }
    }
}

/// <summary>The two years to compare, and which authorities.</summary>
internal sealed record ChangeQuery
{
    /// <summary>The earlier year, e.g. <c>2013</c>.</summary>
    public int? From { get; init; }

    /// <summary>The later year, e.g. <c>2025</c>.</summary>
    public int? To { get; init; }

    /// <summary>Only authorities in this region (GSS code or slug), e.g. <c>london</c>.</summary>
    public string? Region { get; init; }

    /// <summary>Only these authorities (GSS code, DfE code or slug); repeat for several.</summary>
    public string[]? Authority { get; init; }

    internal sealed class Validator : AbstractValidator<ChangeQuery>
    {
        public Validator()
        {
            RuleFor(q => q.From).NotNull().InclusiveBetween(1990, 2100).WithName("from");
            RuleFor(q => q.To).NotNull().InclusiveBetween(1990, 2100).WithName("to");
            RuleFor(q => q.From).LessThan(q => q.To).When(q => q.From is not null && q.To is not null)
                .WithName("from").WithMessage("'from' must be before 'to'.");
            RuleFor(q => q.Region).MaximumLength(100).WithName("region");
            RuleFor(q => q.Authority).Must(a => a is null || a.Length <= 200).WithName("authority").WithMessage("At most 200 authorities at once.");
            RuleFor(q => q.Authority).Must(a => a is null || a.All(id => !string.IsNullOrWhiteSpace(id))).WithName("authority")
                .WithMessage("'authority' must not be empty.");
        }
    }
}
