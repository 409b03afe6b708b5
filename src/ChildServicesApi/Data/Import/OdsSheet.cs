using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ChildServicesApi.Data.Import;

/// <summary>One cell of a spreadsheet: the number it holds (<c>office:value</c>, as written), and its text as displayed.</summary>
/// <param name="Value">The cell's exact number for a numeric cell; null for text and empty cells.</param>
/// <param name="Text">What the cell shows, e.g. "1,247" for the value 1247, or "[x]".</param>
internal readonly record struct OdsCell(string? Value, string Text)
{
    public bool IsEmpty => Value is null && Text.Length == 0;

    /// <summary>The number where there is one, else the text: what a source's symbols are matched against.</summary>
    public string Published => Value ?? Text;
}

/// <summary>A row of a sheet, with its 1-based row number on the sheet.</summary>
internal sealed record OdsRow(int Number, IReadOnlyList<OdsCell> Cells)
{
    public OdsCell this[int column] => column < Cells.Count ? Cells[column] : new OdsCell(null, "");
}

/// <summary>
/// One sheet of an OpenDocument spreadsheet (.ods), read from the zip's content.xml with a streaming reader. Repeated
/// rows and columns (<c>table:number-rows-repeated</c>, <c>table:number-columns-repeated</c>) are counted so row numbers
/// and column positions match what a spreadsheet shows; empty rows are counted but not kept.
/// </summary>
internal sealed class OdsSheet
{
    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /// <summary>The largest content.xml read: the biggest workbook read today unpacks to 37 MB.</summary>
    private const long MaxContentBytes = 256L * 1024 * 1024;

    /// <summary>A published sheet repeats a filled cell or row a few times at most; more is a damaged or hostile file.</summary>
    private const int MaxRepeatsKept = 20_000;

    /// <summary>A spreadsheet's own limits: a filled cell past them is a damaged or hostile file.</summary>
    private const long MaxRows = 1_048_576, MaxColumns = 16_384;

    /// <summary>The filled cells kept from one sheet (the largest read today keeps about 100,000): memory stays bounded whatever a file repeats.</summary>
    private const int MaxCellsKept = 4_000_000;

    private OdsSheet(string name, List<OdsRow> rows)
    {
        Name = name;
        Rows = rows;
    }

    public string Name { get; }

    /// <summary>The rows with at least one filled cell, in sheet order.</summary>
    public IReadOnlyList<OdsRow> Rows { get; }

    /// <summary>The row with this 1-based number; an empty row if the sheet has nothing there.</summary>
    public OdsRow Row(int number) => Rows.FirstOrDefault(r => r.Number == number) ?? new OdsRow(number, []);

