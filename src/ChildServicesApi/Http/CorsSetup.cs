namespace ChildServicesApi.Http;

/// <summary>
/// Any web page may read the API (campaigners' pages call it directly): GET from any origin, no credentials. A page can
/// read every header an answer carries for it: paging, caching, rate limits, deprecation, a CSV's warnings and file name,
/// and a download's range.
/// </summary>
internal static class CorsSetup
{
    public static IServiceCollection AddOpenCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Options)
            .WithHeaders("Accept", "If-None-Match", "Range", "If-Range", RequestIds.Header)
            .WithExposedHeaders("ETag", "Link", "api-supported-versions", RequestIds.Header, "Retry-After", RateLimits.LimitHeader, "Deprecation", "Sunset",
                ResponseWarnings.Header, "Content-Disposition", "Accept-Ranges", "Content-Range")
            .SetPreflightMaxAge(TimeSpan.FromHours(24))));
}
