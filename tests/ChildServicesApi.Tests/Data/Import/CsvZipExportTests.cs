using System.Globalization;
using System.IO.Compression;
using System.Text;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>What the CSV zip holds, checked against the store and the published files.</summary>
public sealed class CsvZipExportTests
{
    private static string ZipPath => Path.Combine(Path.GetDirectoryName(SeededStore.DatabasePath)!, SeededStore.Manifest.CsvZip.File);

    private static readonly string[] Bookkeeping = ["ImportRecords", "ImportTableCount", "sqlite_sequence"];

    private static Dictionary<string, string> Entries()
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    private static List<(string Table, List<string> Columns, long Rows)> StoreTables()
    {
        using var connection = new SqliteConnection($"Data Source={SeededStore.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var names = new List<string>();
        using (var command = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", connection))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }
        return names.Where(n => !Bookkeeping.Contains(n)).Select(table =>
        {
            var columns = new List<string>();
            using (var command = new SqliteCommand($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid", connection))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    columns.Add(reader.GetString(0));
                }
            }
            using var count = new SqliteCommand($"SELECT COUNT(*) FROM \"{table}\"", connection);
            return (table, columns, (long)count.ExecuteScalar()!);
        }).ToList();
    }

    [Fact]
    public void HoldsOneCsvPerTable_WithAHeaderRowAndEveryRow_AndAReadme()
    {
        var entries = Entries();
        var tables = StoreTables();

        Assert.Equal(tables.Select(t => $"{t.Table}.csv").Append("README.txt").Order(StringComparer.Ordinal), entries.Keys);
        Assert.True(tables.Count >= 16, $"{tables.Count} tables");
        foreach (var (table, columns, rows) in tables)
        {
            var csv = CsvFile.Parse(entries[$"{table}.csv"], table);
            Assert.Equal(columns, csv.Header);
            Assert.Equal(rows, csv.Records.Count);
        }
        Assert.Contains($"data version {SeededStore.ImportReport.DataVersion}", entries["README.txt"], StringComparison.Ordinal);
        Assert.Contains("Open Government Licence v3.0", entries["README.txt"], StringComparison.Ordinal);
    }

    /// <summary>
    /// Every cell of the tables under 20,000 rows (indicators and their caveats, geographies, boundaries, inspections,
    /// source files, ...) reads back from the CSV as the store holds it, in key order: text with commas and quotes
    /// quoted, numbers in invariant form, a missing value an empty cell. (The parser trims cells, so leading and
    /// trailing spaces are not compared; line breaks and cells longer than the writer's block are in no table today,
    /// and <see cref="Cells_AreWrittenByteForByte"/> covers them.)
    /// </summary>
    [Fact]
    public void SmallerTables_EveryCellReadsBackAsStored()
    {
        var entries = Entries();
        using var connection = new SqliteConnection($"Data Source={SeededStore.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var seen = new HashSet<string>();
        foreach (var (table, columns, rows) in StoreTables().Where(t => t.Rows < 20_000))
        {
            var csv = CsvFile.Parse(entries[$"{table}.csv"], table);
            using var keys = new SqliteCommand($"SELECT group_concat('\"' || name || '\"') FROM (SELECT name FROM pragma_table_info('{table}') WHERE pk > 0 ORDER BY pk)", connection);
            using var command = new SqliteCommand($"SELECT * FROM \"{table}\" ORDER BY {keys.ExecuteScalar() as string ?? "rowid"}", connection);
            using var reader = command.ExecuteReader();
            var row = 0;
            while (reader.Read())
            {
                var record = csv.Records[row++];
                for (var i = 0; i < columns.Count; i++)
                {
                    var stored = reader.IsDBNull(i) ? "" : reader.GetValue(i) switch
                    {
                        long integer => integer.ToString(CultureInfo.InvariantCulture),
                        double real => real.ToString("R", CultureInfo.InvariantCulture),
                        byte[] blob => Convert.ToHexStringLower(blob),
                        var text => (string)text,
                    };
                    Assert.True(stored.Trim() == record[columns[i]], $"{table} row {row} {columns[i]}");
                    seen.UnionWith(new[] { (",", "comma"), ("\"", "quote") }.Where(c => stored.Contains(c.Item1, StringComparison.Ordinal)).Select(c => c.Item2));
                }
            }
            Assert.Equal((rows, rows), (row, (long)csv.Records.Count));
        }
        Assert.Equal(["comma", "quote"], seen.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The writer on a small store of its own, byte for byte: the header, integers and reals in invariant form (the
    /// shortest that reads back), text as stored, quoted with its quotes doubled when it holds a comma, quote or line
    /// break, a blob as lower-case hex, NULL an empty cell, CRLF line ends, rows in key order whatever the insert order,
    /// and a cell longer than the writer's 64 KB block in one piece.
    /// </summary>
    [Fact]
    public void Cells_AreWrittenByteForByte()
    {
        var folder = TestFolders.Create("csv-zip");
        var database = Path.Combine(folder, "cells.db");
        var longCell = new string('é', 40_000) + "," + new string('x', 30_000);
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var command = new SqliteCommand(
                "CREATE TABLE \"Cells\" (\"Id\" INTEGER PRIMARY KEY, \"Text\" TEXT NULL, \"Number\" REAL NULL, \"Count\" INTEGER NULL, \"Bytes\" BLOB NULL);" +
                "INSERT INTO \"Cells\" VALUES (3, $long, NULL, NULL, NULL);" +
                "INSERT INTO \"Cells\" VALUES (1, 'plain', 0.1, -42, x'00ff10');" +
                "INSERT INTO \"Cells\" VALUES (2, 'a, \"quoted\"' || char(13) || char(10) || 'line', 1e21, 9007199254740993, NULL);", connection);
            command.Parameters.AddWithValue("$long", longCell);
            command.ExecuteNonQuery();
        }
        var zipPath = Path.Combine(folder, "cells.zip");

        Assert.Equal(["Cells"], CsvZipExport.Write(database, zipPath, "test.0"));

        using var zip = ZipFile.OpenRead(zipPath);
        using var entry = zip.GetEntry("Cells.csv")!.Open();
        using var bytes = new MemoryStream();
        entry.CopyTo(bytes);
        var expected = "Id,Text,Number,Count,Bytes\r\n"
            + "1,plain,0.1,-42,00ff10\r\n"
            + "2,\"a, \"\"quoted\"\"\r\nline\",1E+21,9007199254740993,\r\n"
            + $"3,\"{longCell}\",,,\r\n";
        Assert.Equal(Encoding.UTF8.GetBytes(expected), bytes.ToArray());
    }

    [Fact]
    public void EntriesAreInNameOrder_WithAFixedTimestamp()
    {
        using var zip = ZipFile.OpenRead(ZipPath);

        Assert.Equal(zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Figures_AreThePublishedCells_AndSpecialValuesStayStatuses()
    {
        var entries = Entries();
        var sources = CsvFile.Parse(entries["SourceFiles.csv"], "SourceFiles");
        var observations = CsvFile.Parse(entries["Observations.csv"], "Observations");
        const string b1 = "children-in-need/b1_children_in_need_2013_to_2025.csv";
        var b1Id = sources.Records.Single(r => r["Path"] == b1)["Id"];

        // seed/children-in-need/b1_children_in_need_2013_to_2025.csv line 2: England, 2025, At31_episodes.
        var england2025 = SeedRows.Open(b1).Records.Single(r => r.Line == 2);
        var row = observations.Records.Single(r => r["SourceFileId"] == b1Id && r["SourceLine"] == "2" && r["IndicatorId"] == "children-in-need");
        Assert.Equal(england2025["At31_episodes"], row["Value"]);
        Assert.Equal("Published", row["Status"]);

        // seed/children-in-need/b1_children_in_need_2013_to_2025.csv line 61: Rotherham 2025, awaiting_assessment 'c'.
        var rotherham = SeedRows.Open(b1).Records.Single(r => r.Line == 61);
        Assert.Equal("c", rotherham["awaiting_assessment"]);
        var suppressed = observations.Records.Single(r => r["SourceFileId"] == b1Id && r["SourceLine"] == "61" && r["IndicatorId"] == "children-in-need-awaiting-assessment");
        Assert.Equal(("", "Suppressed", "c"), (suppressed["Value"], suppressed["Status"], suppressed["SourceValue"]));
        Assert.DoesNotContain(observations.Records, r => r["Status"] != "Published" && r["Value"] != "");
    }
}
