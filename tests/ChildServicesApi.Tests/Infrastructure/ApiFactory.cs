using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>The API over a given store file: the shared seeded store unless a test names another.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string? databasePath;

    public ApiFactory()
    {
    }

    /// <summary>The API over another store file (one that may not exist yet).</summary>
    internal ApiFactory(string databasePath) => this.databasePath = databasePath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Store:DatabasePath", databasePath ?? SeededStore.DatabasePath);
        builder.UseSetting("Store:SeedDirectory", SeededStore.SeedDirectory);
    }
}
