using Microsoft.Extensions.Options;

namespace ChildServicesApi.Http;

/// <summary>
/// Fixed-bytes endpoints the benchmark measures beside the real ones, to show what the host itself costs: a few bytes
/// (<c>/bench/baseline</c>), and any length up to <see cref="MaxBytes"/> (<c>/bench/baseline/{bytes}</c>), to show what
/// sending an answer's size costs whoever computes it. Mapped only when <c>Benchmark:Baseline</c> is true; never part
/// of the public contract.
/// </summary>
internal static class BenchmarkBaseline
{
    public const int MaxBytes = 8 * 1024 * 1024;

    private static readonly byte[] Body = """{"name":"ChildServicesApi","baseline":true,"note":"fixed bytes for benchmarking"}"""u8.ToArray();

    /// <summary>One array, sliced for every length asked for, so no request makes the endpoint keep more.</summary>
    private static readonly Lazy<byte[]> Filler = new(() => Enumerable.Repeat((byte)'x', MaxBytes).ToArray());

    public static WebApplication MapBenchmarkBaseline(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<BenchmarkOptions>>().Value.Baseline)
        {
            app.MapGet("/bench/baseline", () => TypedResults.Bytes(Body, "application/json")).ExcludeFromDescription();
            app.MapGet($"/bench/baseline/{{bytes:int:range(1,{MaxBytes})}}", (int bytes) =>
                TypedResults.Bytes(Filler.Value.AsMemory(0, bytes), "text/plain")).ExcludeFromDescription();
        }
        return app;
    }
}
