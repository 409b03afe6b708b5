using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.SchoolOutcomes;
using static ChildServicesApi.Data.Import.Pipelines.LaitPipeline;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>
/// Reads the school outcomes of children in need, on a plan and looked after (<see cref="SchoolOutcomesSource"/>) from
/// LAIT's long-format data: one figure per measure, area and academic year, each cited to its file and line.
/// </summary>
internal static class SchoolOutcomesPipeline
{
    public static void Run(ImportContext context)
    {
        var dictionary = ReadDictionary(context);
        var outcomes = SchoolOutcomesSource.Measures.ToDictionary(m => m.Code, m => (Measure: m, Outcome: Define(m, dictionary[m.Code])), StringComparer.Ordinal);
        context.SchoolOutcomes.AddRange(outcomes.Values.Select(o => o.Outcome));
        var seen = new Dictionary<(string, Geography, int), (string File, int Line)>();
        var mostDecimals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, citation) in LaitSource.DataFiles)
        {
            var (csv, file) = context.Open(path, citation);
            foreach (var record in csv.Records)
            {
                if (!outcomes.TryGetValue(record.Required(Measure), out var outcome))
                {
                    continue;
                }
                var value = PublishedValue.Read(record, Values, PublishedValue.LaitSymbols);
                if (record.Required(Years) == "0")
                {
                    // LAIT's grid has a year "0" for one measure, a dash in every area: no year, so no figure.
                    if (value.Value is not null)
                    {
                        throw record.Error(Values, $"a figure for {outcome.Measure.Code} under the year '0'");
                    }
                    continue;
                }
                var year = record.RequiredYear(Years);
                if (value.Value is { } number)
                {
                    var decimals = Decimals(number);
                    value = value with { Value = Published(record, outcome.Measure, number, decimals) };
                    mostDecimals[outcome.Measure.Code] = Math.Max(mostDecimals.GetValueOrDefault(outcome.Measure.Code), decimals!.Value);
                }
                if (ResolveArea(context.Geographies, record, SchoolOutcomesSource.CohortDay(year), value) is not { } geography)
                {
                    continue;
                }
                if (seen.TryGetValue((outcome.Measure.Code, geography, year), out var first))
                {
                    throw record.Error(AreaNumber, $"duplicate row for {outcome.Measure.Code}, {geography.Name}, {year}: first given in {first.File} line {first.Line}");
                }
                seen.Add((outcome.Measure.Code, geography, year), (path, record.Line));
                context.SchoolOutcomeFigures.Add(new SchoolOutcomeFigure
                {
                    OutcomeId = outcome.Outcome.Id,
                    Geography = geography,
                    Year = year,
                    AcademicYear = SchoolOutcomesSource.AcademicYear(year),
                    Value = value.Value,
                    Status = value.Status,
                    SourceValue = value.SourceText,
                    SourceFile = file,
                    SourceLine = record.Line,
                });
            }
        }
        foreach (var (measure, entry) in outcomes.Values.Select(o => (o.Measure, dictionary[o.Measure.Code])).Where(m => m.Item2.Decimals is null))
        {
            if (mostDecimals.TryGetValue(measure.Code, out var most) && most != measure.Decimals)
            {
                throw new SourceDataException(LaitSource.DictionaryFile, entry.Line, "dps",
                    $"{measure.Code}'s dps is NA and it is taken to be published to {measure.Decimals} decimals, but its cells have at most {most}");
            }
        }
    }

    /// <summary>
    /// The fewest decimals (up to 4) that write LAIT's float once its binary artefacts are removed (0.30000000000000004
    /// is 0.3, one decimal; 16 is none); null for a number that needs more.
    /// </summary>
    private static int? Decimals(double number) =>
        Enumerable.Range(0, 5).Cast<int?>().FirstOrDefault(d => Math.Abs(Math.Round(number, d!.Value, MidpointRounding.AwayFromZero) - number) <= 1e-9 * Math.Max(1, Math.Abs(number)));

    /// <summary>
    /// LAIT's float at the measure's published decimals. A figure written with more decimals than the measure is
    /// published to fails the import rather than be rounded.
    /// </summary>
    private static double Published(CsvRecord record, SchoolOutcomesSource.Measure measure, double number, int? decimals) =>
        decimals <= measure.Decimals
            ? Math.Round(number, measure.Decimals, MidpointRounding.AwayFromZero)
            : throw record.Error(Values, $"{measure.Code} is published to {measure.Decimals} decimals, but the cell is '{record[Values]}'");

    /// <summary>The dictionary's text with its line breaks (CR CR LF in the file) as LF.</summary>
    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    /// <summary>The outcome a measure defines, once its dictionary entry is checked: an academic-year measure, linking the publication, with the decimals given.</summary>
    private static SchoolOutcome Define(SchoolOutcomesSource.Measure measure, DictionaryEntry entry)
    {
        if (entry.YearType != SchoolOutcomesSource.YearType)
        {
            throw new SourceDataException(LaitSource.DictionaryFile, entry.Line, "Year_Type", $"measure '{measure.Code}' has year type '{entry.YearType}', not {SchoolOutcomesSource.YearType}");
        }
        CheckLinkAndDecimals(entry, measure.Code, SchoolOutcomesSource.Outcomes.Url, measure.Decimals);
        return new SchoolOutcome
        {
            Id = measure.Id,
            Title = measure.Title,
            Cohort = measure.Cohort,
            Topic = measure.Topic,
            Unit = measure.Unit,
            Decimals = measure.Decimals,
            LaitCode = measure.Code,
            LaitName = entry.Label,
            Definition = Lines(entry.Description),
            Methodology = entry.Methodology is "" or "-" ? null : Lines(entry.Methodology),
            DictionaryLine = entry.Line,
            Publisher = SchoolOutcomesSource.Outcomes.Publisher,
            Publication = SchoolOutcomesSource.Outcomes.Title,
            PublicationUrl = SchoolOutcomesSource.Outcomes.Url,
            Licence = Publication.Licence,
        };
    }
}
