using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>A clock stopped at one instant, for answers that depend on today's date.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>A client of the API whose clock reads <paramref name="today"/> (midday UTC).</summary>
    public static HttpClient Client(ApiFactory factory, DateOnly today) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
                services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)))))
            .CreateClient();
}
