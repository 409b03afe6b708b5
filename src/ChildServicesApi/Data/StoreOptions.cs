namespace ChildServicesApi.Data;

/// <summary>Where the store and its seed files live (configuration section <c>Store</c>).</summary>
internal sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>The folder of published source files. Default: the nearest <c>seed/</c> folder above the app.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>The SQLite file. Default: <c>data/childservices.db</c> beside the seed folder.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>The <c>Store</c> section of <paramref name="configuration"/>, with its defaults filled in.</summary>
    public static StorePaths Resolve(IConfiguration configuration, params IEnumerable<string> startDirectories) =>
        (configuration.GetSection(Section).Get<StoreOptions>() ?? new StoreOptions()).Resolve(startDirectories);

    /// <summary>Fills in the defaults, looking for seed/ from each of <paramref name="startDirectories"/> upwards.</summary>
    public StorePaths Resolve(params IEnumerable<string> startDirectories)
    {
        var seed = SeedDirectory ?? startDirectories.Select(FindSeedAbove).FirstOrDefault(s => s is not null)
            ?? throw new InvalidOperationException("No seed/ folder found above the app; set Store:SeedDirectory.");
        var database = DatabasePath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(seed))!, "data", "childservices.db");
        return new StorePaths(Path.GetFullPath(seed), Path.GetFullPath(database));
    }

    private static string? FindSeedAbove(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var seed = Path.Combine(directory.FullName, "seed");
            if (File.Exists(Path.Combine(seed, "PROVENANCE.md")))
            {
                return seed;
            }
        }
        return null;
    }
}

/// <summary>The resolved, absolute locations of the seed folder and the database file.</summary>
internal sealed record StorePaths(string SeedDirectory, string DatabasePath);
