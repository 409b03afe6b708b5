using System.ComponentModel.DataAnnotations;

namespace ChildServicesApi.Http;

/// <summary>What clients and shared caches are told (configuration section <c>Http</c>; see <see cref="HttpCaching"/>).</summary>
internal sealed class HttpCachingOptions
{
    public const string Section = "Http";

    /// <summary>
    /// <c>max-age</c> in <c>Cache-Control</c> on 200 and 304 answers, in seconds. 0 is allowed (revalidate every time);
    /// RFC 9111 §1.2.2 caps delta-seconds near 2^31.
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = Section + Settings.NotNegative)]
    public int CacheMaxAgeSeconds { get; set; } = 3600;
}
