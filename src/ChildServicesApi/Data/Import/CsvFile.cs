using System.Buffers;
using System.Text;

namespace ChildServicesApi.Data.Import;

/// <summary>
/// An RFC 4180 CSV file read whole, keeping the physical line every record starts on so errors can point at it.
/// Quoted fields may hold commas, doubled quotes and line breaks.
/// </summary>
internal sealed class CsvFile
{
    private readonly Dictionary<string, int> columnIndex;

    private CsvFile(string name, string[] header, IEnumerable<(int Line, string[] Cells)> rows)
    {
        Name = name;
        Header = header;
        Records = rows.Select(r => new CsvRecord(this, r.Line, r.Cells)).ToList();
        columnIndex = [];
        for (var i = 0; i < header.Length; i++)
        {
            columnIndex.TryAdd(header[i], i);
        }
    }

    /// <summary>The file's path under seed/, used in every error message.</summary>
    public string Name { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvRecord> Records { get; }

    public static CsvFile Read(string path, string name, Encoding? encoding = null)
    {
        var text = File.ReadAllText(path, encoding ?? Encoding.UTF8);
        return Parse(text, name);
    }

    public static CsvFile Parse(string text, string name)
    {
        var rows = ParseRows(text, name);
        if (rows.Count == 0)
        {
            throw new SourceDataException(name, 1, null, "the file is empty; a header row was expected");
        }
        var header = rows[0].Cells.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        return new CsvFile(name, header, rows.Skip(1).Where(r => r.Cells.Any(c => c.Length > 0)));
    }

    /// <summary>Fails naming every required column the header lacks.</summary>
    public void RequireColumns(params IEnumerable<string> columns)
    {
        var missing = columns.Where(c => !columnIndex.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new SourceDataException(Name, 1, missing[0],
                $"required column{(missing.Count > 1 ? "s" : "")} missing from the header: {string.Join(", ", missing.Select(m => $"'{m}'"))}");
        }
    }

    public bool HasColumn(string column) => columnIndex.ContainsKey(column);

    internal int IndexOf(string column) =>
        columnIndex.TryGetValue(column, out var index)
            ? index
            : throw new SourceDataException(Name, 1, column, "required column missing from the header");

    /// <summary>The characters that end a run of plain cell text outside quotes.</summary>
    private static readonly SearchValues<char> Delimiters = SearchValues.Create(",\"\r\n");

    private static List<(int Line, string[] Cells)> ParseRows(string text, string name)
    {
        var rows = new List<(int, string[])>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        // One string per distinct plain cell: LAIT's 280,000 records repeat a measure's code and name, the year and the
        // area in every record, and the copies survived into the store's build (half the import's garbage collection).
        var known = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // A cell that is one run of plain text (nearly every cell) is cut from the text in one piece, not built up.
        string? plain = null;
        var line = 1;
        var rowStart = 1;
        var inQuotes = false;
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (inQuotes)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i += 2;
                    continue;
                }
                if (ch == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }
                    cell.Append(ch);
                }
                i++;
                continue;
            }
            switch (ch)
            {
                case '"' when plain is null && cell.Length == 0:
                    inQuotes = true;
                    break;
                case ',':
                    cells.Add(TakeCell(ref plain, cell));
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    cells.Add(TakeCell(ref plain, cell));
                    rows.Add((rowStart, cells.ToArray()));
                    cells.Clear();
                    line++;
                    rowStart = line;
                    break;
                case '"':
                    (plain is null ? cell : cell.Append(plain)).Append(ch);
                    plain = null;
                    break;
                default:
                    var run = text.AsSpan(i).IndexOfAny(Delimiters);
                    var end = run < 0 ? text.Length : i + run;
                    if (plain is null && cell.Length == 0 && (end == text.Length || text[end] != '"'))
                    {
                        plain = Shared(known, text.AsSpan(i, end - i));
                    }
                    else
                    {
                        (plain is null ? cell : cell.Append(plain)).Append(text, i, end - i);
                        plain = null;
                    }
                    i = end;
                    continue;
            }
            i++;
        }
        if (inQuotes)
        {
            throw new SourceDataException(name, rowStart, null, "a quoted field is not closed before the end of the file");
        }
        if (plain is not null || cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(TakeCell(ref plain, cell));
            rows.Add((rowStart, cells.ToArray()));
        }
        return rows;
    }

    private static string Shared(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> known, ReadOnlySpan<char> cell)
    {
        if (!known.TryGetValue(cell, out var text))
        {
            text = cell.ToString();
            known.Add(text);
        }
        return text;
    }

    /// <summary>The cell read so far, leaving the reader ready for the next.</summary>
    private static string TakeCell(ref string? plain, StringBuilder cell)
    {
        var text = plain ?? cell.ToString();
        plain = null;
        cell.Clear();
        return text;
    }
}

/// <summary>One data record of a <see cref="CsvFile"/>.</summary>
internal sealed class CsvRecord(CsvFile file, int line, string[] cells)
{
    public CsvFile File { get; } = file;
    public int Line { get; } = line;

    /// <summary>The trimmed cell under <paramref name="column"/>; a record cut short reads as empty cells.</summary>
    public string this[string column]
    {
        get
        {
            var index = File.IndexOf(column);
            return index < cells.Length ? cells[index].Trim() : "";
        }
    }

    /// <summary>The trimmed cell just right of <paramref name="column"/>, for files that repeat one header over several columns.</summary>
    public string NextTo(string column)
    {
        var index = File.IndexOf(column) + 1;
        return index < cells.Length ? cells[index].Trim() : "";
    }

    /// <summary>The cell, which must not be empty.</summary>
    public string Required(string column)
    {
        var value = this[column];
        return value.Length > 0 ? value : throw Error(column, "a value is required here but the cell is empty");
    }

    /// <summary>The cell as a four-digit year within the range any of the sources cover.</summary>
    public int RequiredYear(string column)
    {
        var text = Required(column);
        return text.Length == 4 && int.TryParse(text, out var year) && year is >= 1990 and <= 2100
            ? year
            : throw Error(column, $"'{text}' is not a four-digit year");
    }

    public SourceDataException Error(string? column, string problem) => new(File.Name, Line, column, problem);
}
