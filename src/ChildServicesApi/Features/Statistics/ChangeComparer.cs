using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Features.Statistics;

/// <summary>Works out one geography's change between two years from figures already loaded.</summary>
internal sealed class ChangeComparer(
    string indicatorId, IndicatorRef? rate, IEnumerable<Figure> figures, IEnumerable<Figure> rates, int from, int to, string dataVersion)
{
    private readonly Dictionary<(int, int), Figure> values = figures.ToDictionary(f => (f.GeographyId, f.Year));
    private readonly Dictionary<(int, int), Figure> rateValues = rates.ToDictionary(f => (f.GeographyId, f.Year));

    /// <summary>The figure of <paramref name="startArea"/> in the earlier year against <paramref name="endArea"/>'s in the later.</summary>
    public ChangeRow Compare(Geography startArea, Geography endArea, string? note)
    {
        var (start, end) = (End(values, indicatorId, startArea, from), End(values, indicatorId, endArea, to));
        var (absolute, percent) = Difference(start, end);
        RateChange? rateChange = null;
        if (rate is not null)
        {
            var (rateStart, rateEnd) = (End(rateValues, rate.Id, startArea, from), End(rateValues, rate.Id, endArea, to));
            var (rateAbsolute, ratePercent) = Difference(rateStart, rateEnd);
            rateChange = new RateChange(rate, rateStart, rateEnd, rateAbsolute, ratePercent);
        }
        var outcome = absolute is null ? ChangeOutcome.Incomplete : ChangeOutcome.Compared;
        return new ChangeRow(Figures.ToRef(endArea), outcome, start, end, absolute, percent, rateChange, note);
    }

    /// <summary>An authority created or abolished between the years: its one figure is shown, no change is worked out.</summary>
    public ChangeRow Unlike(Geography authority, bool startExists, string note)
    {
        var missingStart = new ChangeEnd(from, null, null, ObservationStatus.Missing, null);
        var missingEnd = new ChangeEnd(to, null, null, ObservationStatus.Missing, null);
        var start = startExists ? End(values, indicatorId, authority, from) : missingStart;
        var end = startExists ? missingEnd : End(values, indicatorId, authority, to);
        return new ChangeRow(Figures.ToRef(authority), ChangeOutcome.BoundaryChanged, start, end, null, null, null, note);
    }

    private ChangeEnd End(Dictionary<(int, int), Figure> source, string indicator, Geography area, int year)
    {
        var figure = source.GetValueOrDefault((area.Id, year));
        var cell = Figures.Cell(figure, indicator, dataVersion);
        return new ChangeEnd(year, Figures.ToRef(area), cell.Value, cell.Status, cell.Permalink);
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
