using System.Globalization;
using System.IO.Compression;
using System.Text;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Meta;
using Microsoft.Data.Sqlite;

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
                using var writer = new StreamWriter(Entry(zip, name).Open(), Utf8, 1 << 16);
                if (table is null)
                {
                    writer.Write(Readme(dataVersion, tables));
                }
                else
                {
                    WriteTable(connection, table, writer);
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

    private static void WriteTable(SqliteConnection connection, string table, StreamWriter writer)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {Quote(table)} ORDER BY {string.Join(", ", KeyColumns(connection, table).Select(Quote))}";
        using var reader = command.ExecuteReader();
        var columns = reader.FieldCount;
        writer.NewLine = "\r\n";
        writer.WriteLine(string.Join(',', Enumerable.Range(0, columns).Select(i => Cell(reader.GetName(i)))));
        var cells = new string[columns];
        while (reader.Read())
        {
            for (var i = 0; i < columns; i++)
            {
                cells[i] = reader.IsDBNull(i) ? "" : reader.GetValue(i) switch
                {
                    long integer => integer.ToString(CultureInfo.InvariantCulture),
                    double real => real.ToString("R", CultureInfo.InvariantCulture),
                    byte[] blob => Convert.ToHexStringLower(blob),
                    var other => Cell(Convert.ToString(other, CultureInfo.InvariantCulture) ?? ""),
                };
            }
            writer.WriteLine(string.Join(',', cells));
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

    private static string Cell(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;

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
