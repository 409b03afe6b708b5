using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>
/// The API over the shared seeded store, in Production settings but with rate limiting off (the test server has no
/// client addresses, so every test would share one bucket). Tests of a setting pass their own.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string? databasePath;
    private readonly IReadOnlyDictionary<string, string?> settings;

    public ApiFactory() : this(null, new Dictionary<string, string?>())
    {
    }

    /// <summary>The API over another store file (one that may not exist yet) and/or with other settings.</summary>
    internal ApiFactory(string? databasePath, IReadOnlyDictionary<string, string?>? settings = null)
    {
        this.databasePath = databasePath;
        this.settings = settings ?? new Dictionary<string, string?>();
    }

    internal static ApiFactory WithSettings(params (string Key, string? Value)[] settings) =>
        new(null, settings.ToDictionary(s => s.Key, s => s.Value));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Store:DatabasePath", databasePath ?? SeededStore.DatabasePath);
        builder.UseSetting("Store:SeedDirectory", SeededStore.SeedDirectory);
        builder.UseSetting("RateLimits:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
