namespace ChildServicesApi.Http;

/// <summary>What the benchmark may ask of the service (configuration section <c>Benchmark</c>; see <see cref="BenchmarkBaseline"/>).</summary>
internal sealed class BenchmarkOptions
{
    public const string Section = "Benchmark";

    /// <summary>Maps the fixed-bytes <c>/bench/baseline</c> endpoint; off by default.</summary>
    public bool Baseline { get; set; }
}
