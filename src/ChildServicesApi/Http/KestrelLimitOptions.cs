using System.ComponentModel.DataAnnotations;

namespace ChildServicesApi.Http;

/// <summary>
/// The sizes Kestrel accepts in a request (configuration section <c>Limits</c>; see <see cref="KestrelLimits"/>).
/// Kestrel refuses to start when the request line or the headers may be larger than its request buffer (1 MiB).
/// </summary>
internal sealed class KestrelLimitOptions
{
    public const string Section = "Limits";

    /// <summary>The longest request line (method, target and version) in bytes; past it the answer is 414.</summary>
    [Range(1, 1024 * 1024, ErrorMessage = Section + Settings.Between)]
    public int MaxRequestLineBytes { get; set; } = 8 * 1024;

    /// <summary>The most bytes all request headers together may take; past it the answer is 431.</summary>
    [Range(1, 1024 * 1024, ErrorMessage = Section + Settings.Between)]
    public int MaxRequestHeadersBytes { get; set; } = 32 * 1024;

    /// <summary>The largest request body in bytes, where an endpoint sets no other (admin uploads do); past it the answer is 413.</summary>
    [Range(0, long.MaxValue, ErrorMessage = Section + Settings.NotNegative)]
    public long MaxRequestBodyBytes { get; set; } = 1024L * 1024;
}
