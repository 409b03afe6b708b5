using System.Diagnostics;

namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>The API as a real process (as production and replicas run it), for what only a process shows: its exit code and its log.</summary>
internal static class ApiProcess
{
    /// <summary>Starts the built API in Production on a free port with these environment settings, waits for it to exit (60 s at most) and returns its exit code and everything it wrote.</summary>
    public static async Task<(int ExitCode, string Log)> RunUntilExitAsync(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, [Path.Combine(AppContext.BaseDirectory, "ChildServicesApi.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        try
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output + await errors);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
