using ChildServicesApi.Data.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChildServicesApi.Data;

internal static partial class StoreSetup
{
    /// <summary>Registers the store, opened read-only and without tracking: the API never writes.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services)
    {
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<StoreOptions>>().Value
            .Resolve(provider.GetRequiredService<IHostEnvironment>().ContentRootPath, AppContext.BaseDirectory, Directory.GetCurrentDirectory()));
        var interrupts = new SqliteInterrupts();
        services.AddDbContextPool<AppDbContext>((provider, options) => options
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = provider.GetRequiredService<StorePaths>().DatabasePath, Mode = SqliteOpenMode.ReadOnly }.ToString())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(interrupts));
        services.AddSingleton<StoreSnapshots>();
        services.AddScoped(provider => provider.GetRequiredService<StoreSnapshots>().Current);
        return services;
    }

    /// <summary>
    /// Builds the database from seed/ when there is none yet, so a fresh clone serves data on first start; rebuilds one
    /// made by another importer version (its tables or mappings differ from what this build reads). With no seed folder
    /// (a copied store artifact), it serves an existing store of this build's importer version and builds nothing
    /// (<see cref="SeedlessRefusal"/>). Then, when a
    /// manifest lies beside the store or Store:RequireManifest is set (a replica, which never builds), checks the
    /// store against it (<see cref="StoreVerification"/>). False, after a critical log line saying why, when the store
    /// must not be served: the process should exit non-zero.
    /// </summary>
    public static bool EnsureStoreExists(this WebApplication app)
    {
        StorePaths store;
        try
        {
            store = app.Services.GetRequiredService<StorePaths>();
        }
        catch (StoreNotLocatedException e)
        {
            LogNoStore(app.Logger, e.Message);
            return false;
        }
        if (SeedlessRefusal(store) is { } refusal)
        {
            LogRefused(app.Logger, store.DatabasePath, refusal);
            return false;
        }
        if (store is { RequireManifest: false, SeedDirectory: { } seed })
        {
            BuildIfNeeded(app.Logger, store.DatabasePath, seed);
        }
        var check = StoreVerification.Check(store.DatabasePath, store.RequireManifest);
        if (check.Refusal is { } mismatch)
        {
            LogRefused(app.Logger, store.DatabasePath, mismatch);
            return false;
        }
        if (check.Manifest is { } manifest)
        {
            LogVerified(app.Logger, store.DatabasePath, manifest.DataVersion, manifest.Store.Sha256, check.Elapsed.TotalMilliseconds);
        }
        return true;
    }

    /// <summary>
    /// Starts, on the thread pool, what the first request would otherwise do before it could answer: build EF Core's
    /// model, read the data version and load the store snapshot (in a profile, about half a second of a start that
    /// took 1.7 s to its first 200). It runs while the routes are mapped and Kestrel starts. The snapshot and the data
    /// version are read under their own locks, so a request arriving first waits for the same work instead of doing
    /// it twice. A failure is logged and left for the requests and /health/ready to report.
    /// </summary>
    public static void StartWarmUp(this WebApplication app)
    {
        var snapshots = app.Services.GetRequiredService<StoreSnapshots>();
        var logger = app.Logger;
        _ = Task.Run(() =>
        {
            try
            {
                _ = snapshots.Current;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                LogWarmUpFailed(logger, e);
            }
        });
    }

    /// <summary>
    /// Why a store that this process may not build cannot be served as it stands: a replica's (Store:RequireManifest)
    /// or one with no seed folder to build from. Null when it can be (the manifest is checked after), or when it can be
    /// built.
    /// </summary>
    internal static string? SeedlessRefusal(StorePaths store)
    {
        if (store is { RequireManifest: false, SeedDirectory: not null })
        {
            return null;
        }
        if (!File.Exists(store.DatabasePath))
        {
            return store.RequireManifest
                ? "there is no store there, and a replica (Store:RequireManifest) never builds one: copy the store artifact from where it was imported"
                : "there is no store there, and no seed/ folder to build one from: set Store:SeedDirectory, or copy the store artifact from where it was imported";
        }
        if (!store.RequireManifest && ImporterVersionOf(store.DatabasePath) is { } built && built != StoreImporter.ImporterVersion)
        {
            return $"importer version {built} built it and this build reads version {StoreImporter.ImporterVersion}, and there is no seed/ folder to rebuild it from: set Store:SeedDirectory, or copy a store artifact of this build's importer version";
        }
        return null;
    }

    private static void BuildIfNeeded(ILogger logger, string databasePath, string seedDirectory)
    {
        if (File.Exists(databasePath))
        {
            // A file that is not a readable store is left alone for /health/ready to report, never overwritten.
            var built = ImporterVersionOf(databasePath);
            if (built is null || built == StoreImporter.ImporterVersion)
            {
                return;
            }
            LogRebuilding(logger, databasePath, built.Value, StoreImporter.ImporterVersion);
        }
        LogImporting(logger, databasePath, seedDirectory);
        var report = StoreImporter.Import(seedDirectory, databasePath);
        LogImported(logger, report.DataVersion, report.Duration.TotalSeconds);
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

    [LoggerMessage(Level = LogLevel.Critical, Message = "No store to serve: {Reason}")]
    private static partial void LogNoStore(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to serve the store at {DatabasePath}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string databasePath, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store at {DatabasePath} matches its manifest: data version {DataVersion}, SHA-256 {Sha256} (checked in {Milliseconds:F0} ms)")]
    private static partial void LogVerified(ILogger logger, string databasePath, string dataVersion, string sha256, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the store ahead of the first request failed; the requests will report it")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported data version {DataVersion} in {Seconds:F1} s")]
    private static partial void LogImported(ILogger logger, string dataVersion, double seconds);
}
