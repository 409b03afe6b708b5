using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.OtherMeasures;

/// <summary>Paging for the other measures catalogue.</summary>
internal record OtherMeasureListQuery : IPagedQuery
{
    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<OtherMeasureListQuery>
    {
        public Validator() => this.ValidatePaging();
    }
}

/// <summary>Years and paging for one authority's other measures.</summary>
internal sealed record AuthorityOtherMeasureQuery : OtherMeasureListQuery, IYearRange
{
    /// <summary>Only the period ending in this year: 2025 is the year to 31 March 2025, or the calendar year 2025, as the measure's period is.</summary>
    [Example(2025), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? Year { get; init; }

    /// <summary>From the period ending in this year, inclusive.</summary>
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? From { get; init; }

    /// <summary>To the period ending in this year, inclusive.</summary>
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? To { get; init; }

    internal new sealed class Validator : AbstractValidator<AuthorityOtherMeasureQuery>
    {
        public Validator()
        {
            this.ValidatePaging();
            this.ValidateYearRange();
        }
    }
}

/// <summary>Filters, sort and paging for one other measure's figures.</summary>
internal sealed record OtherMeasureFigureQuery : IHeldFigureQuery
{
    /// <summary>Authority ids (GSS code, DfE code or slug); repeat for several, e.g. <c>authority=barnet&amp;authority=E09000002</c>. England and the regions are level=national and level=region.</summary>
    [Example("barnet"), MaxLength(QueryLimits.MaxAuthorities)]
    public string[]? Authority { get; init; }

    /// <summary>Only geographies in this region (GSS code or slug), e.g. <c>london</c>.</summary>
    [MaxLength(QueryLimits.MaxIdLength)]
    public string? Region { get; init; }

    /// <summary>national, region, subregion, authority or authority-group (other measures have no authority groups).</summary>
    [Example("authority"), KebabEnum(typeof(GeographyLevel))]
    public string? Level { get; init; }

    /// <summary>Only the period ending in this year: 2025 is the year to 31 March 2025, or the calendar year 2025, as the measure's period is.</summary>
    [Example(2025), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? Year { get; init; }

    /// <summary>From the period ending in this year, inclusive.</summary>
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? From { get; init; }

    /// <summary>To the period ending in this year, inclusive.</summary>
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? To { get; init; }

    /// <summary>year (the default: year, then name), value or name; prefix with '-' for descending. Rows without a value sort last.</summary>
    [Example("-value"), Sortable("year", "value", "name")]
    public string? Sort { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<OtherMeasureFigureQuery>
    {
        public Validator() => this.ValidateHeldFigureQuery();
    }
}