    /// <summary>Spreadsheet column letters for a 0-based column index: 0 is A, 27 is AB.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }
        return letters;
    }

    /// <summary>
    /// Reads the sheet named <paramref name="sheetName"/>; throws <see cref="SourceDataException"/> if the file is not a
    /// spreadsheet or has no such sheet, and stops between rows once <paramref name="ct"/> is cancelled. Only the first
    /// <paramref name="columns"/> columns of each row are kept; the XML of the cells after them is passed over unread
    /// (RO3's sheets are about 500 columns wide, of which the children's social care lines use the first 98).
    /// </summary>
    public static OdsSheet Read(byte[] bytes, string file, string sheetName, int columns = (int)MaxColumns, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columns, (int)MaxColumns);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new SourceDataException(file, 0, null, $"not an OpenDocument spreadsheet: {e.Message}");
        }
        using (zip)
        {
            var entry = zip.GetEntry("content.xml") ?? throw new SourceDataException(file, 0, null, "not an OpenDocument spreadsheet: it has no content.xml");
            if (entry.Length > MaxContentBytes)
            {
                throw new SourceDataException(file, 0, null, $"content.xml unpacks to {entry.Length:N0} bytes; at most {MaxContentBytes:N0} are read");
            }
            var sheets = new List<string>();
            try
            {
                using var stream = entry.Open();
                using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                while (xml.ReadToFollowing("table", TableNs))
                {
                    var name = xml.GetAttribute("name", TableNs) ?? "";
                    if (name == sheetName)
                    {
                        return new OdsSheet(name, ReadRows(xml, file, columns, ct));
                    }
                    sheets.Add(name);
                }
            }
            catch (Exception e) when (e is XmlException or InvalidDataException)
            {
                throw new SourceDataException(file, 0, null, $"content.xml cannot be read: {e.Message}");
            }
            throw new SourceDataException(file, 0, null, $"there is no sheet '{sheetName}' (sheets: {string.Join(", ", sheets)})");
        }
    }

    private static List<OdsRow> ReadRows(XmlReader table, string file, int columns, CancellationToken ct)
    {
        var rows = new List<OdsRow>();
        var buffer = new List<OdsCell>();
        var text = new StringBuilder();
        long rowNumber = 0;
        long cellsKept = 0;
        var depth = table.Depth;
        var empty = table.IsEmptyElement;
        while (!empty && Within(table, depth))
        {
            if (table.NodeType != XmlNodeType.Element || table.LocalName != "table-row" || table.NamespaceURI != TableNs)
            {
                continue;
            }
            ct.ThrowIfCancellationRequested();
            var repeats = Repeats(table, "number-rows-repeated");
            var cells = table.IsEmptyElement ? null : ReadCells(table, file, RowNumber(file, rowNumber + 1), columns, buffer, text);
            if (cells is null)
            {
                rowNumber += repeats;
                continue;
            }
            if (repeats > MaxRepeatsKept)
            {
                throw new SourceDataException(file, RowNumber(file, rowNumber + 1), null, $"a filled row is repeated {repeats} times");
            }
            cellsKept += (long)cells.Length * repeats;
            if (cellsKept > MaxCellsKept)
            {
                throw new SourceDataException(file, RowNumber(file, rowNumber + 1), null, $"the sheet has more than {MaxCellsKept:N0} filled cells");
            }
            for (var i = 0; i < repeats; i++)
            {
                rows.Add(new OdsRow(RowNumber(file, ++rowNumber), cells));
            }
        }
        return rows;
    }

    /// <summary>
    /// The row's cells up to its last filled one within the first <paramref name="columns"/>, or null when the row has
    /// no filled cell at all; the reader ends on the row's end element. A row filled only after those columns is kept
    /// with no cells, as the whole sheet would show it: an empty first column, which ends a table read down to one.
    /// Cells are gathered in the sheet's one <paramref name="cells"/> list and copied out at the row's end: a list grown
    /// afresh for every row of a wide workbook was a fifth of its read.
    /// </summary>
    private static OdsCell[]? ReadCells(XmlReader row, string file, int rowNumber, int columns, List<OdsCell> cells, StringBuilder text)
    {
        cells.Clear();
        long pendingEmpty = 0;
        var depth = row.Depth;
        while (Within(row, depth))
        {
            if (row.NodeType != XmlNodeType.Element || row.NamespaceURI != TableNs || row.LocalName is not ("table-cell" or "covered-table-cell"))
            {
                continue;
            }
            if (columns < MaxColumns && cells.Count + pendingEmpty >= columns)
            {
                // Past the columns kept, a cell is read only to learn whether the row has anything filled; once it
                // has (or at once, when a kept cell is filled), the rest of the row is passed over unread.
                if (cells.Count > 0 || row.GetAttribute("value", OfficeNs) is not null || (!row.IsEmptyElement && CellText(row, text).Length > 0))
                {
                    while (!(row.Depth == depth && row.NodeType == XmlNodeType.EndElement) && row.Read())
                    {
                    }
                    return [.. cells];
                }
                continue;
            }
            var repeats = Repeats(row, "number-columns-repeated");
            var value = row.GetAttribute("value", OfficeNs);
            var cell = new OdsCell(value, row.IsEmptyElement ? "" : CellText(row, text));
            if (cell.IsEmpty)
            {
                pendingEmpty += repeats;
                continue;
            }
            if (repeats > MaxRepeatsKept || cells.Count + pendingEmpty + repeats > MaxColumns)
            {
                throw new SourceDataException(file, rowNumber, null, $"a row has filled cells past column {MaxColumns:N0} or a cell repeated {repeats} times");
            }
            for (; pendingEmpty > 0; pendingEmpty--)
            {
                cells.Add(new OdsCell(null, ""));
            }
            for (var i = 0; i < repeats && cells.Count < columns; i++)
            {
                cells.Add(cell);
            }
        }
        return cells.Count > 0 ? [.. cells] : null;
    }

    /// <summary>
    /// The cell's paragraphs joined by line breaks, with <c>text:s</c> spaces and tabs restored; comments left out.
    /// A cell of one text node (nearly all) is that node's string; <paramref name="text"/> is the sheet's one builder
    /// for the rest.
    /// </summary>
    private static string CellText(XmlReader cell, StringBuilder text)
    {
        text.Clear();
        string? single = null;
        var paragraphs = 0;
        var depth = cell.Depth;
        while (Within(cell, depth))
        {
            switch (cell.NodeType)
            {
                case XmlNodeType.Element when cell.NamespaceURI == OfficeNs && cell.LocalName == "annotation":
                    // Passed over to its end element, so the loop goes on after it and still sees the cell's end.
                    if (!cell.IsEmptyElement)
                    {
                        var annotation = cell.Depth;
                        while (Within(cell, annotation))
                        {
                        }
                    }
                    break;
                case XmlNodeType.Element when cell.NamespaceURI == TextNs && cell.LocalName == "p":
                    if (paragraphs++ > 0)
                    {
                        Builder().Append('\n');
                    }
                    break;
                case XmlNodeType.Element when cell.NamespaceURI == TextNs && cell.LocalName == "s":
                    Builder().Append(' ', int.TryParse(cell.GetAttribute("c", TextNs), out var count) ? Math.Clamp(count, 1, 1000) : 1);
                    break;
                case XmlNodeType.Element when cell.NamespaceURI == TextNs && cell.LocalName is "tab":
                    Builder().Append('\t');
                    break;
                case XmlNodeType.Element when cell.NamespaceURI == TextNs && cell.LocalName is "line-break":
                    Builder().Append('\n');
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace when paragraphs > 0:
                    if (single is null && text.Length == 0)
                    {
                        single = cell.Value;
                    }
                    else
                    {
                        Builder().Append(cell.Value);
                    }
                    break;
            }
        }
        return single ?? text.ToString();

        // Anything after the first text node goes into the builder, behind that node's text.
        StringBuilder Builder()
        {
            if (single is not null)
            {
                text.Append(single);
                single = null;
            }
            return text;
        }
    }

    /// <summary>A filled row's number; past a spreadsheet's last row, the file is damaged or hostile.</summary>
    private static int RowNumber(string file, long number) =>
        number <= MaxRows ? (int)number : throw new SourceDataException(file, 0, null, $"a filled row lies past row {MaxRows:N0}");

    /// <summary>
    /// Moves to the next node inside the element the reader was on at <paramref name="depth"/>; false at its end element.
    /// Reading on the one reader, not a subtree reader per row and cell, which cost a third of a workbook's read.
    /// </summary>
    private static bool Within(XmlReader xml, int depth) =>
        xml.Read() && !(xml.Depth == depth && xml.NodeType == XmlNodeType.EndElement);

    private static int Repeats(XmlReader xml, string attribute) =>
        int.TryParse(xml.GetAttribute(attribute, TableNs), out var count) && count > 0 ? count : 1;
}
