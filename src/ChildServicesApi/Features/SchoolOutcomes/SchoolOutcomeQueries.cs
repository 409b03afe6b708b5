using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.SchoolOutcomes;

/// <summary>Filters and paging for the school outcomes catalogue.</summary>
internal record SchoolOutcomeListQuery : IPagedQuery
{
    /// <summary>children-in-need, child-protection-plan or looked-after.</summary>
    [Example("looked-after"), KebabEnum(typeof(SchoolOutcomeCohort))]
    public string? Cohort { get; init; }

    /// <summary>early-years, key-stage-2, key-stage-4, absence, exclusions or special-educational-needs.</summary>
    [Example("key-stage-2"), OneOf(SchoolOutcomeStages.EarlyYears, SchoolOutcomeStages.KeyStage2, SchoolOutcomeStages.KeyStage4, SchoolOutcomeStages.Absence, SchoolOutcomeStages.Exclusions, SchoolOutcomeStages.Needs)]
    public string? Stage { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<SchoolOutcomeListQuery>
    {
        public Validator() => this.ValidateOutcomeFilters();
    }
}

/// <summary>Filters and paging for one authority's school outcomes: the catalogue's filters and years.</summary>
internal sealed record AuthoritySchoolOutcomeQuery : SchoolOutcomeListQuery, ISchoolOutcomeYears
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
            this.ValidateYears();
        }
    }
}

/// <summary>Filters, sort and paging for one school outcome's figures.</summary>
internal sealed record SchoolOutcomeFigureQuery : IPagedQuery, ISchoolOutcomeYears
{
    /// <summary>Authority ids (GSS code, DfE code or slug); repeat for several, e.g. <c>authority=barnet&amp;authority=E09000002</c>. England and the regions are level=national and level=region.</summary>
    [Example("barnet"), MaxLength(QueryLimits.MaxAuthorities)]
    public string[]? Authority { get; init; }

    /// <summary>Only geographies in this region (GSS code or slug), e.g. <c>london</c>.</summary>
    [MaxLength(QueryLimits.MaxIdLength)]
    public string? Region { get; init; }

    /// <summary>national, region, subregion or authority.</summary>
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
        public Validator()
        {
            this.ValidateYears();
            RuleFor(q => q.Level).Must(Kebab.IsValid<GeographyLevel>).WithName("level")
                .WithMessage($"'level' must be one of {string.Join(", ", Kebab.Names<GeographyLevel>())}.");
            this.ValidateAuthorities(q => q.Authority);
            var sort = SortableAttribute.On<SchoolOutcomeFigureQuery>();
            RuleFor(q => q.Sort).Must(sort.Allows).WithName("sort").WithMessage(sort.Message);
            this.ValidatePaging();
        }
    }
}

/// <summary>The academic years a school outcomes query selects.</summary>
internal interface ISchoolOutcomeYears
{
    int? Year { get; }

    int? From { get; }

    int? To { get; }
}

/// <summary>The stages a school outcome belongs to, as the catalogue names them.</summary>
internal static class SchoolOutcomeStages
{
    public const string EarlyYears = "early-years";
    public const string KeyStage2 = "key-stage-2";
    public const string KeyStage4 = "key-stage-4";
    public const string Absence = "absence";
    public const string Exclusions = "exclusions";
    public const string Needs = "special-educational-needs";
}

internal static class SchoolOutcomeFilterRules
{
    public static void ValidateOutcomeFilters<T>(this AbstractValidator<T> validator) where T : SchoolOutcomeListQuery
    {
        validator.RuleFor(q => q.Cohort).Must(Kebab.IsValid<SchoolOutcomeCohort>).WithName("cohort")
            .WithMessage($"'cohort' must be one of {string.Join(", ", Kebab.Names<SchoolOutcomeCohort>())}.");
        var stage = OneOfAttribute.On<SchoolOutcomeListQuery>(nameof(SchoolOutcomeListQuery.Stage));
        validator.RuleFor(q => q.Stage).Must(stage.Allows).WithName("stage").WithMessage(stage.Message("stage"));
        validator.ValidatePaging();
    }

    public static void ValidateYears<T>(this AbstractValidator<T> validator) where T : ISchoolOutcomeYears
    {
        validator.RuleFor(q => q.Year).IsYear("year");
        validator.RuleFor(q => q.From).IsYear("from");
        validator.RuleFor(q => q.To).IsYear("to");
        validator.RuleFor(q => q.From).LessThanOrEqualTo(q => q.To).When(q => q.From is not null && q.To is not null)
            .WithName("from").WithMessage("'from' must not be after 'to'.");
    }
}
