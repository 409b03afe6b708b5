using ChildServicesApi.Data.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Data;

internal static partial class StoreSetup
{
    /// <summary>Registers the store, opened read-only and without tracking: the API never writes.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var store = StoreOptions.Resolve(configuration, environment.ContentRootPath, AppContext.BaseDirectory, Directory.GetCurrentDirectory());
        services.AddSingleton(store);
        services.AddDbContextPool<AppDbContext>(options => options
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = store.DatabasePath, Mode = SqliteOpenMode.ReadOnly }.ToString())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        return services;
    }

    /// <summary>Builds the database from seed/ when there is none yet, so a fresh clone serves data on first start.</summary>
    public static void EnsureStoreExists(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<StorePaths>();
        if (File.Exists(store.DatabasePath))
        {
            return;
        }
        LogImporting(app.Logger, store.DatabasePath, store.SeedDirectory);
        var report = StoreImporter.Import(store.SeedDirectory, store.DatabasePath);
        LogImported(app.Logger, report.DataVersion, report.Duration.TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No database at {DatabasePath}; importing from {SeedDirectory}")]
    private static partial void LogImporting(ILogger logger, string databasePath, string seedDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported data version {DataVersion} in {Seconds:F1} s")]
    private static partial void LogImported(ILogger logger, string dataVersion, double seconds);
}
