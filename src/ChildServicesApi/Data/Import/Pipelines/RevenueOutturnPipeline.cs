using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>
/// Reads MHCLG's RSX and RO3 workbooks (<see cref="RevenueOutturnSource"/>): checks every header it relies on, then
/// files each children's services authority's cells on the authority that existed at the end of the financial year.
/// Districts and other bodies are skipped, whatever their cells say. Afterwards RSX's children's social care total is
/// checked against RO3's for the same authority and year (<see cref="ImportContext.OutturnDisagreements"/>).
/// </summary>
internal static partial class RevenueOutturnPipeline
{
    /// <summary>
    /// Reads the workbooks and starts parsing each on a thread of its own (none for a missing one). Unpacking and parsing
    /// their XML is most of this source's time, so the importer starts it before the other pipelines and it runs beside
    /// them; <paramref name="ct"/> stops the parses when another pipeline has failed the import.
    /// </summary>
    public static IReadOnlyList<Task<OdsSheet>?> StartParsing(ImportContext context, CancellationToken ct = default) =>
    [
        .. RevenueOutturnSource.Files.Select(spec => context.Prefetch(spec.Path) is { } bytes
            ? Task.Run(() => OdsSheet.Read(bytes, spec.Path, spec.Sheet, RevenueOutturnSource.ColumnsRead(spec.Form), ct), ct)
            : null),
    ];

    /// <summary>
    /// Files the workbooks' figures, in order, from the parses <paramref name="started"/> (or started now): the first
    /// workbook that is missing or cannot be read fails the import, its parse's error coming out as itself, not wrapped.
    /// </summary>
    public static void Run(ImportContext context, IReadOnlyList<Task<OdsSheet>?>? started = null)
    {
        var parsing = started ?? StartParsing(context);
        foreach (var (spec, parse) in RevenueOutturnSource.Files.Zip(parsing))
        {
            var (bytes, file) = context.OpenDocument(spec.Path, RevenueOutturnSource.Citation(spec));
            var sheet = parse?.GetAwaiter().GetResult() ?? OdsSheet.Read(bytes, spec.Path, spec.Sheet, RevenueOutturnSource.ColumnsRead(spec.Form));
            var lines = RevenueOutturnSource.Lines.Where(l => l.Form == spec.Form).ToList();
            CheckHeaders(sheet, spec, lines);
            var periodEnd = Periods.End(PeriodKind.FinancialYear, spec.Year);
            var seen = new Dictionary<Geography, int>();
            var rows = 0;
            var endsWithEngland = false;
            foreach (var row in sheet.Rows.Where(r => r.Number > spec.HeaderRow).TakeWhile(r => !r[0].IsEmpty))
            {
                rows++;
                var type = row[RevenueOutturnSource.ClassColumn].Text;
                // England closes the authorities' table; the class totals' table below it is not read.
                if (type == RevenueOutturnSource.EnglandClass)
                {
                    endsWithEngland = true;
                    break;
                }
                if (RevenueOutturnSource.OtherClasses.Contains(type))
                {
                    continue;
                }
                if (!RevenueOutturnSource.ChildrensServicesClasses.Contains(type))
                {
                    throw Error(spec, row, RevenueOutturnSource.ClassColumn, $"unknown class '{type}'");
                }
                var code = row[RevenueOutturnSource.OnsCodeColumn].Text;
                var authority = context.Geographies.ByGss(code) is { Level: GeographyLevel.Authority } known && known.ExistedOn(periodEnd)
                    ? known
                    : throw Error(spec, row, RevenueOutturnSource.OnsCodeColumn, $"'{code}' ({row[RevenueOutturnSource.NameColumn].Text}) is not a children's services authority on {periodEnd:yyyy-MM-dd}");
                if (!seen.TryAdd(authority, row.Number))
                {
                    throw Error(spec, row, RevenueOutturnSource.OnsCodeColumn, $"{authority.Name} is given twice: first on row {seen[authority]}");
                }
                foreach (var line in lines)
                {
                    foreach (var measure in Enum.GetValues<OutturnMeasure>())
                    {
                        var column = line.Column(measure);
                        var (value, status, text) = Read(spec, row, column);
                        context.OutturnFigures.Add(new OutturnFigure
                        {
                            Geography = authority,
                            Year = spec.Year,
                            FinancialYear = Periods.FinancialYear(spec.Year),
                            Form = spec.Form,
                            Line = line.Line,
                            LineReference = line.Reference,
                            Label = line.Title,
                            Measure = measure,
                            Value = value,
                            Status = status,
                            SourceValue = text,
                            SourceFile = file,
                            Sheet = spec.Sheet,
                            SheetRow = row.Number,
                            Column = OdsSheet.ColumnLetters(column),
                        });
                    }
                }
            }
            if (!endsWithEngland)
            {
                throw new SourceDataException(spec.Path, 0, null, $"the authorities' table on sheet {spec.Sheet} does not end with the England row (class '{RevenueOutturnSource.EnglandClass}')");
            }
            file.DataRows = rows;
        }
        CheckTotalsAgree(context);
    }

