using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.Spending;

/// <summary>The spending filters shared by the spending list and one authority's spending.</summary>
internal interface ISpendingFilters : IPagedQuery
{
    int? Year { get; }
    string? Category { get; }
    string? Lines { get; }
    string? Sort { get; }
}

/// <summary>Filters, sort and paging for one authority's spending; the spending list adds <see cref="SpendingQuery.Authority"/>.</summary>
internal record AuthoritySpendingQuery : ISpendingFilters
{
    /// <summary>Year the financial year ends in: 2025 is 2024-25. There is no 2015 (2014-15).</summary>
    [Example(2025), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? Year { get; init; }

    /// <summary>children-looked-after, safeguarding, family-support, other-childrens-and-family-services or total-childrens-social-care.</summary>
    [Example("children-looked-after"), KebabEnum(typeof(SpendingCategory))]
    public string? Category { get; init; }

    /// <summary>Which lines: totals (the default: each category's total and the derived total) or all.</summary>
    [Example("totals"), OneOf("totals", "all")]
    public string? Lines { get; init; }

    /// <summary>year (the default), amount or name; prefix with '-' for descending.</summary>
    [Example("-amount"), Sortable("year", "amount", "name")]
    public string? Sort { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<AuthoritySpendingQuery>
    {
        public Validator() => this.ValidateSpendingFilters();
    }
}

/// <summary>Filters, sort and paging for spending lines.</summary>
internal sealed record SpendingQuery : AuthoritySpendingQuery
{
    /// <summary>Authority id: GSS code, DfE code or slug.</summary>
    [Example("barnet"), MaxLength(QueryLimits.MaxIdLength)]
    public string? Authority { get; init; }

    internal new sealed class Validator : AbstractValidator<SpendingQuery>
    {
        public Validator() => this.ValidateSpendingFilters();
    }
}

internal static class SpendingFilterRules
{
    public static void ValidateSpendingFilters<T>(this AbstractValidator<T> validator) where T : ISpendingFilters
    {
        validator.RuleFor(q => q.Year).IsYear("year");
        validator.RuleFor(q => q.Category).Must(Kebab.IsValid<SpendingCategory>).WithName("category")
            .WithMessage($"'category' must be one of {string.Join(", ", Kebab.Names<SpendingCategory>())}.");
        var lines = OneOfAttribute.On<AuthoritySpendingQuery>(nameof(AuthoritySpendingQuery.Lines));
        validator.RuleFor(q => q.Lines).Must(lines.Allows).WithName("lines").WithMessage(lines.Message("lines"));
        var sort = SortableAttribute.On<AuthoritySpendingQuery>();
        validator.RuleFor(q => q.Sort).Must(sort.Allows).WithName("sort").WithMessage(sort.Message);
        validator.ValidatePaging();
    }
}

/// <summary>Which derived spend-per-child figures to show the working for.</summary>
internal sealed record PerChildQuery : IPagedQuery
{
    /// <summary>spend-per-child-in-need (the default) or spend-per-child (per child aged 0 to 17).</summary>
    [Example("spend-per-child-in-need"), OneOf(DerivedMeasures.SpendPerChildInNeed, DerivedMeasures.SpendPerChild, DerivedMeasures.SafeguardingSpendPerChildInNeed)]
    public string? Measure { get; init; }

    /// <summary>Authority ids (GSS code, DfE code or slug); repeat for several.</summary>
    [Example("barnet"), MaxLength(QueryLimits.MaxAuthorities)]
    public string[]? Authority { get; init; }

    /// <summary>national, region, subregion or authority.</summary>
    [Example("authority"), KebabEnum(typeof(GeographyLevel))]
    public string? Level { get; init; }

    /// <summary>The financial year's end year, e.g. <c>2025</c> for 2024-25.</summary>
    [Example(2025), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? Year { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<PerChildQuery>
    {
        public Validator()
        {
            var measure = OneOfAttribute.On<PerChildQuery>(nameof(Measure));
            RuleFor(q => q.Measure).Must(measure.Allows).WithName("measure").WithMessage(measure.Message("measure"));
            RuleFor(q => q.Year).IsYear("year");
            RuleFor(q => q.Level).Must(Kebab.IsValid<GeographyLevel>).WithName("level")
                .WithMessage($"'level' must be one of {string.Join(", ", Kebab.Names<GeographyLevel>())}.");
            this.ValidateAuthorities(q => q.Authority);
            this.ValidatePaging();
        }
    }
}
