using AutoMapper;
using ChildServicesApi.Http;

namespace ChildServicesApi.Data;

/// <summary>
/// Hands every request the <see cref="StoreSnapshot"/> of the data version being served, reading a new one the first
/// time a request sees a new version (after an import through the admin API); the old one goes once no request holds it.
/// </summary>
internal sealed class StoreSnapshots(IServiceScopeFactory scopes, DataVersion version, IMapper mapper)
{
    private readonly Lock gate = new();
    private volatile StoreSnapshot? current;

    public StoreSnapshot Current
    {
        get
        {
            var wanted = version.Current;
            var snapshot = current;
            if (snapshot is not null && snapshot.DataVersion == wanted)
            {
                return snapshot;
            }
            lock (gate)
            {
                if (current is null || current.DataVersion != wanted)
                {
                    current = Load(wanted);
                    HeldRows.StartDataVersion();
                }
                return current;
            }
        }
    }

    private StoreSnapshot Load(string dataVersion)
    {
        using var scope = scopes.CreateScope();
        return StoreSnapshot.Load(scope.ServiceProvider.GetRequiredService<AppDbContext>(), mapper, dataVersion, scopes.CreateScope);
    }
}
