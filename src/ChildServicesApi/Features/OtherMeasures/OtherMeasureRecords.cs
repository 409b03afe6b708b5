using ChildServicesApi.Data;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Features.OtherMeasures;

/// <summary>An other measure's figure as answers show it, with what filters it.</summary>
internal sealed record HeldOtherMeasureFigure(int GeographyId, int Year, OtherMeasureResponse Measure, OtherMeasureFigureResponse Response)
    : IHeldFigure<OtherMeasureFigureResponse>
{
    public double? Value => Response.Value;

    public GeographyRef Geography => Response.Geography;
}

/// <summary>
/// The other measures held in memory for one data version (<see cref="StoreSnapshot.Part{T}"/>): the catalogue in LAIT's
/// dictionary order, and every figure as its response, per measure (year, then geography name) and per geography
/// (catalogue order, then year).
/// </summary>
internal sealed class OtherMeasureRecords
{
    private readonly HeldCatalogue<OtherMeasureResponse, HeldOtherMeasureFigure> held;
    private readonly Dictionary<(string, int), string> periods;

    private OtherMeasureRecords(List<OtherMeasureResponse> measures, List<HeldOtherMeasureFigure> figures, Dictionary<(string, int), string> periods)
    {
        held = new(measures, m => m.Id, figures, f => f.Measure.Id, f => f.GeographyId, f => f.Year);
        this.periods = periods;
    }

    public IReadOnlyList<OtherMeasureResponse> Measures => held.Entries;

    /// <summary>One geography's figures: catalogue order, then year.</summary>
    public ILookup<int, HeldOtherMeasureFigure> FiguresAt => held.FiguresAt;

    public OtherMeasureResponse? Measure(string id) => held.Entry(id);

    /// <summary>One measure's figures: year, then geography name.</summary>
    public IEnumerable<HeldOtherMeasureFigure> FiguresOf(OtherMeasureResponse measure) => held.FiguresOf(measure.Id);

    /// <summary>The label of a year the measure holds, e.g. "Year to 31 March 2025".</summary>
    public string PeriodOf(OtherMeasureResponse measure, int year) => periods[(measure.Id, year)];

    /// <summary>Where the evidence is that a cell LAIT gives as a number is not the measure's figure.</summary>
    private const string NotAFigureSource = "seed/PROVENANCE.md, 'Published rates and spending totals: DfE LAIT' (Other measures)";

    public static OtherMeasureRecords Of(StoreSnapshot data) => data.Part(Load);

    private static OtherMeasureRecords Load(IServiceProvider services, StoreSnapshot data)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var rows = db.OtherMeasureFigures.OrderBy(f => f.Id)
            .Select(f => new { f.MeasureId, f.GeographyId, f.Year, f.Period, f.PeriodStart, f.PeriodEnd, f.Value, f.Status, f.Reason, f.SourceValue, f.SourceFileId, f.SourceLine })
            .ToList();
        var periods = rows.Select(r => (r.MeasureId, r.Year, r.Period)).Distinct().ToDictionary(p => (p.MeasureId, p.Year), p => p.Period);
        var years = rows.GroupBy(r => r.MeasureId).ToDictionary(g => g.Key, g => g.Select(r => r.Year).Distinct().Order().ToList(), StringComparer.Ordinal);
        var coverage = HeldCoverage.OfAuthorities(data, rows, r => r.MeasureId, r => r.GeographyId, r => r.Year, r => r.Status);
        var measures = db.OtherMeasures.AsEnumerable().OrderBy(m => m.DictionaryLine).Select(m =>
        {
            var held = years.GetValueOrDefault(m.Id) ?? [];
            return new OtherMeasureResponse(m.Id, m.Title, m.UnitDescription, m.BetterWhen, m.Decimals, m.PeriodDescription, held, held.Count == 0 ? null : periods[(m.Id, held[^1])],
                coverage.GetValueOrDefault(m.Id)?.Select(c => new OtherMeasureCoverage(c.Year, periods[(m.Id, c.Year)], c.Published, c.NotAvailable)).ToList() ?? [],
                m.Definition, m.Methodology, m.Notes.Split('\n', StringSplitOptions.RemoveEmptyEntries),
                new OtherMeasureCitation(m.Publisher, m.Publication, m.PublicationUrl, Data.Import.Sources.Publications.Lait.Title, m.LaitCode, m.LaitName,
                    m.LaitTopic, $"{LaitSource.DictionaryFile}, line {m.DictionaryLine}", m.Licence));
        }).ToList();
        var byId = measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var reasons = new LaitSymbolReasons(data);
        var figures = rows.Select(r =>
            {
                var file = data.SourceFile(r.SourceFileId);
                var reason = r.Status == ObservationStatus.Published ? null
                    : r.Reason is { } notAFigure ? new StatusReason(notAFigure, NotAFigureSource)
                    : reasons.Of(r.SourceFileId, r.SourceValue);
                var response = new OtherMeasureFigureResponse(byId[r.MeasureId].Id, data.RefOf(r.GeographyId), r.Year, periods[(r.MeasureId, r.Year)], r.PeriodStart, r.PeriodEnd,
                    r.Value, r.Status, reason, new OtherMeasureSource(file.Path, file.Release, r.SourceLine, r.SourceValue), data.DataVersion);
                return new HeldOtherMeasureFigure(r.GeographyId, r.Year, byId[r.MeasureId], response);
            })
            .OrderBy(f => f.Year).ThenBy(f => f.Response.Geography.Name, StringComparer.Ordinal).ThenBy(f => f.GeographyId)
            .ToList();
        return new OtherMeasureRecords(measures, figures, periods);
    }
}
