using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Statistics;

/// <summary>Works out one geography's change between two years from figures already loaded.</summary>
internal sealed class ChangeComparer(
    StoreSnapshot data, string indicatorId, IndicatorRef? rate, IEnumerable<Figure> figures, IEnumerable<Figure> rates, int from, int to,
    MissingReasons missing, MissingReasons rateMissing)
{
    private readonly Dictionary<(int, int), Figure> values = figures.ToDictionary(f => (f.GeographyId, f.Year));
    private readonly Dictionary<(int, int), Figure> rateValues = rates.ToDictionary(f => (f.GeographyId, f.Year));

    /// <summary>The figure of <paramref name="startArea"/> in the earlier year against <paramref name="endArea"/>'s in the later.</summary>
    public ChangeRow Compare(Geography startArea, Geography endArea, string? note)
    {
        var (start, end) = (End(values, indicatorId, missing, startArea, from), End(values, indicatorId, missing, endArea, to));
        var (absolute, percent) = Difference(start, end);
        RateChange? rateChange = null;
        if (rate is not null)
        {
            var (rateStart, rateEnd) = (End(rateValues, rate.Id, rateMissing, startArea, from), End(rateValues, rate.Id, rateMissing, endArea, to));
            var (rateAbsolute, ratePercent) = Difference(rateStart, rateEnd);
            rateChange = new RateChange(rate, rateStart, rateEnd, rateAbsolute, ratePercent);
        }
        var outcome = absolute is null ? ChangeOutcome.Incomplete : ChangeOutcome.Compared;
        return new ChangeRow(data.RefOf(endArea.Id), outcome, start, end, absolute, percent, rateChange, note);
    }

    /// <summary>An authority created or abolished between the years: its one figure is shown, no change is worked out.</summary>
    public ChangeRow Unlike(Geography authority, bool startExists, string note)
    {
        var missingStart = new ChangeEnd(from, null, null, ObservationStatus.Missing, missing.For(authority.Id, from), null);
        var missingEnd = new ChangeEnd(to, null, null, ObservationStatus.Missing, missing.For(authority.Id, to), null);
        var start = startExists ? End(values, indicatorId, missing, authority, from) : missingStart;
        var end = startExists ? missingEnd : End(values, indicatorId, missing, authority, to);
        return new ChangeRow(data.RefOf(authority.Id), ChangeOutcome.BoundaryChanged, start, end, null, null, null, note);
    }

    /// <summary>
    /// The rows in the order <paramref name="sort"/> asks for. Rows are given by name, and the sort is stable, so ties
    /// stay by name; a row without the figure sorted on comes last in either direction, so one not compared never
    /// comes ahead of one compared.
    /// </summary>
    public static IEnumerable<ChangeRow> Order(IReadOnlyList<ChangeRow> rows, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        Func<ChangeRow, double?>? key = sort?.TrimStart('-') switch
        {
            "percent" => r => r.Percent,
            "absolute" => r => r.Absolute,
            "ratePercent" => r => r.Rate?.Percent,
            "start" => r => r.Start.Value,
            "end" => r => r.End.Value,
            _ => null,
        };
        if (key is null)
        {
            return descending ? rows.Reverse() : rows;
        }
        var withFigureFirst = rows.OrderBy(r => key(r) is null);
        return descending ? withFigureFirst.ThenByDescending(key) : withFigureFirst.ThenBy(key);
    }

    private ChangeEnd End(Dictionary<(int, int), Figure> source, string indicator, MissingReasons reasons, Geography area, int year)
    {
        var figure = source.GetValueOrDefault((area.Id, year));
        var cell = Figures.Cell(figure, indicator, data.DataVersion, reasons.For(area.Id, year));
        return new ChangeEnd(year, data.RefOf(area.Id), cell.Value, cell.Status, cell.Reason, cell.Permalink);
    }

    private static (double? Absolute, double? Percent) Difference(ChangeEnd start, ChangeEnd end)
    {
        if (start.Value is not { } a || end.Value is not { } b)
        {
            return (null, null);
        }
        var (absolute, percent) = Summaries.Change(a, b);
        return (absolute, percent);
    }
}
