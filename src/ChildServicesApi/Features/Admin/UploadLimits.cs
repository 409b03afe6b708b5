using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Admin;

/// <summary>
/// What a zip uploaded to the admin import may be, and where it is unpacked (configuration section <c>Admin</c>).
/// Every limit has a default and must be at least 1 (checked at start-up); the setting names appear in the problems
/// that report them.
/// </summary>
internal sealed class UploadLimits
{
    public const string Section = "Admin";
    private const long Megabyte = 1024 * 1024;

    /// <summary>The largest body accepted, in MiB; past it the answer is 413.</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + Settings.Positive)]
    public int MaxUploadMegabytes { get; set; } = 256;

    /// <summary>The most entries (files and folders) the zip may list.</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + Settings.Positive)]
    public int MaxZipEntries { get; set; } = 1000;

    /// <summary>The most bytes, in MiB, all entries together may unpack to (the seed is about 27 MiB).</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + Settings.Positive)]
    public int MaxUncompressedMegabytes { get; set; } = 512;

    /// <summary>How many times its compressed size one entry may unpack to (the seed's CSVs are below 20).</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + Settings.Positive)]
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>
    /// How long receiving and unpacking an upload may take, in seconds, at most a day (the import that follows is not
    /// cut short).
    /// </summary>
    [Range(1, 24 * 60 * 60, ErrorMessage = Section + Settings.Between)]
    public int UploadTimeoutSeconds { get; set; } = 300;

    /// <summary>Where uploads are written and unpacked. Default: the system temporary folder.</summary>
    public string? UploadDirectory { get; set; }

    public long MaxUploadBytes => MaxUploadMegabytes * Megabyte;

    public long MaxUncompressedBytes => MaxUncompressedMegabytes * Megabyte;

    public TimeSpan UploadTimeout => TimeSpan.FromSeconds(UploadTimeoutSeconds);

    public string UploadRoot => Path.GetFullPath(string.IsNullOrEmpty(UploadDirectory) ? Path.GetTempPath() : UploadDirectory);

    /// <summary>The configuration key of a limit, as problems name it: <c>Admin:MaxZipEntries</c>.</summary>
    public static string Setting(string name) => $"{Section}:{name}";
}
