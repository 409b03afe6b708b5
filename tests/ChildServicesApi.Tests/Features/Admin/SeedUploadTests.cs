using System.IO.Compression;
using System.Security.Cryptography;
using ChildServicesApi.Features.Admin;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Admin;

/// <summary>What an upload unpacks to: the seed it was zipped from, file for file and byte for byte.</summary>
public sealed class SeedUploadTests
{
    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>
    /// The real seed, zipped as its folder (as the README says to send it), unpacks to the same files with the same bytes,
    /// the workbooks and the GeoJSON as well as the CSVs: the admin import then reads what the folder import reads.
    /// </summary>
    [Fact]
    public async Task ZipOfTheRealSeed_UnpacksToTheSameFilesByteForByte()
    {
        var work = TestFolders.Create("unpack");
        var zip = Path.Combine(work, "seed.zip");
        ZipFile.CreateFromDirectory(SeededStore.SeedDirectory, zip, CompressionLevel.Fastest, includeBaseDirectory: true);
        var unpacked = Path.Combine(work, "seed");

        await SeedUpload.ExtractAsync(zip, unpacked, new UploadLimits(), CancellationToken.None);

        var expected = Hashes(SeededStore.SeedDirectory);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), Hashes(unpacked).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(expected, Hashes(unpacked));
        Assert.Contains(expected.Keys, f => f.EndsWith(".ods", StringComparison.Ordinal));
    }
}
