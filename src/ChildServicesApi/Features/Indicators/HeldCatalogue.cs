using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;

namespace ChildServicesApi.Features.Indicators;

/// <summary>
/// A family's catalogue and figures held for one data version (school outcomes, other measures): entries by id, each
/// entry's figures in the order given (year, then geography name), each geography's figures in catalogue order and then
/// by year.
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
}

/// <summary>How many local authorities a family's entry has a figure for each year, and how many a status.</summary>
internal static class HeldCoverage
{
    /// <summary>Per entry, per year in order: the local authorities with a figure and those with not-available (regions, groups and England not counted).</summary>
    public static Dictionary<string, List<(int Year, int Published, int NotAvailable)>> OfAuthorities<TRow>(StoreSnapshot data, IEnumerable<TRow> rows,
        Func<TRow, string> entryOf, Func<TRow, int> geographyOf, Func<TRow, int> yearOf, Func<TRow, ObservationStatus> statusOf) =>
        rows.Where(r => data.Geography(geographyOf(r)).Level == GeographyLevel.Authority)
            .GroupBy(entryOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(yearOf).OrderBy(y => y.Key)
                .Select(y => (y.Key, y.Count(r => statusOf(r) == ObservationStatus.Published), y.Count(r => statusOf(r) == ObservationStatus.NotAvailable)))
                .ToList(), StringComparer.Ordinal);
}
