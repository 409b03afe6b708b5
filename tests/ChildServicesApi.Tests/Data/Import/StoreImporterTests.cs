using System.Security.Cryptography;
using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>
/// What an import does to the live store. The successful import these tests read is the first start's
/// (<see cref="FirstStartStore"/>), compared with the shared store's; each failure imports again, breaking a different
/// file. The successful import over a live file and a killed import's leftover is the admin API's
/// (<see cref="Features.Admin.AdminApiTests.RevisedImport"/>).
/// </summary>
[Collection(FirstStartStore.Collection)]
public sealed class StoreImporterTests(FirstStartStore firstStart)
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



    /// <summary>Two imports of the same seed into different folders: the same data version and a byte-identical CSV zip.</summary>
    [Fact]
    public void SameSeed_GivesTheSameDataVersionAndTheSameCsvZip()
    {
        var manifest = StoreManifest.Read(firstStart.DatabasePath)!;

        Assert.Equal(SeededStore.ImportReport.DataVersion, manifest.DataVersion);
        Assert.Matches($"^{StoreImporter.ImporterVersion}\\.[0-9a-f]{{16}}$", manifest.DataVersion);
        var zip = StoreManifest.PathOf(firstStart.DatabasePath, manifest.CsvZip);
        var first = Path.Combine(Path.GetDirectoryName(SeededStore.DatabasePath)!, SeededStore.Manifest.CsvZip.File);
        Assert.Equal(Sha256(first), Sha256(zip));
        Assert.Equal(SeededStore.Manifest.CsvZip.Sha256, manifest.CsvZip.Sha256);
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
