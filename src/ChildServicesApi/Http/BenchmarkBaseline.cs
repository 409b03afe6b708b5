using Microsoft.Extensions.Options;

namespace ChildServicesApi.Http;

/// <summary>
/// A fixed-bytes endpoint the benchmark measures beside the real ones, to show what the host itself costs.
/// Mapped only when <c>Benchmark:Baseline</c> is true; never part of the public contract.
/// </summary>
internal static class BenchmarkBaseline
{
    private static readonly byte[] Body = """{"name":"ChildServicesApi","baseline":true,"note":"fixed bytes for benchmarking"}"""u8.ToArray();

    public static WebApplication MapBenchmarkBaseline(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<BenchmarkOptions>>().Value.Baseline)
        {
            app.MapGet("/bench/baseline", () => TypedResults.Bytes(Body, "application/json")).ExcludeFromDescription();
        }
        return app;
    }
}
