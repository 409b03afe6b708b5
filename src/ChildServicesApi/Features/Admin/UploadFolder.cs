using System.ComponentModel;
using System.Diagnostics;

namespace ChildServicesApi.Features.Admin;

/// <summary>
/// A private folder for one upload, <c>childservices-upload-{process id}-{random}</c>: the zip as received and the seed
/// unpacked from it. Disposing removes it, whatever happened; <see cref="RemoveAbandoned"/> removes those a killed
/// process left behind.
/// </summary>
internal sealed partial class UploadFolder : IDisposable
{
    public const string Prefix = "childservices-upload-";

    // A process start time read on Linux can be a second early (boot time has whole seconds); two leaves a margin.
    private static readonly TimeSpan StartTimeSlack = TimeSpan.FromSeconds(2);

    private readonly ILogger logger;

    private UploadFolder(string path, ILogger logger)
    {
        Path = path;
        this.logger = logger;
    }

    public string Path { get; }

    /// <summary>Where the body is written as it arrives.</summary>
    public string ZipPath => System.IO.Path.Combine(Path, "upload.zip");

    /// <summary>Where the zip's files are unpacked: the seed folder the import reads.</summary>
    public string SeedPath => System.IO.Path.Combine(Path, "seed");

    public static UploadFolder Create(string parent, ILogger logger)
    {
        var path = System.IO.Path.Combine(parent, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return new UploadFolder(path, logger);
    }

    public void Dispose() => TryDelete(Path, logger);

    /// <summary>
    /// Deletes the upload folders in <paramref name="parent"/> whose process is gone, or is a later process that reuses
    /// the id (a container restarted as PID 1 again): the folder was last written before that process started.
    /// </summary>
    public static int RemoveAbandoned(string parent, ILogger logger)
    {
        if (!Directory.Exists(parent))
        {
            return 0;
        }
        var removed = 0;
        foreach (var folder in new DirectoryInfo(parent).EnumerateDirectories(Prefix + "*"))
        {
            var owner = folder.Name[Prefix.Length..].Split('-')[0];
            if (int.TryParse(owner, out var processId) && IsWrittenBy(processId, folder.LastWriteTimeUtc))
            {
                continue;
            }
            if (TryDelete(folder.FullName, logger))
            {
                removed++;
            }
        }
        if (removed > 0)
        {
            LogRemovedAbandoned(logger, removed, parent);
        }
        return removed;
    }

    private static bool IsWrittenBy(int processId, DateTime lastWriteUtc)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited && process.StartTime.ToUniversalTime() - StartTimeSlack <= lastWriteUtc;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (Exception error) when (error is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // A process we may not inspect is running: leave its folder alone.
            return true;
        }
    }

    private static bool TryDelete(string path, ILogger logger)
    {
        try
        {
            Directory.Delete(path, recursive: true);
            return true;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            LogNotRemoved(logger, error, path);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove the upload folder {Path}; it is retried at the next start")]
    private static partial void LogNotRemoved(ILogger logger, Exception error, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} upload folders left in {Parent} by stopped processes")]
    private static partial void LogRemovedAbandoned(ILogger logger, int count, string parent);
}
