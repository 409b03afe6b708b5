using ChildServicesApi.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChildServicesApi.Http;

/// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the store opens and holds an import.</summary>
internal static class Health
{
    private const string Ready = "ready";

    private static readonly HttpMethodMetadata ReadOnly = new([HttpMethods.Get, HttpMethods.Head]);

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [Ready]);
        return services;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        // GET and HEAD only: another method gets the 405 problem every other route gives.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(ReadOnly).ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) }).WithMetadata(ReadOnly).ExcludeFromDescription();
        return app;
    }

    private sealed class StoreHealthCheck(AppDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var version = await db.ImportRecords.OrderByDescending(r => r.Id).Select(r => r.DataVersion).FirstOrDefaultAsync(cancellationToken);
                var quickCheck = await db.Database.SqlQueryRaw<string>("SELECT quick_check AS \"Value\" FROM pragma_quick_check").ToListAsync(cancellationToken);
                return version is not null && quickCheck is ["ok"]
                    ? HealthCheckResult.Healthy($"data version {version}")
                    : HealthCheckResult.Unhealthy("the store holds no completed import or fails its integrity check");
            }
            catch (Exception error) when (error is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy("the store cannot be opened");
            }
        }
    }
}
