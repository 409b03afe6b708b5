using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>
/// The real store, imported once per test run from the repository's seed/ into a temporary folder and shared
/// read-only by every test. Tests that write get their own copy or their own import.
/// </summary>
internal static class SeededStore
{
    public static string SeedDirectory { get; } = new StoreOptions().Resolve(AppContext.BaseDirectory).SeedDirectory!;

    private static readonly Lazy<(ImportContext Context, ImportReport Report)> Built = new(() =>
    {
        var context = StoreImporter.Read(SeedDirectory);
        return (context, StoreImporter.Import(context, Path.Combine(TestFolders.Create("store"), "childservices.db")));
    });

    public static string DatabasePath => Built.Value.Report.DatabasePath;

    public static ImportReport ImportReport => Built.Value.Report;

    /// <summary>What the import read from seed/ (every row, and the disagreements it found), for tests of the pipelines' results; read only.</summary>
    public static ImportContext Context => Built.Value.Context;

    /// <summary>The manifest the import wrote beside the store.</summary>
    public static StoreManifest Manifest => Built.Value.Report.Manifest;

    /// <summary>A copy of the store artifact (the store, its CSV zip and the manifest) in a folder of its own, as a replica receives it.</summary>
    public static string CopyArtifact()
    {
        var folder = TestFolders.Create("replica");
        var source = Path.GetDirectoryName(DatabasePath)!;
        foreach (var name in new[] { Manifest.Store.File, Manifest.CsvZip.File, Path.GetFileName(StoreManifest.PathFor(DatabasePath)) })
        {
            File.Copy(Path.Combine(source, name), Path.Combine(folder, name));
        }
        return Path.Combine(folder, Manifest.Store.File);
    }

    public static AppDbContext OpenReadOnly()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly }.ToString())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options;
        return new AppDbContext(options);
    }
}
