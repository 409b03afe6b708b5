using ChildServicesApi.Data;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;

namespace ChildServicesApi.Features.Indicators;

/// <summary>
/// One indicator's figures as held in memory for a data version (<see cref="StoreSnapshot.FiguresOf"/>): every release's
/// rows with what cites them, in store order, and the current figures keyed by geography and year for the computed
/// answers. At most a few thousand rows an indicator; built once, then only read.
/// </summary>
internal sealed class IndicatorFigures
{
    private static readonly HashSet<string> Derived = [.. DerivedMeasures.All.Select(m => m.Id)];

    private readonly Dictionary<(int GeographyId, int Year), Figure> current;
    private readonly ILookup<int, ObservationRow> byGeography;

    private IndicatorFigures(IReadOnlyList<ObservationRow> rows, StoreSnapshot snapshot)
    {
        Rows = rows;
        ByYearAndName = [.. rows.OrderBy(r => r.Year).ThenBy(r => r.Geography.Name, StringComparer.Ordinal).ThenBy(r => r.Id)];
        CurrentFigures = [.. rows.Where(r => r.IsCurrent).OrderBy(r => r.Year).ThenBy(r => r.GeographyId)
            .Select(r => new Figure(r.GeographyId, r.Geography, r.Year, r.Value, r.Status, r.Reason, r.ReasonSource, r.SourceFileId, r.Line))];
        current = CurrentFigures.ToDictionary(f => (f.GeographyId, f.Year));
        byGeography = rows.ToLookup(r => r.GeographyId);
        AuthorityYears = [.. rows.Where(r => snapshot.Geography(r.GeographyId).Level == GeographyLevel.Authority).Select(r => r.Year).Distinct().Order()];
    }

    /// <summary>Every row, every release, in the order the store holds them (the tie-breaker of every sort).</summary>
    public IReadOnlyList<ObservationRow> Rows { get; }

    /// <summary>The same rows by year, then geography name, then store order: the values list's default order, sorted once.</summary>
    public IReadOnlyList<ObservationRow> ByYearAndName { get; }

    /// <summary>The current release's figures, by year then geography id.</summary>
    public IReadOnlyList<Figure> CurrentFigures { get; }

    /// <summary>The years any authority has a row for, oldest first.</summary>
    public IReadOnlyList<int> AuthorityYears { get; }

    public Figure? Current(int geographyId, int year) => current.GetValueOrDefault((geographyId, year));

    /// <summary>One geography's current rows, oldest first.</summary>
    public IEnumerable<ObservationRow> SeriesOf(int geographyId) => byGeography[geographyId].Where(r => r.IsCurrent).OrderBy(r => r.Year);

    /// <summary>One geography's rows, every release, in store order.</summary>
    public IEnumerable<ObservationRow> RowsOf(int geographyId) => byGeography[geographyId];

    public static IndicatorFigures Load(AppDbContext db, StoreSnapshot snapshot, Indicator indicator)
    {
        var derived = Derived.Contains(indicator.Id);
        var periods = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = db.Observations.Where(o => o.IndicatorId == indicator.Id).OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.GeographyId, o.Year, o.Period, o.Value, o.Status, o.SourceValue, o.SourceFileId, o.SourceLine, o.IsCurrent, o.StatusReason, o.StatusReasonSource })
            .AsEnumerable()
            .Select(o =>
            {
                var file = snapshot.SourceFile(o.SourceFileId);
                // Periods repeat across rows: keep one string each.
                var period = periods.TryGetValue(o.Period, out var known) ? known : periods[o.Period] = o.Period;
                return new ObservationRow(o.Id, indicator.Id, o.GeographyId, snapshot.RefOf(o.GeographyId), o.Year, period, o.Value, o.Status,
                    o.StatusReason, o.StatusReasonSource, file.Release, o.IsCurrent,
                    derived ? indicator.Publisher : file.Publisher, derived ? indicator.Publication : file.Publication,
                    o.SourceFileId, file.Path, file.Table, o.SourceLine, o.SourceValue, derived ? indicator.SourceUrl : file.Url, file.Licence);
            })
            .ToList();
        return new IndicatorFigures(rows, snapshot);
    }
}
