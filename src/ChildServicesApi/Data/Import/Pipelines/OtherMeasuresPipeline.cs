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
        var measures = OtherMeasuresSource.Measures.ToDictionary(m => m.Code, m => (Source: m, Served: Define(m, dictionary[m.Code])), StringComparer.Ordinal);
        context.OtherMeasures.AddRange(measures.Values.Select(m => m.Served));
        var cells = LaitYearCells.Read(context, dictionary, OtherMeasuresSource.Measures.Select(m => new LaitYearCells.Wanted(m.Code, m.Decimals, m.Years.End)),
            OtherMeasuresSource.NotFigures);
        CheckEngland(cells);
        context.OtherMeasureFigures.AddRange(cells.Select(cell => (Cell: cell, Years: measures[cell.Code].Source.Years)).Select(c => new OtherMeasureFigure
        {
            MeasureId = measures[c.Cell.Code].Served.Id,
            Geography = c.Cell.Geography,
            Year = c.Cell.Year,
            Period = c.Years.Label(c.Cell.Year),
            PeriodStart = c.Years.Start(c.Cell.Year),
            PeriodEnd = c.Years.End(c.Cell.Year),
            Value = c.Cell.Value.Value,
            Status = c.Cell.Value.Status,
            Reason = c.Cell.NotAFigure,
            SourceValue = c.Cell.Value.SourceText,
            SourceFile = c.Cell.File,
            SourceLine = c.Cell.Line,
        }));
    }

    /// <summary>
    /// England's figure of a rate or an average lies within its nine regions' (they make up England), and England's cells
    /// listed as the sum of the regions' rates (<see cref="OtherMeasuresSource.NotFigures"/>) are that sum: within 5, the
    /// rounding of ten whole numbers. The import fails on a cell that is neither, rather than serve or drop it on a rule
    /// the file no longer bears out.
    /// </summary>
    private static void CheckEngland(List<LaitCell> cells)
    {
        foreach (var england in cells.Where(c => c.Geography.Level == GeographyLevel.National && c.Value.SourceText != "-"))
        {
            var regions = cells.Where(c => c.Code == england.Code && c.Year == england.Year && c.Geography.Level == GeographyLevel.Region && c.NotAFigure is null).ToList();
            if (regions.Count != 9 || regions.Any(r => r.Value.Value is null))
            {
                throw new SourceDataException(england.File.Path, england.Line, Values, $"{england.Code}'s England cell for {england.Year} has {regions.Count(r => r.Value.Value is not null)} regions with a figure to check it against, not 9");
            }
            var (low, high, sum) = (regions.Min(r => r.Value.Value!.Value), regions.Max(r => r.Value.Value!.Value), regions.Sum(r => r.Value.Value!.Value));
            var cell = double.Parse(england.Value.SourceText, System.Globalization.CultureInfo.InvariantCulture);
            var fits = england.NotAFigure is null ? low <= cell && cell <= high : Math.Abs(cell - sum) <= 5;
            if (!fits)
            {
                throw new SourceDataException(england.File.Path, england.Line, Values, england.NotAFigure is null
                    ? $"{england.Code}'s England cell for {england.Year} ({england.Value.SourceText}) is served as a rate, but the regions' run from {low} to {high}"
                    : $"{england.Code}'s England cell for {england.Year} ({england.Value.SourceText}) is listed as the sum of the regions' rates, but they sum to {sum}");
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
            UnitDescription = measure.UnitDescription,
            Decimals = measure.Decimals,
            PeriodDescription = measure.Years.Description,
            BetterWhen = entry.Polarity switch
            {
                "Low" => BetterWhen.Lower,
                "High" => BetterWhen.Higher,
                "NA" => null,
                var other => throw new SourceDataException(LaitSource.DictionaryFile, entry.Line, "Polarity", $"'{other}' is neither Low, High nor NA"),
            },
            Notes = string.Join('\n', measure.Notes),
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
