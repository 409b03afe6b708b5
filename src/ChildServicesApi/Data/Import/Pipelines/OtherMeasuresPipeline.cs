using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.OtherMeasures;
using static ChildServicesApi.Data.Import.Pipelines.LaitPipeline;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>
/// Reads the other measures (<see cref="OtherMeasuresSource"/>) from LAIT's long-format data: one figure per measure,
/// area and year, filed on the authority of the period's last day, each cited to its file and line.
/// </summary>
internal static class OtherMeasuresPipeline
{
    public static void Run(ImportContext context)
    {
        var dictionary = ReadDictionary(context);
        var measures = OtherMeasuresSource.Measures.ToDictionary(m => m.Code, m => Define(m, dictionary[m.Code]), StringComparer.Ordinal);
        context.OtherMeasures.AddRange(measures.Values);
        var cells = LaitYearCells.Read(context, dictionary, OtherMeasuresSource.Measures.Select(m => new LaitYearCells.Wanted(m.Code, m.Decimals)), OtherMeasuresSource.PeriodEnd);
        context.OtherMeasureFigures.AddRange(cells.Select(cell => new OtherMeasureFigure
        {
            MeasureId = measures[cell.Code].Id,
            Geography = cell.Geography,
            Year = cell.Year,
            Period = OtherMeasuresSource.PeriodLabel(cell.Year),
            PeriodStart = OtherMeasuresSource.PeriodStart(cell.Year),
            PeriodEnd = OtherMeasuresSource.PeriodEnd(cell.Year),
            Value = cell.Value.Value,
            Status = cell.Value.Status,
            SourceValue = cell.Value.SourceText,
            SourceFile = cell.File,
            SourceLine = cell.Line,
        }));
    }

    /// <summary>The measure a code defines, once its dictionary entry is checked: its year type, the publication it links and its decimals.</summary>
    private static OtherMeasure Define(OtherMeasuresSource.Measure measure, DictionaryEntry entry)
    {
        if (entry.YearType != measure.YearType)
        {
            throw new SourceDataException(LaitSource.DictionaryFile, entry.Line, "Year_Type", $"measure '{measure.Code}' has year type '{entry.YearType}', not {measure.YearType}");
        }
        CheckLinkAndDecimals(entry, measure.Code, measure.Original.Url, measure.Decimals);
        return new OtherMeasure
        {
            Id = measure.Id,
            Title = measure.Title,
            Unit = measure.Unit,
            Decimals = measure.Decimals,
            Period = OtherMeasuresSource.PeriodDescription,
            LaitCode = measure.Code,
            LaitName = entry.Label,
            LaitTopic = entry.Topic,
            Definition = LaitYearCells.Lines(entry.Description),
            Methodology = LaitYearCells.Methodology(entry),
            DictionaryLine = entry.Line,
            Publisher = measure.Original.Publisher,
            Publication = measure.Original.Title,
            PublicationUrl = measure.Original.Url,
            Licence = Publication.Licence,
        };
    }
}
