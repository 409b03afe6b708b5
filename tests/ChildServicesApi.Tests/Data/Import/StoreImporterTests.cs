using System.Security.Cryptography;
using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Tests.Data.Import;

public sealed class StoreImporterTests
{
    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static string CopyOfSeededStore()
    {
        var path = Path.Combine(TestFolders.Create("live"), "childservices.db");
        File.Copy(SeededStore.DatabasePath, path);
        return path;
    }

    [Theory]
    // c1 line 5 is a published regional row: a typo in it must stop the whole import.
    [InlineData("children-in-need/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", 5, "referral_count", "12a")]
    // workforce line 50 is Barnsley 2025: an authority code nobody has.
    [InlineData("workforce/csww_indicators_2017_to_2025.csv", 50, "new_la_code", "E08000099")]
    // b1 line 1971 is the North East's last row (2013): a code other than the one its earlier rows give.
    [InlineData("children-in-need/b1_children_in_need_2013_to_2025.csv", 1971, "region_code", "E12000099")]
    public void BrokenSourceFile_FailsWithoutTouchingTheLiveDatabase(string file, int line, string column, string value)
    {
        using var seed = TempSeed.CopyOfRealSeed();
        seed.ReplaceCell(file, line, column, value);
        var live = CopyOfSeededStore();
        var before = Sha256(live);

        var error = Assert.Throws<SourceDataException>(() => StoreImporter.Import(seed.Directory, live));

        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
        Assert.Equal(before, Sha256(live));
        Assert.Equal([live], Directory.GetFiles(Path.GetDirectoryName(live)!));
    }

    [Fact]
    public void SuccessfulImport_ReplacesTheLiveFileWholeAndLeavesNothingBehind()
    {
        var directory = TestFolders.Create("swap");
        var live = Path.Combine(directory, "childservices.db");
        File.WriteAllText(live, "the previous store");

        var report = StoreImporter.Import(SeededStore.SeedDirectory, live);

        // The store, and the artifact built with it: the manifest and the CSV zip it names.
        Assert.Equal(
            new[] { live, StoreManifest.PathFor(live), Path.Combine(directory, report.Manifest.CsvZip.File) }.Order(StringComparer.Ordinal),
            Directory.GetFiles(directory).Order(StringComparer.Ordinal));
        using var db = new ChildServicesApi.Data.AppDbContext(new DbContextOptionsBuilder<ChildServicesApi.Data.AppDbContext>()
            .UseSqlite($"Data Source={live};Mode=ReadOnly;Pooling=False").Options);
        Assert.Equal(report.DataVersion, db.ImportRecords.Single().DataVersion);
    }

    [Fact]
    public void HalfBuiltFileOfAKilledImport_IsRemovedByTheNextImport()
    {
        var directory = TestFolders.Create("killed");
        var live = Path.Combine(directory, "childservices.db");
        var abandoned = Path.Combine(directory, $".childservices.db.{int.MaxValue}.0123456789abcdef.building");
        File.WriteAllText(abandoned, "half a database");

        var report = StoreImporter.Import(SeededStore.SeedDirectory, live);

        Assert.Equal(
            new[] { live, StoreManifest.PathFor(live), Path.Combine(directory, report.Manifest.CsvZip.File) }.Order(StringComparer.Ordinal),
            Directory.GetFiles(directory).Order(StringComparer.Ordinal));
    }

    /// <summary>Two imports of the same seed into different folders: the same data version and a byte-identical CSV zip.</summary>
    [Fact]
    public void SameSeed_GivesTheSameDataVersionAndTheSameCsvZip()
    {
        using var seed = TempSeed.CopyOfRealSeed();
        var path = Path.Combine(TestFolders.Create("again"), "childservices.db");

        var report = StoreImporter.Import(seed.Directory, path);

        Assert.Equal(SeededStore.ImportReport.DataVersion, report.DataVersion);
        Assert.Matches($"^{StoreImporter.ImporterVersion}\\.[0-9a-f]{{16}}$", report.DataVersion);
        var zip = Path.Combine(Path.GetDirectoryName(path)!, report.Manifest.CsvZip.File);
        var first = Path.Combine(Path.GetDirectoryName(SeededStore.DatabasePath)!, SeededStore.Manifest.CsvZip.File);
        Assert.Equal(Sha256(first), Sha256(zip));
        Assert.Equal(SeededStore.Manifest.CsvZip.Sha256, report.Manifest.CsvZip.Sha256);
    }

    [Fact]
    public void ChangedSeedFile_ChangesTheDataVersion()
    {
        using var seed = TempSeed.CopyOfRealSeed();
        // A revised figure, as a corrected release would bring.
        seed.ReplaceCell("children-in-need/b1_children_in_need_2013_to_2025.csv", 2, "At31_episodes", "402401");
        var path = Path.Combine(TestFolders.Create("revised"), "childservices.db");

        var report = StoreImporter.Import(seed.Directory, path);

        Assert.NotEqual(SeededStore.ImportReport.DataVersion, report.DataVersion);
    }

    [Fact]
    public void ImportRecord_ListsEveryFileWithItsSha256AndTheRowCounts()
    {
        using var db = SeededStore.OpenReadOnly();

        var files = db.SourceFiles.ToList();
        var record = db.ImportRecords.Include(r => r.TableCounts).Single();

        var seedFiles = Directory.EnumerateFiles(SeededStore.SeedDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SeededStore.SeedDirectory, f).Replace('\\', '/'))
            .Where(f => f != "PROVENANCE.md")
            .Order(StringComparer.Ordinal);
        Assert.Equal(seedFiles, files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(Sha256(Path.Combine(SeededStore.SeedDirectory, f.Path)), f.Sha256));
        Assert.Equal(db.Observations.Count(), record.TableCounts.Single(c => c.Table == "observations").Rows);
        Assert.Equal(db.Inspections.Count(), record.TableCounts.Single(c => c.Table == "inspections").Rows);
        Assert.True(record.CompletedAt >= record.StartedAt);
    }
}
