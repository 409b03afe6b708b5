using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.Indicators;

/// <summary>Filters and paging for the indicator catalogue.</summary>
internal sealed record IndicatorListQuery : IPagedQuery
{
    /// <summary>Only indicators of this topic, e.g. <c>Children looked after</c>.</summary>
    [Example("Children looked after"), MaxLength(QueryLimits.MaxTextLength)]
    public string? Topic { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<IndicatorListQuery>
    {
        public Validator()
        {
            RuleFor(q => q.Topic).MaximumLength(QueryLimits.MaxTextLength).WithName("topic");
            this.ValidatePaging();
        }
    }
}

/// <summary>Filters, sort and paging for one indicator's figures.</summary>
internal sealed record ObservationQuery : IPagedQuery
{
    /// <summary>Authority ids (GSS code, DfE code or slug); repeat for several, e.g. <c>authority=barnet&amp;authority=E09000002</c>.</summary>
    [Example("barnet"), MaxLength(QueryLimits.MaxAuthorities)]
    public string[]? Authority { get; init; }

    /// <summary>Only geographies in this region (GSS code or slug), e.g. <c>london</c>.</summary>
    [MaxLength(QueryLimits.MaxIdLength)]
    public string? Region { get; init; }

    /// <summary>national, region, subregion, authority or authority-group.</summary>
    [Example("authority"), KebabEnum(typeof(GeographyLevel))]
    public string? Level { get; init; }

    /// <summary>Only this year, e.g. <c>2025</c>.</summary>
    [Example(2025), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? Year { get; init; }

    /// <summary>From this year, inclusive.</summary>
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? From { get; init; }

    /// <summary>To this year, inclusive.</summary>
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? To { get; init; }

    /// <summary>Only published values at least this.</summary>
    public double? Min { get; init; }

    /// <summary>Only published values at most this.</summary>
    public double? Max { get; init; }

    /// <summary>current (the default: the latest release's figure for each period) or all (every release, revisions included).</summary>
    [Example("current"), OneOf("current", "all")]
    public string? Release { get; init; }

    /// <summary>year (the default), value or name; prefix with '-' for descending. Rows without a value sort last.</summary>
    [Example("-value"), Sortable("year", "value", "name")]
    public string? Sort { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<ObservationQuery>
    {
        public Validator()
        {
            RuleFor(q => q.Year).IsYear("year");
            RuleFor(q => q.From).IsYear("from");
            RuleFor(q => q.To).IsYear("to");
            RuleFor(q => q.From).LessThanOrEqualTo(q => q.To).When(q => q.From is not null && q.To is not null)
                .WithName("from").WithMessage("'from' must not be after 'to'.");
            RuleFor(q => q.Min).Must(v => v is null || double.IsFinite(v.Value)).WithName("min").WithMessage("'min' must be a finite number.");
            RuleFor(q => q.Max).Must(v => v is null || double.IsFinite(v.Value)).WithName("max").WithMessage("'max' must be a finite number.");
            RuleFor(q => q.Min).LessThanOrEqualTo(q => q.Max).When(q => q.Min is not null && q.Max is not null)
                .WithName("min").WithMessage("'min' must not be greater than 'max'.");
            RuleFor(q => q.Level).Must(Kebab.IsValid<GeographyLevel>).WithName("level")
                .WithMessage($"'level' must be one of {string.Join(", ", Kebab.Names<GeographyLevel>())}.");
            var release = OneOfAttribute.On<ObservationQuery>(nameof(Release));
            RuleFor(q => q.Release).Must(release.Allows).WithName("release").WithMessage(release.Message("release"));
            var sort = SortableAttribute.On<ObservationQuery>();
            RuleFor(q => q.Sort).Must(sort.Allows).WithName("sort").WithMessage(sort.Message);
            this.ValidateAuthorities(q => q.Authority);
            this.ValidatePaging();
        }
    }
}
