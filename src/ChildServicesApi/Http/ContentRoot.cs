namespace ChildServicesApi.Http;

/// <summary>
/// Where the host reads appsettings.json and serves wwwroot from. ASP.NET Core's default is the current directory,
/// which is right for <c>dotnet run</c> (the project folder) and the container (WORKDIR /app), but a published build
/// started from another folder would then run without its settings (every SQL statement logged) and without the
/// explorer's files. So when the current directory has no appsettings.json and the app's own folder has one, the app's
/// folder is the content root; a content root given on the command line, in ASPNETCORE_CONTENTROOT or in
/// DOTNET_CONTENTROOT still wins.
/// </summary>
internal static class ContentRoot
{
    private const string SettingsFile = "appsettings.json";

    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = Choose(Directory.GetCurrentDirectory(), AppContext.BaseDirectory, args,
            Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") ?? Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT")),
    };

    /// <summary>The app's folder, or null to leave the host's default (the current directory, or what was given).</summary>
    internal static string? Choose(string current, string app, string[] args, string? configured) =>
        configured is null && !args.Any(GivesContentRoot)
            && !File.Exists(Path.Combine(current, SettingsFile)) && File.Exists(Path.Combine(app, SettingsFile))
            ? app
            : null;

    /// <summary>A command-line content root in any of the forms the host reads: --contentRoot, /contentRoot, contentRoot=.</summary>
    private static bool GivesContentRoot(string argument) =>
        argument.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase);
}
