using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.Statistics;

/// <summary>Which year and authorities to rank.</summary>
internal sealed record RankingQuery
{
    /// <summary>The year; default the latest year with figures.</summary>
    [Example(2025), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? Year { get; init; }

    /// <summary>descending (the default: 1 = highest value) or ascending (1 = lowest).</summary>
    [Example("descending"), OneOf("descending", "ascending")]
    public string? Order { get; init; }

    /// <summary>Only authorities in this region (GSS code or slug), e.g. <c>london</c>.</summary>
    [MaxLength(QueryLimits.MaxIdLength)]
    public string? Region { get; init; }

    internal sealed class Validator : AbstractValidator<RankingQuery>
    {
        public Validator()
        {
            RuleFor(q => q.Year).IsYear("year");
            var order = OneOfAttribute.On<RankingQuery>(nameof(Order));
            RuleFor(q => q.Order).Must(order.Allows).WithName("order").WithMessage(order.Message("order"));
            RuleFor(q => q.Region).MaximumLength(QueryLimits.MaxIdLength).WithName("region");
        }
    }
}

/// <summary>Which year and authorities to summarise.</summary>
internal sealed record DistributionQuery
{
    /// <summary>The year; default the latest year with figures.</summary>
    [Example(2025), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? Year { get; init; }

    /// <summary>Only authorities in this region (GSS code or slug), e.g. <c>london</c>.</summary>
    [Example("london"), MaxLength(QueryLimits.MaxIdLength)]
    public string? Region { get; init; }

    internal sealed class Validator : AbstractValidator<DistributionQuery>
    {
        public Validator()
        {
            RuleFor(q => q.Year).IsYear("year");
            RuleFor(q => q.Region).MaximumLength(QueryLimits.MaxIdLength).WithName("region");
        }
    }
}

/// <summary>The two years to compare, which authorities, their order and how many.</summary>
internal sealed record ChangeQuery
{
    /// <summary>The most authority rows one answer can be cut to.</summary>
    public const int MaxLimit = 200;

    /// <summary>The earlier year, e.g. <c>2013</c>.</summary>
    [Required, Example(2013), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? From { get; init; }

    /// <summary>The later year, e.g. <c>2025</c>.</summary>
    [Required, Example(2025), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? To { get; init; }

    /// <summary>Only authorities in this region (GSS code or slug), e.g. <c>london</c>.</summary>
    [MaxLength(QueryLimits.MaxIdLength)]
    public string? Region { get; init; }

    /// <summary>Only these authorities (GSS code, DfE code or slug); repeat for several.</summary>
    [MaxLength(QueryLimits.MaxAuthorities)]
    public string[]? Authority { get; init; }

    /// <summary>name (the default), percent, absolute, ratePercent (the companion rate's percentage change), start or end (the earlier or later figure); prefix with '-' for descending. Authorities without the figure sorted on (not compared, or not published) come last either way.</summary>
    [Example("-percent"), Sortable("name", "percent", "absolute", "ratePercent", "start", "end")]
    public string? Sort { get; init; }

    /// <summary>At most this many authorities (1 to 200), taken after sorting: sort=-percent&amp;limit=10 gives the ten highest percentage changes. England is not counted. Default: every authority.</summary>
    [Example(10), Range(1, MaxLimit)]
    public int? Limit { get; init; }

    internal sealed class Validator : AbstractValidator<ChangeQuery>
    {
        public Validator()
        {
            RuleFor(q => q.From).NotNull().IsYear("from");
            RuleFor(q => q.To).NotNull().IsYear("to");
            RuleFor(q => q.From).LessThan(q => q.To).When(q => q.From is not null && q.To is not null)
                .WithName("from").WithMessage("'from' must be before 'to'.");
            RuleFor(q => q.Region).MaximumLength(QueryLimits.MaxIdLength).WithName("region");
            this.ValidateAuthorities(q => q.Authority);
            var sort = SortableAttribute.On<ChangeQuery>();
            RuleFor(q => q.Sort).Must(sort.Allows).WithName("sort").WithMessage(sort.Message);
            RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit).WithName("limit");
        }
    }
}
