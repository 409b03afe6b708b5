using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using static ChildServicesApi.Data.Import.Pipelines.LaitPipeline;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>
/// One cell of a measure in LAIT's long-format data, read and filed: the area it belongs to and its value at the
/// published decimals; for a cell that is not the measure's figure (<see cref="LaitYearCells.Read"/>'s list), no value,
/// the status not-available and the reason.
/// </summary>
internal sealed record LaitCell(string Code, Geography Geography, int Year, PublishedValue Value, SourceFile File, int Line, string? NotAFigure = null);

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
    /// The measures' cells. Those of <paramref name="notFigures"/> (measure, DfE area number, year label, the cell as
    /// written, why it is not the measure's figure) are filed as not-available with that reason where their authority
    /// existed on the day, and left out where it did not: each must be in the files once, as written, or the import fails.
    /// </summary>
    public static List<LaitCell> Read(ImportContext context, IReadOnlyDictionary<string, DictionaryEntry> dictionary, IEnumerable<Wanted> measures,
        IReadOnlyCollection<(string MeasureCode, string LaCode, string Years, string Cell, string Reason)> notFigures)
    {
        var listed = notFigures.ToDictionary(c => (c.MeasureCode, c.LaCode, c.Years), c => (c.Cell, c.Reason));
        var found = new HashSet<(string, string, string)>();
        var wanted = measures.ToDictionary(m => m.Code, StringComparer.Ordinal);
        var cells = new List<LaitCell>();
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
                string? notAFigure = null;
                if (listed.TryGetValue((measure.Code, record.Required(AreaNumber), record.Required(Years)), out var entry))
                {
                    if (record[Values] != entry.Cell)
                    {
                        throw record.Error(Values, $"{measure.Code}'s cell for area {record[AreaNumber]} in {record[Years]} is listed as not a figure as '{entry.Cell}', but it is '{record[Values]}'");
                    }
                    if (!found.Add((measure.Code, record[AreaNumber], record[Years])))
                    {
                        throw record.Error(AreaNumber, $"a second row for {measure.Code}, area {record[AreaNumber]}, {record[Years]}, which is listed as not a figure");
                    }
                    (value, notAFigure) = (new PublishedValue(null, ObservationStatus.NotAvailable, value.SourceText), entry.Reason);
                }
                else if (value.Value is { } number)
                {
                    var decimals = Decimals(number);
                    value = value with { Value = Published(record, measure, number, decimals) };
                    mostDecimals[measure.Code] = Math.Max(mostDecimals.GetValueOrDefault(measure.Code), decimals!.Value);
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
                cells.Add(new LaitCell(measure.Code, geography, year, value, file, record.Line, notAFigure));
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
        if (listed.Keys.FirstOrDefault(k => !found.Contains(k)) is (string code, string laCode, string years))
        {
            throw new SourceDataException(LaitSource.DataFiles[0].Path, 0, Measure, $"{code}'s cell for area {laCode} in {years}, listed as not a figure, is in none of LAIT's data files");
        }
        return cells;
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
