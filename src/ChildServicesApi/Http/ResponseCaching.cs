namespace ChildServicesApi.Http;

/// <summary>
/// The store only changes when an import swaps in a new file, so a v1 response depends on nothing but the request
/// and the data version. Successful GET responses are kept in memory per request URL (path and every query value) and
/// negotiated representation (JSON or CSV, never the raw Accept header) under the <see cref="DataTag"/>, which a data refresh evicts.
/// </summary>
internal static class ResponseCaching
{
    public const string DataTag = "data";
    private const string Policy = "data";

    public static IServiceCollection AddResponseCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("ResponseCache");
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = options.GetValue("SizeLimitMegabytes", 256L) * 1024 * 1024;
            cache.MaximumBodySize = options.GetValue("MaximumBodyMegabytes", 16L) * 1024 * 1024;
            if (!options.GetValue("Enabled", true))
            {
                cache.AddPolicy(Policy, policy => policy.NoCache());
                return;
            }
            cache.AddPolicy(Policy, policy => policy
                .Expire(TimeSpan.FromMinutes(options.GetValue("ExpireMinutes", 60)))
                .SetVaryByQuery("*")
                .VaryByValue(context => new KeyValuePair<string, string>("representation", ContentNegotiation.For(context).ToString()))
                .Tag(DataTag));
        });
        return services;
    }

    public static RouteGroupBuilder CacheData(this RouteGroupBuilder group) => group.CacheOutput(Policy);
}
