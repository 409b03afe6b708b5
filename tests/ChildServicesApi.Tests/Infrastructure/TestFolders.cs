using Microsoft.Data.Sqlite;

namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>
/// Temporary folders for one test run, all under one root that is removed when the run ends. The test host may
/// stop before that finishes, so each run also removes the roots of runs whose process is gone.
/// </summary>
internal static class TestFolders
{
    private const string Prefix = "childservices-tests-";

    private static readonly Lazy<string> Root = new(() =>
    {
        RemoveRootsOfFinishedRuns();
        var root = Directory.CreateTempSubdirectory($"{Prefix}{Environment.ProcessId}-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        };
        return root;
    });

    public static string Create(string purpose) => Directory.CreateDirectory(Path.Combine(Root.Value, $"{purpose}-{Guid.NewGuid():N}")).FullName;

    private static void RemoveRootsOfFinishedRuns()
    {
        foreach (var directory in new DirectoryInfo(Path.GetTempPath()).EnumerateDirectories(Prefix + "*"))
        {
            var pid = directory.Name[Prefix.Length..].Split('-')[0];
            if (int.TryParse(pid, out var id) && !Directory.Exists($"/proc/{id}") && OperatingSystem.IsLinux())
            {
                directory.Delete(recursive: true);
            }
        }
    }
}
