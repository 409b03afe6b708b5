using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChildServicesApi.Http;

/// <summary>
/// Per-client-address token buckets for the API (RateLimits:PermitsPerMinute, RateLimits:Burst), and a stricter
/// "expensive" bucket (RateLimits:ExpensivePermitsPerMinute) for aggregates, CSV and large pages (<see cref="RateLimitOptions"/>). A client over its limit
/// gets a 429 problem with Retry-After. Behind a proxy, configure forwarded headers so the address is the client's.
/// </summary>
internal static class RateLimits
{
    public const string LimitHeader = "X-RateLimit-Limit";

    /// <summary>
    /// Tells every API client its limit: <c>X-RateLimit-Limit</c>, requests per minute per client address under the
    /// policy that applies to this request (CSV has its own, lower one). Set as the response starts, so a body from
    /// the response cache still carries this request's limit.
    /// </summary>
    public static WebApplication UseRateLimitHeaders(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }
        var perMinute = options.PermitsPerMinute.ToString(CultureInfo.InvariantCulture);
        var expensivePerMinute = options.ExpensivePermitsPerMinute.ToString(CultureInfo.InvariantCulture);
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

    /// <summary>Pages larger than this draw on the stricter bucket.</summary>
    public const int LargePage = 200;

    /// <summary>Endpoint metadata: an aggregate answer (rankings, comparisons, ...) that draws on the stricter bucket.</summary>
    private sealed class ExpensiveRoute;

    /// <summary>Marks an operation as expensive: every request to it draws on the stricter bucket.</summary>
    public static RouteHandlerBuilder Expensive(this RouteHandlerBuilder builder) => builder.WithMetadata(new ExpensiveRoute());

    /// <summary>
    /// What costs more to compute or send draws on the stricter bucket: operations marked <see cref="Expensive"/>
    /// (aggregates), CSV, and pages of more than <see cref="LargePage"/> items.
    /// </summary>
    public static bool IsExpensive(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ExpensiveRoute>() is not null
        || ContentNegotiation.WantsCsv(context)
        // As the parameter binder reads it (a sign and surrounding spaces allowed), so "+1000" is as large as "1000".
        || (int.TryParse(context.Request.Query["pageSize"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > LargePage);

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, settings) =>
        {
            var limits = settings.Value;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !limits.Enabled || !context.Request.Path.StartsWithSegments("/api") ? RateLimitPartition.GetNoLimiter("unlimited")
                : IsExpensive(context)
                    ? RateLimitPartition.GetTokenBucketLimiter($"expensive|{ClientKey(context)}",
                        _ => Bucket(limits.ExpensivePermitsPerMinute, Math.Max(1, limits.ExpensivePermitsPerMinute / 6)))
                    : RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => Bucket(limits.PermitsPerMinute, limits.Burst)));
            options.OnRejected = async (rejected, ct) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await Problems.WriteAsync(context, new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = $"This client has sent more requests than its limit allows. Retry after {retryAfter} s; responses carry ETags, so a repeated request can be answered 304.",
                    Extensions = { ["retryAfterSeconds"] = retryAfter },
                }, ct);
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
