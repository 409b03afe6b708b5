using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Domain;
using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.Spending;

/// <summary>Filters and paging for one authority's revenue outturn; the list adds <see cref="OutturnQuery.Authority"/>.</summary>
internal record AuthorityOutturnQuery : IPagedQuery
{
    /// <summary>Year the financial year ends in: 2025 is 2024-25. Held: 2023 to 2025.</summary>
    [Example(2025), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? Year { get; init; }

    /// <summary>rsx or ro3: the form the figures were returned on.</summary>
    [Example("rsx"), KebabEnum(typeof(OutturnForm))]
    public string? Form { get; init; }

    /// <summary>One line, e.g. rsx-children-social-care, children-looked-after or total-children-social-care.</summary>
    [Example("rsx-children-social-care"), KebabEnum(typeof(OutturnLine))]
    public string? Line { get; init; }

    /// <summary>total-expenditure or net-current-expenditure.</summary>
    [Example("net-current-expenditure"), KebabEnum(typeof(OutturnMeasure))]
    public string? Measure { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<AuthorityOutturnQuery>
    {
        public Validator() => this.ValidateOutturnFilters();
    }
}

/// <summary>Filters and paging for revenue outturn figures.</summary>
internal sealed record OutturnQuery : AuthorityOutturnQuery
{
    /// <summary>Authority id: GSS code, DfE code or slug.</summary>
    [Example("barnet"), MaxLength(QueryLimits.MaxIdLength)]
    public string? Authority { get; init; }

    internal new sealed class Validator : AbstractValidator<OutturnQuery>
    {
        public Validator() => this.ValidateOutturnFilters();
    }
}

internal static class OutturnFilterRules
{
    public static void ValidateOutturnFilters<T>(this AbstractValidator<T> validator) where T : AuthorityOutturnQuery
    {
        validator.RuleFor(q => q.Year).IsYear("year");
        validator.RuleFor(q => q.Form).Must(Kebab.IsValid<OutturnForm>).WithName("form")
            .WithMessage($"'form' must be one of {string.Join(", ", Kebab.Names<OutturnForm>())}.");
        validator.RuleFor(q => q.Line).Must(Kebab.IsValid<OutturnLine>).WithName("line")
            .WithMessage($"'line' must be one of {string.Join(", ", Kebab.Names<OutturnLine>())}.");
        validator.RuleFor(q => q.Measure).Must(Kebab.IsValid<OutturnMeasure>).WithName("measure")
            .WithMessage($"'measure' must be one of {string.Join(", ", Kebab.Names<OutturnMeasure>())}.");
        validator.ValidatePaging();
    }
}
