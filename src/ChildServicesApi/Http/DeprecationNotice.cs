namespace ChildServicesApi.Http;

/// <summary>One deprecation notice from configuration (section <c>Deprecations</c>): a whole version or one operation.</summary>
internal sealed class DeprecationNotice
{
    /// <summary>An API version ("1.0"), or null when <see cref="Operation"/> is set.</summary>
    public string? Version { get; set; }

    /// <summary>An operationId ("ListSpending"), or null for the whole version.</summary>
    public string? Operation { get; set; }

    /// <summary>When it was (or will be) deprecated.</summary>
    public DateTimeOffset Deprecated { get; set; }

    /// <summary>When it stops answering, if decided.</summary>
    public DateTimeOffset? Sunset { get; set; }

    /// <summary>The deprecation policy or migration guide.</summary>
    public Uri? Link { get; set; }
}
