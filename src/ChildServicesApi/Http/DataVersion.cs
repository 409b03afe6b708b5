using ChildServicesApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Http;

/// <summary>The data version of the store being served; read at first use and again after each refresh.</summary>
internal sealed class DataVersion(IServiceScopeFactory scopes)
{
    private readonly Lock gate = new();
    private volatile string? current;

    /// <summary>Read on every API request (for ETags), so it takes no lock once the version is known.</summary>
    public string Current => current ?? Refresh();

    /// <summary>Re-reads the version after an import has swapped in a new store.</summary>
    public string Refresh()
    {
        lock (gate)
        {
            return current = Read();
        }
    }

    private string Read()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.ImportRecords.OrderByDescending(r => r.Id).Select(r => r.DataVersion).First();
    }
}
