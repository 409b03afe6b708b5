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
        var interrupts = new SqliteInterrupts();
        services.AddDbContextPool<AppDbContext>(options => options
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = store.DatabasePath, Mode = SqliteOpenMode.ReadOnly }.ToString())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(interrupts));
        return services;
    }

    /// <summary>
    /// Builds the database from seed/ when there is none yet, so a fresh clone serves data on first start; rebuilds one
    /// made by another importer version (its tables or mappings differ from what this build reads).
    /// </summary>
    public static void EnsureStoreExists(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<StorePaths>();
        if (File.Exists(store.DatabasePath))
        {
            // A file that is not a readable store is left alone for /health/ready to report, never overwritten.
            var built = ImporterVersionOf(store.DatabasePath);
            if (built is null || built == StoreImporter.ImporterVersion)
            {
                return;
            }
            LogRebuilding(app.Logger, store.DatabasePath, built.Value, StoreImporter.ImporterVersion);
        }
        LogImporting(app.Logger, store.DatabasePath, store.SeedDirectory);
        var report = StoreImporter.Import(store.SeedDirectory, store.DatabasePath);
        LogImported(app.Logger, report.DataVersion, report.Duration.TotalSeconds);
    }

    /// <summary>The importer version recorded in a store, or null when the file is not a store this service can read.</summary>
    private static int? ImporterVersionOf(string databasePath)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT ImporterVersion FROM ImportRecords ORDER BY Id DESC LIMIT 1";
            return command.ExecuteScalar() is long version ? (int)version : null;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database at {DatabasePath} was built by importer version {Built}, not {Current}; rebuilding it")]
    private static partial void LogRebuilding(ILogger logger, string databasePath, int built, int current);

    [LoggerMessage(Level = LogLevel.Information, Message = "Importing {DatabasePath} from {SeedDirectory}")]
    private static partial void LogImporting(ILogger logger, string databasePath, string seedDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported data version {DataVersion} in {Seconds:F1} s")]
    private static partial void LogImported(ILogger logger, string dataVersion, double seconds);
}
