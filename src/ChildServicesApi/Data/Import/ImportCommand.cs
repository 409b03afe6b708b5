using Microsoft.Extensions.Configuration;

namespace ChildServicesApi.Data.Import;

/// <summary><c>dotnet run --project src/ChildServicesApi -- import [--seed DIR] [--database FILE]</c>: rebuilds the store.</summary>
internal static class ImportCommand
{
    public static int Run(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args, new Dictionary<string, string>
            {
                ["--seed"] = $"{StoreOptions.Section}:{nameof(StoreOptions.SeedDirectory)}",
                ["--database"] = $"{StoreOptions.Section}:{nameof(StoreOptions.DatabasePath)}",
            })
            .Build();
        var store = StoreOptions.Resolve(configuration, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        Console.WriteLine($"Importing {store.SeedDirectory} into {store.DatabasePath}");
        try
        {
            var report = StoreImporter.Import(store.SeedDirectory, store.DatabasePath);
            Console.WriteLine($"Data version {report.DataVersion}, {report.Duration.TotalSeconds:F1} s, {new FileInfo(report.DatabasePath).Length / 1024.0 / 1024.0:F1} MiB");
            foreach (var (table, rows) in report.RowCounts)
            {
                Console.WriteLine($"  {table,-24}{rows,10:N0}");
            }
            return 0;
        }
        catch (SourceDataException error)
        {
            Console.Error.WriteLine($"Import failed; the existing database was not changed.{Environment.NewLine}{error.Message}");
            return 1;
        }
    }
}
