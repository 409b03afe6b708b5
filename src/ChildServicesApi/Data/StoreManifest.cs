using System.Security.Cryptography;
using System.Text.Json;

namespace ChildServicesApi.Data;

/// <summary>One file of a store artifact: its name in the store's folder, its size and its SHA-256 (lower-case hex).</summary>
internal sealed record ArtifactFile(string File, long Bytes, string Sha256)
{
    /// <summary>The SHA-256 and size of a file as it is on disk now.</summary>
    public static ArtifactFile Of(string path, string? name = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        var hash = SHA256.HashData(stream);
        return new ArtifactFile(name ?? Path.GetFileName(path), stream.Length, Convert.ToHexStringLower(hash));
    }
}

/// <summary>
/// The store artifact's manifest, written by the importer beside the store (<c>childservices.db.manifest.json</c>):
/// the store file and the CSV zip built from it, each with its size and SHA-256, and the data version, importer
/// version and build time. Replicas check the store against it before serving (<see cref="StoreVerification"/>);
/// <c>/api/v1/downloads</c> lists what it names. Copy the three files together.
/// </summary>
internal sealed record StoreManifest(string DataVersion, int ImporterVersion, DateTimeOffset BuiltAt, ArtifactFile Store, ArtifactFile CsvZip)
{
    public const string Suffix = ".manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string PathFor(string databasePath) => databasePath + Suffix;

    /// <summary>The full path of one of the manifest's files: they all sit in the store's folder.</summary>
    public static string PathOf(string databasePath, ArtifactFile file) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, file.File);

    /// <summary>The manifest beside <paramref name="databasePath"/>; null when there is none. Throws <see cref="InvalidDataException"/> when it cannot be read.</summary>
    public static StoreManifest? Read(string databasePath)
    {
        var path = PathFor(databasePath);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var manifest = JsonSerializer.Deserialize<StoreManifest>(File.ReadAllBytes(path), Json);
            return manifest is { DataVersion: not null, Store.File: not null, Store.Sha256: not null, CsvZip.File: not null, CsvZip.Sha256: not null }
                ? manifest
                : throw new InvalidDataException($"{path} lacks the data version or a file's name or SHA-256");
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path} is not a store manifest: {error.Message}", error);
        }
    }

    /// <summary>The manifest, or null when there is none or it cannot be read (for readers that only list what it names).</summary>
    public static StoreManifest? TryRead(string databasePath)
    {
        try
        {
            return Read(databasePath);
        }
        catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the manifest beside the store, whole or not at all (a temporary file renamed over the old one).</summary>
    public void Write(string databasePath)
    {
        var path = PathFor(databasePath);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this, Json));
        File.Move(temporary, path, overwrite: true);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
