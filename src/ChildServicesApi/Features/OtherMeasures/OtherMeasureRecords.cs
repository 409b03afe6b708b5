using ChildServicesApi.Data;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Features.OtherMeasures;

/// <summary>An other measure's figure as answers show it, with what filters it.</summary>
internal sealed record HeldOtherMeasureFigure(int GeographyId, int Year, OtherMeasureResponse Measure, OtherMeasureFigureResponse Response);

/// <summary>
/// The other measures held in memory for one data version (<see cref="StoreSnapshot.Part{T}"/>): the catalogue in LAIT's
/// dictionary order, and every figure as its response, per measure (year, then geography name) and per geography
/// (catalogue order, then year).
/// </summary>
internal sealed class OtherMeasureRecords
{
    private readonly Dictionary<string, OtherMeasureResponse> byId;
    private readonly ILookup<string, HeldOtherMeasureFigure> figuresOf;
    private readonly Dictionary<(string, int), string> periods;

    private OtherMeasureRecords(List<OtherMeasureResponse> measures, List<HeldOtherMeasureFigure> figures, Dictionary<(string, int), string> periods)
    {
        this.periods = periods;
        Measures = measures;
        byId = measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
        figuresOf = figures.ToLookup(f => f.Measure.Id, StringComparer.Ordinal);
        var order = measures.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        FiguresAt = figures.OrderBy(f => order[f.Measure.Id]).ThenBy(f => f.Year).ToLookup(f => f.GeographyId);
    }

    public IReadOnlyList<OtherMeasureResponse> Measures { get; }

    /// <summary>One geography's figures: catalogue order, then year.</summary>
    public ILookup<int, HeldOtherMeasureFigure> FiguresAt { get; }

    public OtherMeasureResponse? Measure(string id) => byId.GetValueOrDefault(id);

    /// <summary>The label of a year the measure holds, e.g. "Year to 31 March 2025".</summary>
    public string PeriodOf(OtherMeasureResponse measure, int year) => periods[(measure.Id, year)];

    /// <summary>One measure's figures: year, then geography name.</summary>
    public IEnumerable<HeldOtherMeasureFigure> FiguresOf(OtherMeasureResponse measure) => figuresOf[measure.Id];

    public static OtherMeasureRecords Of(StoreSnapshot data) => data.Part(Load);

    private static OtherMeasureRecords Load(IServiceProvider services, StoreSnapshot data)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var rows = db.OtherMeasureFigures.OrderBy(f => f.Id)
            .Select(f => new { f.MeasureId, f.GeographyId, f.Year, f.Period, f.PeriodStart, f.PeriodEnd, f.Value, f.Status, f.SourceValue, f.SourceFileId, f.SourceLine })
            .ToList();
        var periods = rows.Select(r => (r.MeasureId, r.Year, r.Period)).Distinct().ToDictionary(p => (p.MeasureId, p.Year), p => p.Period);
        var years = rows.GroupBy(r => r.MeasureId).ToDictionary(g => g.Key, g => g.Select(r => r.Year).Distinct().Order().ToList(), StringComparer.Ordinal);
        var coverage = rows.Where(r => data.Geography(r.GeographyId).Level == GeographyLevel.Authority)
            .GroupBy(r => r.MeasureId)
            .ToDictionary(g => g.Key, g => g.GroupBy(r => r.Year).OrderBy(y => y.Key)
                .Select(y => new OtherMeasureCoverage(y.Key, periods[(g.Key, y.Key)],
                    y.Count(r => r.Status == ObservationStatus.Published), y.Count(r => r.Status == ObservationStatus.NotAvailable)))
                .ToList(), StringComparer.Ordinal);
        var measures = db.OtherMeasures.AsEnumerable().OrderBy(m => m.DictionaryLine).Select(m =>
        {
            var held = years.GetValueOrDefault(m.Id) ?? [];
            return new OtherMeasureResponse(m.Id, m.Title, m.Unit, m.Decimals, m.Period, held, held.Count == 0 ? null : periods[(m.Id, held[^1])],
                coverage.GetValueOrDefault(m.Id) ?? [], m.Definition, m.Methodology,
                new OtherMeasureCitation(m.Publisher, m.Publication, m.PublicationUrl, Data.Import.Sources.Publications.Lait.Title, m.LaitCode, m.LaitName,
                    m.LaitTopic, $"{LaitSource.DictionaryFile}, line {m.DictionaryLine}", m.Licence));
        }).ToList();
        var byId = measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
        // LAIT's one symbol, "-", has one reason per file: shared by the figures that carry it.
        var reasons = new Dictionary<(int, string), StatusReason>();
        var figures = rows.Select(r =>
            {
                var file = data.SourceFile(r.SourceFileId);
                var reason = r.Status == ObservationStatus.Published ? null
                    : reasons.TryGetValue((r.SourceFileId, r.SourceValue), out var known) ? known
                    : reasons[(r.SourceFileId, r.SourceValue)] = StatusReasons.LaitSymbol(r.SourceValue, file);
                var response = new OtherMeasureFigureResponse(byId[r.MeasureId].Id, data.RefOf(r.GeographyId), r.Year, periods[(r.MeasureId, r.Year)], r.PeriodStart, r.PeriodEnd,
                    r.Value, r.Status, reason, new OtherMeasureSource(file.Path, file.Release, r.SourceLine, r.SourceValue), data.DataVersion);
                return new HeldOtherMeasureFigure(r.GeographyId, r.Year, byId[r.MeasureId], response);
            })
            .OrderBy(f => f.Year).ThenBy(f => f.Response.Geography.Name, StringComparer.Ordinal).ThenBy(f => f.GeographyId)
            .ToList();
        return new OtherMeasureRecords(measures, figures, periods);
    }
}
