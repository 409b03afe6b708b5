using ChildServicesApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Http;

/// <summary>The data version of the store being served; read at first use and again after each refresh.</summary>
internal sealed class DataVersion(IServiceScopeFactory scopes)
{
    private readonly Lock gate = new();
    private string? current;

    public string Current
    {
        get
        {
            lock (gate)
            {
                return current ??= Read();
            }
        }
    }

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
