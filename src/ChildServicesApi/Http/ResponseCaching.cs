using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ChildServicesApi.Http;

/// <summary>
/// The store only changes when an import swaps in a new file, so a v1 response depends on nothing but the request
/// and the data version. Successful GET responses (never errors, 304s or bodies over the size limit) are kept in
/// memory under a key built from the normalised request: the path as routed (case-sensitive), the query sorted by
/// name, and the negotiated representation (JSON or CSV; never raw header text, never the Host). Identical
/// concurrent misses are computed once (the others wait for it). The store is bounded in bytes and in entries
/// (ResponseCache:SizeLimitMegabytes, ResponseCache:MaxEntries; <see cref="ResponseCacheOptions"/>); everything is
/// under the <see cref="DataTag"/>, which a data refresh evicts.
/// </summary>
internal static class ResponseCaching
{
    public const string DataTag = "data";
    private const string Policy = "data";

    public static IServiceCollection AddResponseCache(this IServiceCollection services)
    {
        services.AddSingleton<IOutputCacheStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ResponseCacheOptions>>().Value;
            return new BoundedOutputCacheStore(options.SizeLimitBytes, options.MaxEntries);
        });
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<ResponseCacheOptions>>((cache, settings) =>
        {
            var options = settings.Value;
            cache.SizeLimit = options.SizeLimitBytes;
            cache.MaximumBodySize = options.MaximumBodyBytes;
            cache.UseCaseSensitivePaths = true;
            if (!options.Enabled)
            {
                cache.AddPolicy(Policy, policy => policy.NoCache());
                return;
            }
            cache.AddPolicy(Policy, policy => policy
                .Expire(TimeSpan.FromMinutes(options.ExpireMinutes))
                .SetLocking(true)
                .SetVaryByHost(false)
                .SetVaryByQuery("*")
                .VaryByValue(context => new KeyValuePair<string, string>("representation", Representation(context)))
                .Tag(DataTag));
        });
        return services;
    }

    public static RouteGroupBuilder CacheData(this RouteGroupBuilder group) => group.CacheOutput(Policy);

    /// <summary>
    /// What an answer's bytes depend on beside the URL: JSON or CSV, and the content coding the compression will choose
    /// for this request (br, gzip or none), as negotiated, never the raw header. Compression runs inside the cache, so
    /// a kept answer is kept compressed once per coding: before, a hit was compressed again on every request, and a
    /// client sending Accept-Encoding (every browser) got the 243 KB change answer at 1,043 req/s against 6,173 without.
    /// </summary>
    private static string Representation(HttpContext context) => $"{ContentNegotiation.For(context)}; {Compression.NegotiatedCoding(context)}";

    /// <summary>
    /// Keeps a group out of the response cache (file downloads: tens of megabytes each, sent from disk). The endpoint's
    /// last output-cache policy is the one applied, so this overrides the <see cref="CacheData"/> of MapVersionedGroup.
    /// </summary>
    public static RouteGroupBuilder NoResponseCache(this RouteGroupBuilder group) => group.CacheOutput(policy => policy.NoCache());
}

/// <summary>
/// The response cache's store: a memory cache bounded in bytes (each entry counts its size) and in entries (past the
/// count, the least recently used tenth is dropped), with tags for eviction on a data refresh.
/// </summary>
internal sealed class BoundedOutputCacheStore(long sizeLimitBytes, int maxEntries) : IOutputCacheStore, IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = sizeLimitBytes, TrackStatistics = true });
    private readonly Lock gate = new();
    private readonly Dictionary<string, HashSet<string>> tagged = new(StringComparer.Ordinal);

    public int Count => cache.Count;

    public long Bytes => cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(cache.Get<byte[]>(key));

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (cache.Count >= maxEntries)
        {
            cache.Compact(0.1);
        }
        var options = new MemoryCacheEntryOptions { Size = value.Length + key.Length, AbsoluteExpirationRelativeToNow = validFor };
        options.RegisterPostEvictionCallback((evicted, _, _, _) => Untag((string)evicted));
        cache.Set(key, value, options);
        lock (gate)
        {
            foreach (var tag in tags ?? [])
            {
                if (!tagged.TryGetValue(tag, out var keys))
                {
                    tagged[tag] = keys = new HashSet<string>(StringComparer.Ordinal);
                }
                keys.Add(key);
            }
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        string[] keys;
        lock (gate)
        {
            keys = tagged.Remove(tag, out var set) ? [.. set] : [];
        }
        foreach (var key in keys)
        {
            cache.Remove(key);
        }
        return ValueTask.CompletedTask;
    }

    private void Untag(string key)
    {
        lock (gate)
        {
            foreach (var keys in tagged.Values)
            {
                keys.Remove(key);
            }
        }
    }

    public void Dispose() => cache.Dispose();
}
