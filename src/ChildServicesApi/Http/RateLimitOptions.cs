using System.ComponentModel.DataAnnotations;

namespace ChildServicesApi.Http;

/// <summary>Per-client-address request rates on <c>/api</c> (configuration section <c>RateLimits</c>; see <see cref="RateLimits"/>).</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Off only where every request comes from one address (tests, a benchmark).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Requests a minute per client address on the ordinary bucket. Reported in <c>X-RateLimit-Limit</c>, whose schema in
    /// the OpenAPI document allows 1 to 1,000,000.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = Section + Settings.Between)]
    public int PermitsPerMinute { get; set; } = 600;

    /// <summary>Requests a client may make at once on the ordinary bucket before the per-minute rate applies.</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + Settings.Positive)]
    public int Burst { get; set; } = 100;

    /// <summary>
    /// Requests a minute per client address on the stricter bucket (aggregates, CSV and large pages), whose burst is a
    /// sixth of it (at least 1). Reported in <c>X-RateLimit-Limit</c> like <see cref="PermitsPerMinute"/>.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = Section + Settings.Between)]
    public int ExpensivePermitsPerMinute { get; set; } = 60;
}
