using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>The API over a given store file: the shared seeded store unless a test names another.</summary>
public sealed class ApiFactory(string? databasePath = null) : WebApplicationFactory<Program>
{
    public ApiFactory() : this(null)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Store:DatabasePath", databasePath ?? SeededStore.DatabasePath);
        builder.UseSetting("Store:SeedDirectory", SeededStore.SeedDirectory);
    }
}
