using ChildServicesApi.Data;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Features.SchoolOutcomes;

/// <summary>A school outcome figure as answers show it, with what filters it.</summary>
internal sealed record HeldSchoolOutcomeFigure(int GeographyId, int Year, SchoolOutcomeResponse Outcome, SchoolOutcomeFigureResponse Response)
    : IHeldFigure<SchoolOutcomeFigureResponse>
{
    public double? Value => Response.Value;

    public GeographyRef Geography => Response.Geography;
}

/// <summary>
/// The school outcomes held in memory for one data version (<see cref="StoreSnapshot.Part{T}"/>): the catalogue by
/// cohort and then LAIT's dictionary order, and every figure as its response, per outcome (year, then geography name) and per geography
/// (catalogue order, then year). 64,611 figures in the 2026-04-08 LAIT data.
/// </summary>
internal sealed class SchoolOutcomeRecords
{
    private readonly HeldCatalogue<SchoolOutcomeResponse, HeldSchoolOutcomeFigure> held;

    private SchoolOutcomeRecords(List<SchoolOutcomeResponse> outcomes, List<HeldSchoolOutcomeFigure> figures) =>
        held = new(outcomes, o => o.Id, figures, f => f.Outcome.Id, f => f.GeographyId, f => f.Year);

    public IReadOnlyList<SchoolOutcomeResponse> Outcomes => held.Entries;

    /// <summary>One geography's figures: catalogue order, then year.</summary>
    public ILookup<int, HeldSchoolOutcomeFigure> FiguresAt => held.FiguresAt;

    public SchoolOutcomeResponse? Outcome(string id) => held.Entry(id);

    /// <summary>One outcome's figures: year, then geography name.</summary>
    public IEnumerable<HeldSchoolOutcomeFigure> FiguresOf(SchoolOutcomeResponse outcome) => held.FiguresOf(outcome.Id);

    public static SchoolOutcomeRecords Of(StoreSnapshot data) => data.Part(Load);

    private static SchoolOutcomeRecords Load(IServiceProvider services, StoreSnapshot data)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var rows = db.SchoolOutcomeFigures.OrderBy(f => f.Id)
            .Select(f => new { f.OutcomeId, f.GeographyId, f.Year, f.AcademicYear, f.Value, f.Status, f.SourceValue, f.SourceFileId, f.SourceLine })
            .ToList();
        var years = rows.GroupBy(r => r.OutcomeId).ToDictionary(g => g.Key, g => g.Select(r => r.Year).Distinct().Order().ToList(), StringComparer.Ordinal);
        var coverage = HeldCoverage.OfAuthorities(data, rows, r => r.OutcomeId, r => r.GeographyId, r => r.Year, r => r.Status);
        var outcomes = db.SchoolOutcomes.AsEnumerable().OrderBy(o => o.Cohort).ThenBy(o => o.DictionaryLine).Select(o =>
        {
            var held = years.GetValueOrDefault(o.Id) ?? [];
            return new SchoolOutcomeResponse(o.Id, o.Title, o.Cohort, o.Topic, o.Unit, o.Decimals, held,
                held.Count == 0 ? null : SchoolOutcomesSource.AcademicYear(held[^1]),
                coverage.GetValueOrDefault(o.Id)?.Select(c => new SchoolOutcomeCoverage(c.Year, SchoolOutcomesSource.AcademicYear(c.Year), c.Published, c.NotAvailable)).ToList() ?? [],
                o.Definition, o.Methodology,
                new SchoolOutcomeCitation(o.Publisher, o.Publication, o.PublicationUrl, Data.Import.Sources.Publications.Lait.Title, o.LaitCode, o.LaitName,
                    $"{LaitSource.DictionaryFile}, line {o.DictionaryLine}", o.Licence));
        }).ToList();
        var byId = outcomes.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        string Once(string value) => text.TryGetValue(value, out var known) ? known : text[value] = value;
        var reasons = new LaitSymbolReasons(data);
        var figures = rows.Select(r =>
            {
                var file = data.SourceFile(r.SourceFileId);
                var geography = data.RefOf(r.GeographyId);
                var reason = r.Status == ObservationStatus.Published ? null : reasons.Of(r.SourceFileId, r.SourceValue);
                var response = new SchoolOutcomeFigureResponse(byId[r.OutcomeId].Id, geography, r.Year, Once(r.AcademicYear), r.Value, r.Status, reason,
                    new SchoolOutcomeSource(file.Path, file.Release, r.SourceLine, Once(r.SourceValue)), data.DataVersion);
                return new HeldSchoolOutcomeFigure(r.GeographyId, r.Year, byId[r.OutcomeId], response);
            })
            .OrderBy(f => f.Year).ThenBy(f => f.Response.Geography.Name, StringComparer.Ordinal).ThenBy(f => f.GeographyId)
            .ToList();
        return new SchoolOutcomeRecords(outcomes, figures);
    }
}
