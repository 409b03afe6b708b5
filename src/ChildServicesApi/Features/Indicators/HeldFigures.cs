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

/// <summary>
/// A family's catalogue and figures held for one data version (school outcomes, other measures): entries by id, each
/// entry's figures in the order given (year, then geography name), each geography's figures in catalogue order and then
/// by year, and per entry and year how many local authorities have a figure and how many a status.
/// </summary>
internal sealed class HeldCatalogue<TEntry, TFigure> where TEntry : class
{
    private readonly Dictionary<string, TEntry> byId;
    private readonly ILookup<string, TFigure> figuresOf;

    public HeldCatalogue(IReadOnlyList<TEntry> entries, Func<TEntry, string> idOf, IReadOnlyList<TFigure> figures, Func<TFigure, string> entryOf, Func<TFigure, int> geographyOf, Func<TFigure, int> yearOf)
    {
        Entries = entries;
        byId = entries.ToDictionary(idOf, StringComparer.Ordinal);
        figuresOf = figures.ToLookup(entryOf, StringComparer.Ordinal);
        var order = entries.Select((e, i) => (Id: idOf(e), i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        FiguresAt = figures.OrderBy(f => order[entryOf(f)]).ThenBy(yearOf).ToLookup(geographyOf);
    }

    public IReadOnlyList<TEntry> Entries { get; }

    /// <summary>One geography's figures: catalogue order, then year.</summary>
    public ILookup<int, TFigure> FiguresAt { get; }

    public TEntry? Entry(string id) => byId.GetValueOrDefault(id);

    /// <summary>One entry's figures: year, then geography name.</summary>
    public IEnumerable<TFigure> FiguresOf(string id) => figuresOf[id];

    /// <summary>Per entry, per year in order: the local authorities with a figure and those with not-available (regions, groups and England not counted).</summary>
    public static Dictionary<string, List<(int Year, int Published, int NotAvailable)>> AuthorityCoverage<TRow>(StoreSnapshot data, IEnumerable<TRow> rows,
        Func<TRow, string> entryOf, Func<TRow, int> geographyOf, Func<TRow, int> yearOf, Func<TRow, ObservationStatus> statusOf) =>
        rows.Where(r => data.Geography(geographyOf(r)).Level == GeographyLevel.Authority)
            .GroupBy(entryOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(yearOf).OrderBy(y => y.Key)
                .Select(y => (y.Key, y.Count(r => statusOf(r) == ObservationStatus.Published), y.Count(r => statusOf(r) == ObservationStatus.NotAvailable)))
                .ToList(), StringComparer.Ordinal);
}

/// <summary>LAIT's one symbol, "-", has one reason per file: made once and shared by the figures that carry it.</summary>
internal sealed class LaitSymbolReasons(StoreSnapshot data)
{
    private readonly Dictionary<(int, string), StatusReason> reasons = [];

    public StatusReason Of(int sourceFileId, string cell) =>
        reasons.TryGetValue((sourceFileId, cell), out var known) ? known : reasons[(sourceFileId, cell)] = Domain.StatusReasons.LaitSymbol(cell, data.SourceFile(sourceFileId));
}
