using ChildServicesApi.Data;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Features.SchoolOutcomes;

/// <summary>A school outcome figure as answers show it, with what filters it.</summary>
internal sealed record HeldSchoolOutcomeFigure(int GeographyId, int Year, SchoolOutcomeResponse Outcome, SchoolOutcomeFigureResponse Response);

/// <summary>
/// The school outcomes held in memory for one data version (<see cref="StoreSnapshot.Part{T}"/>): the catalogue by
/// cohort and then LAIT's dictionary order, and every figure as its response, per outcome (year, then geography name) and per geography
/// (catalogue order, then year). 64,611 figures in the 2026-04-08 LAIT data.
/// </summary>
internal sealed class SchoolOutcomeRecords
{
    private readonly Dictionary<string, SchoolOutcomeResponse> byId;
    private readonly ILookup<string, HeldSchoolOutcomeFigure> figuresOf;

    private SchoolOutcomeRecords(List<SchoolOutcomeResponse> outcomes, List<HeldSchoolOutcomeFigure> figures)
    {
        Outcomes = outcomes;
        byId = outcomes.ToDictionary(o => o.Id, StringComparer.Ordinal);
        figuresOf = figures.ToLookup(f => f.Outcome.Id, StringComparer.Ordinal);
        var order = outcomes.Select((o, i) => (o.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        FiguresAt = figures.OrderBy(f => order[f.Outcome.Id]).ThenBy(f => f.Year).ToLookup(f => f.GeographyId);
    }

    public IReadOnlyList<SchoolOutcomeResponse> Outcomes { get; }

    /// <summary>One geography's figures: catalogue order, then year.</summary>
    public ILookup<int, HeldSchoolOutcomeFigure> FiguresAt { get; }

    public SchoolOutcomeResponse? Outcome(string id) => byId.GetValueOrDefault(id);

    /// <summary>One outcome's figures: year, then geography name.</summary>
    public IEnumerable<HeldSchoolOutcomeFigure> FiguresOf(SchoolOutcomeResponse outcome) => figuresOf[outcome.Id];

    public static SchoolOutcomeRecords Of(StoreSnapshot data) => data.Part(Load);

    private static SchoolOutcomeRecords Load(IServiceProvider services, StoreSnapshot data)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var rows = db.SchoolOutcomeFigures.OrderBy(f => f.Id)
            .Select(f => new { f.OutcomeId, f.GeographyId, f.Year, f.AcademicYear, f.Value, f.Status, f.SourceValue, f.SourceFileId, f.SourceLine })
            .ToList();
        var years = rows.GroupBy(r => r.OutcomeId).ToDictionary(g => g.Key, g => g.Select(r => r.Year).Distinct().Order().ToList(), StringComparer.Ordinal);
        var coverage = rows.Where(r => data.Geography(r.GeographyId).Level == GeographyLevel.Authority)
            .GroupBy(r => r.OutcomeId)
            .ToDictionary(g => g.Key, g => g.GroupBy(r => r.Year).OrderBy(y => y.Key)
                .Select(y => new SchoolOutcomeCoverage(y.Key, SchoolOutcomesSource.AcademicYear(y.Key),
                    y.Count(r => r.Status == ObservationStatus.Published), y.Count(r => r.Status == ObservationStatus.NotAvailable)))
                .ToList(), StringComparer.Ordinal);
        var outcomes = db.SchoolOutcomes.AsEnumerable().OrderBy(o => o.Cohort).ThenBy(o => o.DictionaryLine).Select(o =>
        {
            var held = years.GetValueOrDefault(o.Id) ?? [];
            return new SchoolOutcomeResponse(o.Id, o.Title, o.Cohort, o.Topic, o.Unit, o.Decimals, held,
                held.Count == 0 ? null : SchoolOutcomesSource.AcademicYear(held[^1]), coverage.GetValueOrDefault(o.Id) ?? [], o.Definition, o.Methodology,
                new SchoolOutcomeCitation(o.Publisher, o.Publication, o.PublicationUrl, Data.Import.Sources.Publications.Lait.Title, o.LaitCode, o.LaitName,
                    $"{LaitSource.DictionaryFile}, line {o.DictionaryLine}", o.Licence));
        }).ToList();
        var byId = outcomes.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        string Once(string value) => text.TryGetValue(value, out var known) ? known : text[value] = value;
        // LAIT's one symbol, "-", has one reason per file: shared by the figures that carry it.
        var reasons = new Dictionary<(int, string), StatusReason>();
        var figures = rows.Select(r =>
            {
                var file = data.SourceFile(r.SourceFileId);
                var geography = data.RefOf(r.GeographyId);
                var reason = r.Status == ObservationStatus.Published ? null
                    : reasons.TryGetValue((r.SourceFileId, r.SourceValue), out var known) ? known
                    : reasons[(r.SourceFileId, r.SourceValue)] = StatusReasons.LaitSymbol(r.SourceValue, file);
                var response = new SchoolOutcomeFigureResponse(byId[r.OutcomeId].Id, geography, r.Year, Once(r.AcademicYear), r.Value, r.Status, reason,
                    new SchoolOutcomeSource(file.Path, file.Release, r.SourceLine, Once(r.SourceValue)), data.DataVersion);
                return new HeldSchoolOutcomeFigure(r.GeographyId, r.Year, byId[r.OutcomeId], response);
            })
            .OrderBy(f => f.Year).ThenBy(f => f.Response.Geography.Name, StringComparer.Ordinal).ThenBy(f => f.GeographyId)
            .ToList();
        return new SchoolOutcomeRecords(outcomes, figures);
    }
}
