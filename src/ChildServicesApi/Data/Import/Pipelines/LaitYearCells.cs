using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;
using static ChildServicesApi.Data.Import.Pipelines.LaitPipeline;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>One cell of a measure in LAIT's long-format data, read and filed: the area it belongs to and its value at the published decimals.</summary>
internal sealed record LaitCell(string Code, Geography Geography, int Year, PublishedValue Value, SourceFile File, int Line);

/// <summary>A cell left out by a measure's list of cells that are not its figures, with its DfE area number.</summary>
internal sealed record LeftOutCell(string Code, string LaCode, int Year, PublishedValue Value);

/// <summary>
/// Reads measures LAIT labels by a single year (2025, the year their period ends in) from its long-format data, for the
/// families served apart from the indicators (school outcomes, other measures): one cell per measure, area and year,
/// filed on the authority that existed on the measure's day in that year (or where <see cref="LaitSource.SuccessorsUnderPredecessor"/>
/// puts it), with the figure at the decimals the measure is
/// published to (a cell with more fails the import rather than be rounded), and a check that a measure whose dictionary
/// <c>dps</c> is NA has cells with exactly the decimals it is taken to have.
/// </summary>
internal static class LaitYearCells
{
    /// <summary>A measure to read: LAIT's code, the decimals it is published to, and the day of a year its authority is looked up on.</summary>
    internal sealed record Wanted(string Code, int Decimals, Func<int, DateOnly> DayOf);

    /// <summary>
    /// The measures' cells, and those of <paramref name="leftOut"/> (measure, DfE area number, year label), which are
    /// not filed: each must be in the files once, or the import fails.
    /// </summary>
    public static (List<LaitCell> Cells, List<LeftOutCell> LeftOut) Read(ImportContext context, IReadOnlyDictionary<string, DictionaryEntry> dictionary, IEnumerable<Wanted> measures,
        IReadOnlyCollection<(string MeasureCode, string LaCode, string Years)> leftOut)
    {
        var wanted = measures.ToDictionary(m => m.Code, StringComparer.Ordinal);
        var cells = new List<LaitCell>();
        var skipped = new List<LeftOutCell>();
        var seen = new Dictionary<(string, Geography, int), (string File, int Line)>();
        var mostDecimals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, citation) in LaitSource.DataFiles)
        {
            var (csv, file) = context.Open(path, citation);
            foreach (var record in csv.Records)
            {
                if (!wanted.TryGetValue(record.Required(Measure), out var measure))
                {
                    continue;
                }
                var value = PublishedValue.Read(record, Values, PublishedValue.LaitSymbols);
                if (record.Required(Years) == "0")
                {
                    // LAIT's grid has a year "0" for one measure, a dash in every area: no year, so no figure.
                    if (value.Value is not null)
                    {
                        throw record.Error(Values, $"a figure for {measure.Code} under the year '0'");
                    }
                    continue;
                }
                var year = record.RequiredYear(Years);
                if (value.Value is { } number)
                {
                    var decimals = Decimals(number);
                    value = value with { Value = Published(record, measure, number, decimals) };
                    mostDecimals[measure.Code] = Math.Max(mostDecimals.GetValueOrDefault(measure.Code), decimals!.Value);
                }
                if (leftOut.Contains((measure.Code, record.Required(AreaNumber), record.Required(Years))))
                {
                    skipped.Add(new LeftOutCell(measure.Code, record.Required(AreaNumber), year, value));
                    continue;
                }
                if (MeasureArea(context.Geographies, record, measure.Code, measure.DayOf(year), value) is not { } geography)
                {
                    continue;
                }
                if (seen.TryGetValue((measure.Code, geography, year), out var first))
                {
                    throw record.Error(AreaNumber, $"duplicate row for {measure.Code}, {geography.Name}, {year}: first given in {first.File} line {first.Line}");
                }
                seen.Add((measure.Code, geography, year), (path, record.Line));
                cells.Add(new LaitCell(measure.Code, geography, year, value, file, record.Line));
            }
        }
        foreach (var measure in wanted.Values.Where(m => dictionary[m.Code].Decimals is null))
        {
            if (mostDecimals.TryGetValue(measure.Code, out var most) && most != measure.Decimals)
            {
                throw new SourceDataException(LaitSource.DictionaryFile, dictionary[measure.Code].Line, "dps",
                    $"{measure.Code}'s dps is NA and it is taken to be published to {measure.Decimals} decimals, but its cells have at most {most}");
            }
        }
        foreach (var (code, laCode, years) in leftOut)
        {
            if (skipped.Count(s => s.Code == code && s.LaCode == laCode && s.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == years) != 1)
            {
                throw new SourceDataException(LaitSource.DataFiles[0].Path, 0, Measure, $"{code}'s cell for area {laCode} in {years}, which is left out, is not in LAIT's files once");
            }
        }
        return (cells, skipped);
    }

    /// <summary>The dictionary's text with its line breaks (CR CR LF in the file) as LF.</summary>
    public static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    /// <summary>The dictionary's methodology as <see cref="Lines"/> gives it; null where it gives none ("-").</summary>
    public static string? Methodology(DictionaryEntry entry) => entry.Methodology is "" or "-" ? null : Lines(entry.Methodology);

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
    private static double Published(CsvRecord record, Wanted measure, double number, int? decimals) =>
        decimals <= measure.Decimals
            ? Math.Round(number, measure.Decimals, MidpointRounding.AwayFromZero)
            : throw record.Error(Values, $"{measure.Code} is published to {measure.Decimals} decimals, but the cell is '{record[Values]}'");
}
