using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
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
        var byCode = OtherMeasuresSource.Measures.ToDictionary(m => m.Code, StringComparer.Ordinal);
        var (cells, leftOut) = LaitYearCells.Read(context, dictionary, OtherMeasuresSource.Measures.Select(m => new LaitYearCells.Wanted(m.Code, m.Decimals, m.Years.End)),
            OtherMeasuresSource.PartialCells);
        CheckEnglandIsASumOfRegions(cells, leftOut);
        context.OtherMeasureFigures.AddRange(cells.Select(cell => (Cell: cell, Years: byCode[cell.Code].Years)).Select(c => new OtherMeasureFigure
        {
            MeasureId = measures[c.Cell.Code].Id,
            Geography = c.Cell.Geography,
            Year = c.Cell.Year,
            Period = c.Years.Label(c.Cell.Year),
            PeriodStart = c.Years.Start(c.Cell.Year),
            PeriodEnd = c.Years.End(c.Cell.Year),
            Value = c.Cell.Value.Value,
            Status = c.Cell.Value.Status,
            SourceValue = c.Cell.Value.SourceText,
            SourceFile = c.Cell.File,
            SourceLine = c.Cell.Line,
        }));
    }

    /// <summary>
    /// England's cells left out (<see cref="OtherMeasuresSource.PartialCells"/>) are left out because each is the sum of
    /// the nine regions' rates, not a rate: the import fails if one is not that sum within the regions' rounding (each
    /// rate is given to a whole number, so the sum is within 4.5 of the sum of the unrounded rates).
    /// </summary>
    private static void CheckEnglandIsASumOfRegions(List<LaitCell> cells, List<LeftOutCell> leftOut)
    {
        foreach (var england in leftOut.Where(c => c.LaCode == EnglandNumber))
        {
            var regions = cells.Where(c => c.Code == england.Code && c.Year == england.Year && c.Geography.Level == GeographyLevel.Region).ToList();
            var sum = regions.Sum(c => c.Value.Value ?? double.NaN);
            if (regions.Count != 9 || england.Value.Value is not { } value || !(Math.Abs(value - sum) <= 4.5))
            {
                throw new SourceDataException(LaitSource.DataFiles[0].Path, 0, Values,
                    $"{england.Code}'s England cell for {england.Year} ({england.Value.SourceText}) is left out as the sum of the regions' rates, but they sum to {sum} over {regions.Count} regions");
            }
        }
    }

    /// <summary>The measure a code defines, once its dictionary entry is checked: its year type, the publication it links and its decimals.</summary>
    private static OtherMeasure Define(OtherMeasuresSource.Measure measure, DictionaryEntry entry)
    {
        if (entry.YearType != measure.Years.YearType)
        {
            throw new SourceDataException(LaitSource.DictionaryFile, entry.Line, "Year_Type", $"measure '{measure.Code}' has year type '{entry.YearType}', not {measure.Years.YearType}");
        }
        CheckLinkAndDecimals(entry, measure.Code, measure.Original.Url, measure.Decimals);
        return new OtherMeasure
        {
            Id = measure.Id,
            Title = measure.Title,
            Unit = measure.Unit,
            Decimals = measure.Decimals,
            Period = measure.Years.Description,
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
