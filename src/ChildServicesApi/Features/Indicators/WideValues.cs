using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Indicators;

/// <summary>
/// The wide layout (/values/wide, and values?layout=wide by a 303): the long layout's figures turned to one row per
/// geography and one cell per year. Built in memory from the filtered current figures of one indicator (at most about
/// 2,200), so rows can sort on the latest year's value and page like the long layout's items; every request reads the
/// whole selection, so the operation draws on the stricter rate-limit bucket like the other aggregates.
/// </summary>
internal static class WideValues
{
    public const string Long = "long";
    public const string Wide = "wide";

    private sealed record GeographyFigures(int Id, GeographyRef Ref, IReadOnlyDictionary<int, ObservationRow> ByYear);

    /// <summary>Where values?layout=wide is answered: /values/wide with the same query, less the layout.</summary>
    public static string Location(HttpRequest request)
    {
        var query = request.Query
            .Where(q => !q.Key.Equals("layout", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .ToList();
        return $"{request.PathBase}{request.Path}/wide" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    public static IndicatorValuesTable Build(
        StoreSnapshot data, Indicator indicator, IEnumerable<ObservationRow> observations, string? sort, IPagedQuery paging,
        IReadOnlyList<ResponseWarning> warnings, HttpContext http)
    {
        var dataVersion = data.DataVersion;
        var figures = observations.ToList();
        var years = figures.GroupBy(f => f.Year).Select(g => new ValuesYear(g.Key, g.First().Period)).OrderBy(y => y.Year).ToList();
        if (sort == "-year")
        {
            years.Reverse();
        }
        // release=current gives each geography one figure a year (the validator turns release=all away).
        var geographies = figures.GroupBy(f => f.GeographyId)
            .Select(g => new GeographyFigures(g.Key, g.First().Geography, g.ToDictionary(f => f.Year)))
            .OrderBy(g => g.Ref.Name, StringComparer.Ordinal).ThenBy(g => g.Id)
            .ToList();
        var page = Sorted(geographies, sort, years.Count == 0 ? null : years.Max(y => y.Year)).ToList().ToPage(paging, http);

        var missing = MissingReasons.Load(data, indicator, [.. years.Select(y => y.Year)], [.. page.Items.Select(g => g.Id)]);
        var rows = page.Items.Select(g => new ValuesRow(g.Ref, [.. years.Select(y => g.ByYear.TryGetValue(y.Year, out var figure)
            ? new ValuesCell(y.Year, figure.Value, figure.Status, figure.StatusReason, figure.Release, figure.Source, figure.Permalink(dataVersion))
            : new ValuesCell(y.Year, null, ObservationStatus.Missing, missing.For(g.Id, y.Year), null, null, null))])).ToList();
        var sources = Citations.Sources(data, page.Items.SelectMany(g => g.ByYear.Values.Select(f => f.SourceFileId)));
        return new IndicatorValuesTable(data.RefOf(indicator), years, rows, page.Paging,
            sources, Citations.RequestLink(http.Request, dataVersion), warnings);
    }

    /// <summary>By name (given), reversed for -name, or by the latest year's published figure with the rest last; the sort is stable, so ties stay by name.</summary>
    private static IEnumerable<GeographyFigures> Sorted(List<GeographyFigures> byName, string? sort, int? latest)
    {
        double? Latest(GeographyFigures g) => latest is { } year && g.ByYear.TryGetValue(year, out var f) && f.Status == ObservationStatus.Published ? f.Value : null;
        return sort switch
        {
            "-name" => Enumerable.Reverse(byName),
            "value" => byName.OrderBy(g => Latest(g) is null).ThenBy(Latest),
            "-value" => byName.OrderBy(g => Latest(g) is null).ThenByDescending(Latest),
            _ => byName,
        };
    }
}
