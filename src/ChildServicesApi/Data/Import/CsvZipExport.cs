using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Meta;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChildServicesApi.Data.Import;

/// <summary>
/// The bulk download of a store: a zip of one RFC 4180 CSV per table (header row, every column, rows in key order,
/// a missing value an empty cell beside the status column that says why) and a README with the data version and
/// the licence. The bytes depend only on the rows: entries in name order, fixed timestamps, so two imports of the
/// same seed give the same zip and the same SHA-256.
/// </summary>
internal static class CsvZipExport
{
    /// <summary>Import bookkeeping, not data: its timestamps differ on every import (the manifest and /api/v1/meta say what it holds).</summary>
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal) { "ImportRecords", "ImportTableCount", "sqlite_sequence" };

    public const string ReadmeEntry = "README.txt";

    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the zip of <paramref name="databasePath"/>'s tables to <paramref name="zipPath"/>; returns the tables written.</summary>
    public static IReadOnlyList<string> Write(string databasePath, string zipPath, string dataVersion)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = Tables(connection);
        using (var file = new FileStream(zipPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: false, Utf8))
        {
            var entries = tables.Select(t => (Name: $"{t}.csv", Table: (string?)t)).Append((Name: ReadmeEntry, Table: null));
            foreach (var (name, table) in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                using var entry = Entry(zip, name).Open();
                if (table is null)
                {
                    entry.Write(Utf8.GetBytes(Readme(dataVersion, tables)));
                }
                else
                {
                    WriteTable(connection, table, entry);
                }
            }
        }
        return tables;
    }

    private static ZipArchiveEntry Entry(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        return entry;
    }

    /// <summary>The store's tables, bookkeeping aside, in ordinal name order.</summary>
    private static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            var name = reader.GetString(0);
            if (!Bookkeeping.Contains(name) && !name.StartsWith("sqlite_", StringComparison.Ordinal))
            {
                tables.Add(name);
            }
        }
        return tables.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The table's rows as CSV, read with SQLite's own calls and written as UTF-8 bytes: text is copied as stored
    /// (SQLite keeps it in UTF-8), numbers are formatted straight into the buffer. Each CSV is byte for byte what the
    /// reader-and-StreamWriter version this replaced wrote (the zip's compressed bytes differ: deflate is fed other
    /// chunks); that version took 2.3 s of an import.
    /// </summary>
    private static void WriteTable(SqliteConnection connection, string table, Stream entry)
    {
        var handle = connection.Handle!;
        var sql = $"SELECT * FROM {Quote(table)} ORDER BY {string.Join(", ", KeyColumns(connection, table).Select(Quote))}";
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(handle, sql, out var statement), handle);
        using (statement)
        {
            var output = new CsvBytes(entry);
            var columns = raw.sqlite3_column_count(statement);
            for (var i = 0; i < columns; i++)
            {
                output.Separator(i);
                output.Text(Utf8.GetBytes(raw.sqlite3_column_name(statement, i).utf8_to_string()));
            }
            output.LineEnd();
            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                for (var i = 0; i < columns; i++)
                {
                    output.Separator(i);
                    switch (raw.sqlite3_column_type(statement, i))
                    {
                        case raw.SQLITE_INTEGER:
                            output.Integer(raw.sqlite3_column_int64(statement, i));
                            break;
                        case raw.SQLITE_FLOAT:
                            output.Real(raw.sqlite3_column_double(statement, i));
                            break;
                        case raw.SQLITE_TEXT:
                            // A TEXT value asked for as a blob is its UTF-8 bytes as stored, with their length.
                            output.Text(raw.sqlite3_column_blob(statement, i));
                            break;
                        case raw.SQLITE_BLOB:
                            output.Text(Utf8.GetBytes(Convert.ToHexStringLower(raw.sqlite3_column_blob(statement, i))));
                            break;
                    }
                }
                output.EndRow();
            }
            if (step != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(step, handle);
            }
            output.Flush();
        }
    }

    /// <summary>
    /// RFC 4180 cells as UTF-8 into a block that goes to the entry in one write once a row leaves it past 64 KB (as
    /// <see cref="Http.CsvOutput"/> writes a response); a longer cell grows the block.
    /// </summary>
    private sealed class CsvBytes(Stream stream)
    {
        private const int BlockBytes = 1 << 16;
        private static readonly SearchValues<byte> NeedQuotes = SearchValues.Create(",\"\r\n"u8);
        private readonly ArrayBufferWriter<byte> block = new(BlockBytes);

        public void Separator(int column)
        {
            if (column > 0)
            {
                block.Write(","u8);
            }
        }

        public void LineEnd() => block.Write("\r\n"u8);

        public void EndRow()
        {
            LineEnd();
            if (block.WrittenCount >= BlockBytes)
            {
                Flush();
            }
        }

        public void Integer(long value) =>
            block.Advance(value.TryFormat(block.GetSpan(20), out var written, provider: CultureInfo.InvariantCulture) ? written : throw new InvalidOperationException("an integer longer than 20 bytes"));

        public void Real(double value) =>
            block.Advance(value.TryFormat(block.GetSpan(32), out var written, "R", CultureInfo.InvariantCulture) ? written : throw new InvalidOperationException("a real longer than 32 bytes"));

        /// <summary>Text as it is, or quoted with its quotes doubled when it holds a comma, quote or line break.</summary>
        public void Text(ReadOnlySpan<byte> text)
        {
            if (text.IndexOfAny(NeedQuotes) < 0)
            {
                block.Write(text);
                return;
            }
            block.Write("\""u8);
            for (int quote; (quote = text.IndexOf((byte)'"')) >= 0; text = text[(quote + 1)..])
            {
                block.Write(text[..(quote + 1)]);
                block.Write("\""u8);
            }
            block.Write(text);
            block.Write("\""u8);
        }

        public void Flush()
        {
            stream.Write(block.WrittenSpan);
            block.ResetWrittenCount();
        }
    }

    /// <summary>The primary key's columns (the rowid when there are none): a total order that does not depend on how pages were laid out.</summary>
    private static List<string> KeyColumns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info({Literal(table)}) WHERE pk > 0 ORDER BY pk";
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }
        return keys.Count > 0 ? keys : ["rowid"];
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    private static string Readme(string dataVersion, IEnumerable<string> tables) =>
        $"""
        ChildServicesApi bulk download, data version {dataVersion}

        One CSV per table of the store (RFC 4180, UTF-8, header row, CRLF line ends), rows in key order.
        A figure the publisher did not give as a number is an empty cell beside a Status column that says
        why (Suppressed, NotAvailable, ...); where a table has SourceValue, it is the cell as published.
        SourceFileId and SourceLine name the source file (SourceFiles.csv) and the line in it.

        Tables: {string.Join(", ", tables)}

        {Publication.Attribution}
        Licence: {Publication.Licence}, {Publication.LicenceUrl}

        """.ReplaceLineEndings("\r\n");
}
