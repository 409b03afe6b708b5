using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ChildServicesApi.Http;

/// <summary>
/// Per-client-address token buckets for the API (RateLimits:PermitsPerMinute, RateLimits:Burst), and a stricter
/// "expensive" policy (RateLimits:ExpensivePermitsPerMinute) for CSV exports and aggregates. A client over its limit
/// gets a 429 problem with Retry-After. Behind a proxy, configure forwarded headers so the address is the client's.
/// </summary>
internal static class RateLimits
{
    public const string Expensive = "expensive";
    public const string LimitHeader = "X-RateLimit-Limit";

    /// <summary>
    /// Tells every API client its limit: <c>X-RateLimit-Limit</c>, requests per minute per client address under the
    /// policy that applies to this request (CSV has its own, lower one). Set as the response starts, so a body from
    /// the response cache still carries this request's limit.
    /// </summary>
    public static WebApplication UseRateLimitHeaders(this WebApplication app)
    {
        var section = app.Configuration.GetSection("RateLimits");
        if (!section.GetValue("Enabled", true))
        {
            return app;
        }
        var perMinute = section.GetValue("PermitsPerMinute", 600).ToString(CultureInfo.InvariantCulture);
        var expensivePerMinute = section.GetValue("ExpensivePermitsPerMinute", 60).ToString(CultureInfo.InvariantCulture);
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[LimitHeader] = IsExpensive(context) ? expensivePerMinute : perMinute;
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
        return app;
    }

    /// <summary>CSV answers cost more to build and send: they draw on the stricter bucket.</summary>
    private static bool IsExpensive(HttpContext context) => ContentNegotiation.WantsCsv(context);

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimits");
        var enabled = section.GetValue("Enabled", true);
        var perMinute = section.GetValue("PermitsPerMinute", 600);
        var burst = section.GetValue("Burst", 100);
        var expensivePerMinute = section.GetValue("ExpensivePermitsPerMinute", 60);

        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !enabled || !context.Request.Path.StartsWithSegments("/api") ? RateLimitPartition.GetNoLimiter("unlimited")
                : IsExpensive(context)
                    ? RateLimitPartition.GetTokenBucketLimiter($"csv|{ClientKey(context)}", _ => Bucket(expensivePerMinute, Math.Max(1, expensivePerMinute / 6)))
                    : RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => Bucket(perMinute, burst)));
            options.AddPolicy(Expensive, context => enabled
                ? RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => Bucket(expensivePerMinute, Math.Max(1, expensivePerMinute / 6)))
                : RateLimitPartition.GetNoLimiter("unlimited"));
            options.OnRejected = async (rejected, ct) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This client has sent more requests than its limit allows. Retry after {retryAfter} s; responses carry ETags, so a repeated request can be answered 304.",
                        Extensions = { ["retryAfterSeconds"] = retryAfter },
                    },
                });
            };
        });
        return services;
    }

    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static TokenBucketRateLimiterOptions Bucket(int perMinute, int burst) => new()
    {
        TokenLimit = Math.Max(1, burst),
        TokensPerPeriod = Math.Max(1, perMinute / 60),
        ReplenishmentPeriod = TimeSpan.FromSeconds(perMinute >= 60 ? 1 : 60.0 / Math.Max(1, perMinute)),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
