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
