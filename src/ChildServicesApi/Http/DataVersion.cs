using ChildServicesApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Http;

/// <summary>The data version of the store being served, read once when the app starts.</summary>
internal sealed class DataVersion(IServiceScopeFactory scopes)
{
    private readonly Lazy<string> current = new(() =>
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.ImportRecords.OrderByDescending(r => r.Id).Select(r => r.DataVersion).First();
    });

    public string Current => current.Value;
}