    /// <summary>The identity columns' headers and, for every line read, its title and both measures' headers.</summary>
    internal static void CheckHeaders(OdsSheet sheet, RevenueOutturnSource.YearFile spec, IReadOnlyList<RevenueOutturnSource.LineColumns> lines)
    {
        var header = sheet.Row(spec.HeaderRow);
        foreach (var (letters, expected) in RevenueOutturnSource.IdentityColumns)
        {
            var column = RevenueOutturnSource.ColumnIndex(letters);
            if (Key(header[column].Text) != Key(expected))
            {
                throw Error(spec, header, column, $"the header is '{header[column].Text}'; '{expected}' was expected");
            }
        }
        foreach (var line in lines)
        {
            foreach (var (measure, measureHeader) in RevenueOutturnSource.MeasureHeaders)
            {
                var column = line.Column(measure);
                var text = header[column].Text;
                var matches = spec.TitleRow is { } titleRow
                    ? Key(sheet.Row(titleRow)[RevenueOutturnSource.ColumnIndex(line.FirstColumn)].Text) == Key(line.Title)
                        && Key(text).StartsWith(Key(measureHeader), StringComparison.Ordinal)
                        && Key(text)[Key(measureHeader).Length..].All(char.IsAsciiDigit) // LibreOffice numbers repeated headers: "...(C3 = C1 + C2)4"
                    : Key(text) == Key(line.Title) + Key(measureHeader);
                if (!matches)
                {
                    throw Error(spec, header, column, $"the header is '{text}'; line {line.Reference} '{line.Title}', '{measureHeader}' was expected");
                }
            }
        }
    }

    /// <summary>A bound far above any authority's spending (a trillion pounds), so a damaged cell fails the import rather than overflowing.</summary>
    private const decimal MaxThousands = 1_000_000_000m;

    /// <summary>
    /// A cell in pounds: the published £ thousand times 1000 in decimal arithmetic, to the penny. The workbooks store
    /// some cells as the binary floating-point result of a formula (16531.740000000002 for 16,531.74), whose last digits
    /// are an artefact, not a figure: they are rounded away at the penny, the finest unit the return is in. The cell as
    /// published stays in the figure's source value.
    /// </summary>
    private static (double? Value, ObservationStatus Status, string Text) Read(RevenueOutturnSource.YearFile spec, OdsRow row, int column)
    {
        var cell = row[column];
        if (cell.Value is null && RevenueOutturnSource.Symbols.TryGetValue(cell.Text.Trim(), out var status))
        {
            return (null, status, cell.Text.Trim());
        }
        if (cell.Value is { } number && decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var thousands))
        {
            if (Math.Abs(thousands) > MaxThousands)
            {
                throw Error(spec, row, column, $"'{number}' thousand pounds is not a plausible amount for one line");
            }
            return ((double)Math.Round(thousands * 1000m, 2, MidpointRounding.AwayFromZero), ObservationStatus.Published, number);
        }
        var known = string.Join(", ", RevenueOutturnSource.Symbols.Keys.Select(k => $"'{k}'"));
        throw Error(spec, row, column, cell.IsEmpty
            ? "the cell is empty; a number or a published symbol was expected"
            : $"'{cell.Published}' is neither a number nor a known symbol ({known})");
    }

    /// <summary>RSX's line 330 and RO3's line 30 are the same return's children's social care total: every pair must match, cell for cell.</summary>
    internal static void CheckTotalsAgree(ImportContext context)
    {
        var totals = context.OutturnFigures
            .Where(f => f.Line is OutturnLine.RsxChildrenSocialCare or OutturnLine.TotalChildrenSocialCare)
            .GroupBy(f => (f.Geography, f.Year, f.Measure));
        foreach (var pair in totals)
        {
            var rsx = pair.SingleOrDefault(f => f.Form == OutturnForm.Rsx);
            var ro3 = pair.SingleOrDefault(f => f.Form == OutturnForm.Ro3);
            if (rsx is null || ro3 is null || rsx.Status != ro3.Status || !SameNumber(rsx.SourceValue, ro3.SourceValue))
            {
                context.OutturnDisagreements.Add(new OutturnDisagreement(pair.Key.Geography, pair.Key.Year, pair.Key.Measure,
                    rsx is null ? null : Place(rsx), rsx?.SourceValue, ro3 is null ? null : Place(ro3), ro3?.SourceValue));
            }
        }
    }

    private static bool SameNumber(string a, string b) =>
        a == b || (decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                   && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && x == y);

    private static string Place(OutturnFigure figure) => $"{figure.SourceFile.Path}, sheet {figure.Sheet}, cell {figure.Column}{figure.SheetRow}";

    /// <summary>Letters and digits only, lower case, without "[note n]" references: headers differ in spacing, dashes and apostrophes between years.</summary>
    internal static string Key(string text)
    {
        var withoutNotes = NoteReference().Replace(text, "");
        var key = new StringBuilder(withoutNotes.Length);
        foreach (var ch in withoutNotes.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                key.Append(ch);
            }
        }
        return key.ToString();
    }

    [GeneratedRegex(@"\[note \d+\]", RegexOptions.IgnoreCase)]
    private static partial Regex NoteReference();

    private static SourceDataException Error(RevenueOutturnSource.YearFile spec, OdsRow row, int column, string problem) =>
        new(spec.Path, row.Number, $"{spec.Sheet}!{OdsSheet.ColumnLetters(column)}", problem);
}
