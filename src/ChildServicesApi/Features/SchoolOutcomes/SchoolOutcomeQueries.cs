using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.SchoolOutcomes;

/// <summary>Filters and paging for the school outcomes catalogue.</summary>
internal record SchoolOutcomeListQuery : IPagedQuery
{
    /// <summary>children-in-need, child-protection-plan or looked-after.</summary>
    [Example("looked-after"), KebabEnum(typeof(SchoolOutcomeCohort))]
    public string? Cohort { get; init; }

    /// <summary>early-years, key-stage-2, key-stage-4, absence, exclusions, special-educational-needs or free-school-meals.</summary>
    [Example("key-stage-2"), KebabEnum(typeof(SchoolOutcomeTopic))]
    public string? Topic { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<SchoolOutcomeListQuery>
    {
        public Validator() => this.ValidateOutcomeFilters();
    }
}

/// <summary>Filters and paging for one authority's school outcomes: the catalogue's filters (cohort, topic) and years.</summary>
internal sealed record AuthoritySchoolOutcomeQuery : SchoolOutcomeListQuery, IYearRange
{
    /// <summary>Only the academic year ending in this year: 2025 is 2024/25.</summary>
    [Example(2025), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? Year { get; init; }

    /// <summary>From the academic year ending in this year, inclusive.</summary>
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? From { get; init; }

    /// <summary>To the academic year ending in this year, inclusive.</summary>
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? To { get; init; }

    internal new sealed class Validator : AbstractValidator<AuthoritySchoolOutcomeQuery>
    {
        public Validator()
        {
            this.ValidateOutcomeFilters();
            this.ValidateYearRange();
        }
    }
}

/// <summary>Filters, sort and paging for one school outcome's figures.</summary>
internal sealed record SchoolOutcomeFigureQuery : IHeldFigureQuery
{
    /// <summary>Authority ids (GSS code, DfE code or slug); repeat for several, e.g. <c>authority=barnet&amp;authority=E09000002</c>. England and the regions are level=national and level=region.</summary>
    [Example("barnet"), MaxLength(QueryLimits.MaxAuthorities)]
    public string[]? Authority { get; init; }

    /// <summary>Only geographies in this region (GSS code or slug), e.g. <c>london</c>.</summary>
    [MaxLength(QueryLimits.MaxIdLength)]
    public string? Region { get; init; }

    /// <summary>national, region, subregion, authority or authority-group (school outcomes have no authority groups).</summary>
    [Example("authority"), KebabEnum(typeof(GeographyLevel))]
    public string? Level { get; init; }

    /// <summary>Only the academic year ending in this year: 2025 is 2024/25.</summary>
    [Example(2025), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? Year { get; init; }

    /// <summary>From the academic year ending in this year, inclusive.</summary>
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? From { get; init; }

    /// <summary>To the academic year ending in this year, inclusive.</summary>
    [Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? To { get; init; }

    /// <summary>year (the default: year, then name), value or name; prefix with '-' for descending. Rows without a value sort last.</summary>
    [Example("-value"), Sortable("year", "value", "name")]
    public string? Sort { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<SchoolOutcomeFigureQuery>
    {
        public Validator() => this.ValidateHeldFigureQuery();
    }
}

internal static class SchoolOutcomeFilterRules
{
    public static void ValidateOutcomeFilters<T>(this AbstractValidator<T> validator) where T : SchoolOutcomeListQuery
    {
        validator.RuleFor(q => q.Cohort).Must(Kebab.IsValid<SchoolOutcomeCohort>).WithName("cohort")
            .WithMessage($"'cohort' must be one of {string.Join(", ", Kebab.Names<SchoolOutcomeCohort>())}.");
        validator.RuleFor(q => q.Topic).Must(Kebab.IsValid<SchoolOutcomeTopic>).WithName("topic")
            .WithMessage($"'topic' must be one of {string.Join(", ", Kebab.Names<SchoolOutcomeTopic>())}.");
        validator.ValidatePaging();
    }
}
