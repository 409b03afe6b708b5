using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.Indicators;

/// <summary>A figure a family holds as its response (school outcomes, other measures), with what its lists filter and sort by.</summary>
internal interface IHeldFigure<out TResponse>
{
    int GeographyId { get; }

    int Year { get; }

    double? Value { get; }

    GeographyRef Geography { get; }

    TResponse Response { get; }
}

/// <summary>The query of such a family's list of figures: geography filters, years, sort and paging.</summary>
internal interface IHeldFigureQuery : IPagedQuery, IYearRange, IGeographyFilters
{
    string? Sort { get; }
}

/// <summary>
/// The list of a family's figures held by year and then geography name: filtered by years and geography, sorted by year
/// (the default: the order held), value or name (each with '-' for descending; ties broken by year, name and then
/// geography id, rows without a value last whichever way values sort), and paged.
/// </summary>
internal static class HeldFigures
{
    /// <summary>The rules of <see cref="IHeldFigureQuery"/>: years, geography filters, the sort the query's Sort property allows, paging.</summary>
    public static void ValidateHeldFigureQuery<T>(this AbstractValidator<T> validator) where T : IHeldFigureQuery
    {
        validator.ValidateYearRange();
        validator.ValidateGeographyFilters();
        var sort = SortableAttribute.On<T>();
        validator.RuleFor(q => q.Sort).Must(sort.Allows).WithName("sort").WithMessage(sort.Message);
        validator.ValidatePaging();
    }

    /// <summary>The page asked for, or the 404 for an authority or region nothing has.</summary>
    public static (Paged<TResponse>? Page, ProblemHttpResult? Problem) Page<TResponse>(StoreSnapshot data, IEnumerable<IHeldFigure<TResponse>> figures, IHeldFigureQuery query, HttpContext http)
    {
        var (filtered, problem) = GeographyFilter.Apply(data, figures.Where(f => query.Includes(f.Year)), f => f.GeographyId, query);
        return filtered is null ? (null, problem) : (Order(filtered, query.Sort).Select(f => f.Response).ToList().ToPage(query, http), null);
    }

    private static IEnumerable<IHeldFigure<TResponse>> Order<TResponse>(IEnumerable<IHeldFigure<TResponse>> figures, string? sort)
    {
        var byName = StringComparer.Ordinal;
        return sort switch
        {
            "-year" => figures.OrderByDescending(f => f.Year).ThenBy(f => f.Geography.Name, byName).ThenBy(f => f.GeographyId),
            "value" => figures.OrderBy(f => f.Value == null).ThenBy(f => f.Value).ThenBy(f => f.Year).ThenBy(f => f.Geography.Name, byName).ThenBy(f => f.GeographyId),
            "-value" => figures.OrderBy(f => f.Value == null).ThenByDescending(f => f.Value).ThenBy(f => f.Year).ThenBy(f => f.Geography.Name, byName).ThenBy(f => f.GeographyId),
            "name" => figures.OrderBy(f => f.Geography.Name, byName).ThenBy(f => f.Year).ThenBy(f => f.GeographyId),
            "-name" => figures.OrderByDescending(f => f.Geography.Name, byName).ThenBy(f => f.Year).ThenBy(f => f.GeographyId),
            // year, the default: the order the figures are held in (year, then name).
            _ => figures,
        };
    }
}
