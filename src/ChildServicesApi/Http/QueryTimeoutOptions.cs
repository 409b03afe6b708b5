using System.ComponentModel.DataAnnotations;

namespace ChildServicesApi.Http;

/// <summary>How long a request's database work may take (configuration section <c>Limits</c>; see <see cref="QueryTimeouts"/>).</summary>
internal sealed class QueryTimeoutOptions
{
    public const string Section = "Limits";

    /// <summary>The limit in milliseconds; 0 would stop every query before it starts.</summary>
    [Range(1, int.MaxValue, ErrorMessage = Section + Settings.Positive)]
    public int QueryTimeoutMilliseconds { get; set; } = 5000;

    public TimeSpan QueryTimeout => TimeSpan.FromMilliseconds(QueryTimeoutMilliseconds);
}
