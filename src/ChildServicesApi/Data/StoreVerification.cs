using System.Diagnostics;
using ChildServicesApi.Data.Import;

namespace ChildServicesApi.Data;

/// <summary>What start-up found when it checked the store against its manifest.</summary>
/// <param name="Refusal">Why the store must not be served (naming the file and what differs); null when it may be.</param>
/// <param name="Manifest">The manifest the store matched; null when there is none (allowed unless one is required).</param>
/// <param name="Elapsed">How long the check took (hashing the files).</param>
internal sealed record StoreCheck(string? Refusal, StoreManifest? Manifest, TimeSpan Elapsed);

/// <summary>
/// A replica serves the store artifact it was given or nothing: when a manifest lies beside the store, or
/// <c>Store:RequireManifest</c> is set, every file the manifest names must be there with its size and SHA-256, and
/// be built by this importer version. A store without a manifest (a developer's, built on first start) is served
/// as before unless a manifest is required.
/// </summary>
internal static class StoreVerification
{
    public static StoreCheck Check(string databasePath, bool requireManifest)
    {
        var stopwatch = Stopwatch.StartNew();
        StoreCheck Refuse(string reason) => new(reason, null, stopwatch.Elapsed);

        StoreManifest? manifest;
        try
        {
            manifest = StoreManifest.Read(databasePath);
        }
        catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return Refuse($"its manifest cannot be read ({error.Message})");
        }
        if (manifest is null)
        {
            return requireManifest
                ? Refuse($"Store:RequireManifest is set and there is no manifest at {StoreManifest.PathFor(databasePath)}; copy the store artifact (the store, its CSV zip and the manifest) whole")
                : new StoreCheck(null, null, stopwatch.Elapsed);
        }
        if (manifest.ImporterVersion != StoreImporter.ImporterVersion)
        {
            return Refuse($"the manifest says importer version {manifest.ImporterVersion} built it; this build reads version {StoreImporter.ImporterVersion}");
        }
        foreach (var expected in new[] { manifest.Store, manifest.CsvZip })
        {
            var path = StoreManifest.PathOf(databasePath, expected);
            if (!File.Exists(path))
            {
                return Refuse($"{path} is named in the manifest but missing");
            }
            var length = new FileInfo(path).Length;
            if (length != expected.Bytes)
            {
                return Refuse($"{path} is {length:N0} bytes; the manifest says {expected.Bytes:N0}");
            }
            var actual = ArtifactFile.Of(path);
            if (!string.Equals(actual.Sha256, expected.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                return Refuse($"SHA-256 mismatch: {path} hashes to {actual.Sha256}; the manifest says {expected.Sha256}");
            }
        }
        return new StoreCheck(null, manifest, stopwatch.Elapsed);
    }
}
