using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
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
        var outcomes = SchoolOutcomesSource.Measures.ToDictionary(m => m.Code, m => Define(m, dictionary[m.Code]), StringComparer.Ordinal);
        context.SchoolOutcomes.AddRange(outcomes.Values);
        var cells = LaitYearCells.Read(context, dictionary, SchoolOutcomesSource.Measures.Select(m => new LaitYearCells.Wanted(m.Code, m.Decimals, SchoolOutcomesSource.CohortDay)), []);
        context.SchoolOutcomeFigures.AddRange(cells.Select(cell => new SchoolOutcomeFigure
        {
            OutcomeId = outcomes[cell.Code].Id,
            Geography = cell.Geography,
            Year = cell.Year,
            AcademicYear = SchoolOutcomesSource.AcademicYear(cell.Year),
            Value = cell.Value.Value,
            Status = cell.Value.Status,
            SourceValue = cell.Value.SourceText,
            SourceFile = cell.File,
            SourceLine = cell.Line,
        }));
    }

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
            Definition = LaitYearCells.Lines(entry.Description),
            Methodology = LaitYearCells.Methodology(entry),
            DictionaryLine = entry.Line,
            Publisher = SchoolOutcomesSource.Outcomes.Publisher,
            Publication = SchoolOutcomesSource.Outcomes.Title,
            PublicationUrl = SchoolOutcomesSource.Outcomes.Url,
            Licence = Publication.Licence,
        };
    }
}
