namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>
/// A second import of the real seed, made as a fresh clone's first start makes it: the API started over a store path
/// whose folder does not exist yet, with a copy of seed/ as its seed folder. The tests that only read what that import
/// left share it (<see cref="FirstStartReaders"/>), so the seed is imported once for them rather than once each.
/// </summary>
public sealed class FirstStartStore : IDisposable
{
    public const string Collection = "First start import";

    private readonly TempSeed seed = TempSeed.CopyOfRealSeed();

    public FirstStartStore()
    {
        DatabasePath = Path.Combine(TestFolders.Create("first-start"), "nested", "childservices.db");
        Api = new ApiFactory(DatabasePath, new Dictionary<string, string?> { ["Store:SeedDirectory"] = seed.Directory });
        // The host starts with the first client, and builds the store before it serves.
        Client = Api.CreateClient();
    }

    public string DatabasePath { get; }

    public ApiFactory Api { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Api.Dispose();
        seed.Dispose();
    }
}
