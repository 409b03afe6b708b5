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
    public static string SeedDirectory { get; } = new StoreOptions().Resolve(AppContext.BaseDirectory).SeedDirectory;

    private static readonly Lazy<ImportReport> Report = new(() =>
    {
        return StoreImporter.Import(SeedDirectory, Path.Combine(TestFolders.Create("store"), "childservices.db"));
    });

    public static string DatabasePath => Report.Value.DatabasePath;

    public static ImportReport ImportReport => Report.Value;

    public static AppDbContext OpenReadOnly()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly }.ToString())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options;
        return new AppDbContext(options);
    }
}
