using System.ComponentModel.DataAnnotations;

namespace ChildServicesApi.Http;

/// <summary>The in-memory response cache (configuration section <c>ResponseCache</c>; see <see cref="ResponseCaching"/>).</summary>
internal sealed class ResponseCacheOptions
{
    public const string Section = "ResponseCache";
    private const long Megabyte = 1024 * 1024;

    /// <summary>Off, nothing is cached: every request is computed.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most MiB of bodies and keys held; past it the least recently used entries are evicted.</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + Settings.Positive)]
    public int SizeLimitMegabytes { get; set; } = 48;

    /// <summary>The most entries held; past it the least recently used tenth is dropped.</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + Settings.Positive)]
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>The largest body kept, in MiB; a larger one is served but not cached.</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + Settings.Positive)]
    public int MaximumBodyMegabytes { get; set; } = 8;

    /// <summary>How long an entry is kept, in minutes, unless an import evicts it first.</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + Settings.Positive)]
    public int ExpireMinutes { get; set; } = 60;

    public long SizeLimitBytes => SizeLimitMegabytes * Megabyte;

    public long MaximumBodyBytes => MaximumBodyMegabytes * Megabyte;
}
