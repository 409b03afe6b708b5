using System.Security.Cryptography;
using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>
/// What an import does to the live store. A successful import is made twice for these tests, not once per test:
/// <see cref="RevisedImport"/> (a revised seed over a previous live file and a killed import's leftover) and the
/// first start's (<see cref="FirstStartStore"/>); the tests only read what they left. Each failure imports again,
/// breaking a different file.
/// </summary>
[Collection(FirstStartStore.Collection)]
public sealed class StoreImporterTests(StoreImporterTests.RevisedImport revised, FirstStartStore firstStart) : IClassFixture<StoreImporterTests.RevisedImport>
{
    private const string B1 = "children-in-need/b1_children_in_need_2013_to_2025.csv";

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>
    /// An import of a revised seed (b1 line 2, England's 2025 At31_episodes, corrected as a later release would) into a
    /// folder that holds a previous live file and the half-built file of a killed import.
    /// </summary>
    public sealed class RevisedImport
    {
        public RevisedImport()
        {
            using var seed = TempSeed.CopyOfRealSeed();
            seed.ReplaceCell(B1, 2, "At31_episodes", "402401");
            Folder = TestFolders.Create("revised");
            Live = Path.Combine(Folder, "childservices.db");
            File.WriteAllText(Live, "the previous store");
            Abandoned = Path.Combine(Folder, $".childservices.db.{int.MaxValue}.0123456789abcdef.building");
            File.WriteAllText(Abandoned, "half a database");
            Report = StoreImporter.Import(seed.Directory, Live);
        }

        public string Folder { get; }

        public string Live { get; }

        public string Abandoned { get; }

        internal ImportReport Report { get; }

        /// <summary>The files the import left in its folder: the store, and the artifact built with it (the manifest and the CSV zip it names).</summary>
        public IEnumerable<string> Expected =>
            new[] { Live, StoreManifest.PathFor(Live), Path.Combine(Folder, Report.Manifest.CsvZip.File) }.Order(StringComparer.Ordinal);
    }

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
        Assert.Equal(revised.Expected, Directory.GetFiles(revised.Folder).Order(StringComparer.Ordinal));
        using var db = new ChildServicesApi.Data.AppDbContext(new DbContextOptionsBuilder<ChildServicesApi.Data.AppDbContext>()
            .UseSqlite($"Data Source={revised.Live};Mode=ReadOnly;Pooling=False").Options);
        Assert.Equal(revised.Report.DataVersion, db.ImportRecords.Single().DataVersion);
    }

    [Fact]
    public void HalfBuiltFileOfAKilledImport_IsRemovedByTheNextImport()
    {
        Assert.False(File.Exists(revised.Abandoned));
        Assert.Equal(revised.Expected, Directory.GetFiles(revised.Folder).Order(StringComparer.Ordinal));
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
    public void ChangedSeedFile_ChangesTheDataVersion()
    {
        Assert.NotEqual(SeededStore.ImportReport.DataVersion, revised.Report.DataVersion);
        Assert.Matches($"^{StoreImporter.ImporterVersion}\\.[0-9a-f]{{16}}$", revised.Report.DataVersion);
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
