namespace ChildServicesApi.Data;

/// <summary>Where the store and its seed files live (configuration section <c>Store</c>).</summary>
internal sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>The folder of published source files. Default: the nearest <c>seed/</c> folder above the app.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>The SQLite file. Default: <c>data/childservices.db</c> beside the seed folder.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>
    /// A replica: serve only a store whose manifest (written by <c>import</c>) is beside it and matches, never build
    /// one. No seed folder is needed then, nor to serve an existing store of this build's importer version; DatabasePath is.
    /// </summary>
    public bool RequireManifest { get; set; }

    /// <summary>
    /// The <c>Store</c> section of <paramref name="configuration"/>, with its defaults filled in: for the import command,
    /// which has no host (the API binds the section with the others, <see cref="Http.Settings"/>).
    /// </summary>
    public static StorePaths Resolve(IConfiguration configuration, params IEnumerable<string> startDirectories) =>
        (configuration.GetSection(Section).Get<StoreOptions>() ?? new StoreOptions()).Resolve(startDirectories);

    /// <summary>Fills in the defaults, looking for seed/ from each of <paramref name="startDirectories"/> upwards.</summary>
    public StorePaths Resolve(params IEnumerable<string> startDirectories)
    {
        var seed = SeedDirectory ?? startDirectories.Select(FindSeedAbove).FirstOrDefault(s => s is not null);
        if (seed is null && DatabasePath is null)
        {
            throw new StoreNotLocatedException("No seed/ folder found above the app, and no Store:DatabasePath: set Store:SeedDirectory, or Store:DatabasePath to a store built by import.");
        }
        var database = DatabasePath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(seed!))!, "data", "childservices.db");
        return new StorePaths(seed is null ? null : Path.GetFullPath(seed), Path.GetFullPath(database), RequireManifest);
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

/// <summary>
/// The resolved, absolute locations of the seed folder (null when none was found and DatabasePath names the store) and
/// the database file, and whether the store must match its manifest.
/// </summary>
internal sealed record StorePaths(string? SeedDirectory, string DatabasePath, bool RequireManifest = false);

/// <summary>Neither a seed folder nor a store's path is known: the process cannot serve or import anything.</summary>
internal sealed class StoreNotLocatedException(string message) : InvalidOperationException(message);
