using Microsoft.Extensions.Configuration;

namespace ChildServicesApi.Data.Import;

/// <summary>
/// <c>dotnet run --project src/ChildServicesApi -- import [--seed DIR] [--database FILE]</c>: rebuilds the store and
/// its artifact (the CSV zip and the manifest beside it, whose SHA-256 replicas verify at start).
/// </summary>
internal static class ImportCommand
{
    public static int Run(string[] args, TextWriter? output = null, TextWriter? errors = null)
    {
        output ??= Console.Out;
        errors ??= Console.Error;
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args, new Dictionary<string, string>
            {
                ["--seed"] = $"{StoreOptions.Section}:{nameof(StoreOptions.SeedDirectory)}",
                ["--database"] = $"{StoreOptions.Section}:{nameof(StoreOptions.DatabasePath)}",
            })
            .Build();
        var store = Locate(configuration);
        if (store?.SeedDirectory is not { } seed)
        {
            errors.WriteLine("No seed/ folder found above the app; pass --seed DIR.");
            return 1;
        }
        if (!Directory.Exists(seed))
        {
            // dotnet run starts the app in the project's folder, not the shell's: a relative --seed is read from there.
            errors.WriteLine($"No seed folder at {seed}. A relative --seed is read from the current directory, which dotnet run sets to the project's folder (src/ChildServicesApi): give an absolute path.");
            return 1;
        }
        output.WriteLine($"Importing {seed} into {store.DatabasePath}");
        try
        {
            var report = StoreImporter.Import(seed, store.DatabasePath);
            output.WriteLine($"Data version {report.DataVersion}, {report.Duration.TotalSeconds:F1} s, {new FileInfo(report.DatabasePath).Length / 1024.0 / 1024.0:F1} MiB");
            foreach (var (table, rows) in report.RowCounts)
            {
                output.WriteLine($"  {table,-24}{rows,10:N0}");
            }
            var manifest = report.Manifest;
            output.WriteLine($"Manifest {StoreManifest.PathFor(report.DatabasePath)} (importer version {manifest.ImporterVersion}, built {manifest.BuiltAt:u})");
            foreach (var file in new[] { manifest.Store, manifest.CsvZip })
            {
                output.WriteLine($"  {file.File,-44}{file.Bytes,14:N0} bytes  sha256 {file.Sha256}");
            }
            return 0;
        }
        catch (SourceDataException error)
        {
            errors.WriteLine($"Import failed; the existing database was not changed.{Environment.NewLine}{error.Message}");
            return 1;
        }
    }

    /// <summary>The seed and store paths, or null when neither is known (no seed/ above the app and no --database).</summary>
    private static StorePaths? Locate(IConfiguration configuration)
    {
        try
        {
            return StoreOptions.Resolve(configuration, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        }
        catch (StoreNotLocatedException)
        {
            return null;
        }
    }
}
