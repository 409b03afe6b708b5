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

/// <summary>What selects an indicator's figures, the same in the long and the wide layout.</summary>
internal interface IObservationFilters : IYearRange, IGeographyFilters
{
    string? Release { get; }
}

internal static class ObservationFilterRules
{
    /// <summary>The rules every layout's filters share: years in range and in order, a known level, authorities.</summary>
    public static void ValidateFilters<T>(this AbstractValidator<T> validator) where T : IObservationFilters
    {
        validator.ValidateYearRange();
        validator.ValidateGeographyFilters();
    }
}

/// <summary>Filters, sort and paging for one indicator's figures.</summary>
internal sealed record ObservationQuery : IPagedQuery, IObservationFilters
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

    /// <summary>long (the default: one item per geography and year) or wide: one row per geography with one cell per year, for spreadsheets, Datawrapper and Flourish, served by ListIndicatorValuesWide, so wide answers 303 See Other to /values/wide with the same query. min, max and release=all are refused with wide (400): they would leave a cell with no figure or several.</summary>
    [Example(WideValues.Long), OneOf(WideValues.Long, WideValues.Wide)]
    public string? Layout { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<ObservationQuery>
    {
        public Validator()
        {
            this.ValidateFilters();
            RuleFor(q => q.Min).Must(v => v is null || double.IsFinite(v.Value)).WithName("min").WithMessage("'min' must be a finite number.");
            RuleFor(q => q.Max).Must(v => v is null || double.IsFinite(v.Value)).WithName("max").WithMessage("'max' must be a finite number.");
            RuleFor(q => q.Min).LessThanOrEqualTo(q => q.Max).When(q => q.Min is not null && q.Max is not null)
                .WithName("min").WithMessage("'min' must not be greater than 'max'.");
            var release = OneOfAttribute.On<ObservationQuery>(nameof(Release));
            RuleFor(q => q.Release).Must(release.Allows).WithName("release").WithMessage(release.Message("release"));
            var sort = SortableAttribute.On<ObservationQuery>();
            RuleFor(q => q.Sort).Must(sort.Allows).WithName("sort").WithMessage(sort.Message);
            var layout = OneOfAttribute.On<ObservationQuery>(nameof(Layout));
            RuleFor(q => q.Layout).Must(layout.Allows).WithName("layout").WithMessage(layout.Message("layout"));
            RuleFor(q => q.Min).Null().When(q => q.Layout == WideValues.Wide).WithName("min")
                .WithMessage("'min' selects single figures, which would leave holes in layout=wide's rows; use it with layout=long.");
            RuleFor(q => q.Max).Null().When(q => q.Layout == WideValues.Wide).WithName("max")
                .WithMessage("'max' selects single figures, which would leave holes in layout=wide's rows; use it with layout=long.");
            RuleFor(q => q.Release).NotEqual("all").When(q => q.Layout == WideValues.Wide).WithName("release")
                .WithMessage(WideValuesQuery.CurrentOnly);
            this.ValidatePaging();
        }
    }
}

/// <summary>Filters, sort and paging for one indicator's figures laid out wide: one row per geography, one cell per year.</summary>
internal sealed record WideValuesQuery : IPagedQuery, IObservationFilters
{
    public const string CurrentOnly = "layout=wide has one cell per geography and year, the latest release's figure; every release (release=all) needs layout=long.";

    /// <summary>Authority ids (GSS code, DfE code or slug); repeat for several, e.g. <c>authority=barnet&amp;authority=E09000002</c>.</summary>
    [MaxLength(QueryLimits.MaxAuthorities)]
    public string[]? Authority { get; init; }

    /// <summary>Only geographies in this region (GSS code or slug), and the region itself, e.g. <c>london</c>.</summary>
    [MaxLength(QueryLimits.MaxIdLength)]
    public string? Region { get; init; }

    /// <summary>national, region, subregion, authority or authority-group.</summary>
    [Example("authority"), KebabEnum(typeof(GeographyLevel))]
    public string? Level { get; init; }

    /// <summary>Only this year's column, e.g. <c>2025</c>.</summary>
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? Year { get; init; }

    /// <summary>Columns from this year, inclusive.</summary>
    [Example(2013), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? From { get; init; }

    /// <summary>Columns to this year, inclusive.</summary>
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? To { get; init; }

    /// <summary>current, the only choice (and the default): each cell is the latest release's figure for its geography and year. Every release's figures (release=all) are in the long layout.</summary>
    [OneOf("current")]
    public string? Release { get; init; }

    /// <summary>name (the default), value (the figure in the latest year shown; rows without one last) or year; prefix with '-' for descending. year and -year keep the rows by name and order the columns: -year puts the latest year first.</summary>
    [Example("name"), Sortable("name", "value", "year")]
    public string? Sort { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Rows (geographies) per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<WideValuesQuery>
    {
        public Validator()
        {
            this.ValidateFilters();
            RuleFor(q => q.Release).Must(r => r is null or "current").WithName("release").WithMessage(CurrentOnly);
            var sort = SortableAttribute.On<WideValuesQuery>();
            RuleFor(q => q.Sort).Must(sort.Allows).WithName("sort").WithMessage(sort.Message);
            this.ValidatePaging();
        }
    }
}
