using System.ComponentModel.DataAnnotations;

namespace ChildServicesApi.Http;

/// <summary>
/// The deprecated versions and operations (configuration section <c>Deprecations</c>, a list: <c>Deprecations:0:Version</c>,
/// ...; see <see cref="Deprecation"/>). A notice that could never match, or would send a wrong header, stops the start.
/// </summary>
internal sealed class DeprecationOptions : IValidatableObject
{
    public const string Section = "Deprecations";

    public List<DeprecationNotice> Notices { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var versions = new[] { ApiVersions.V1.ToString() };
        foreach (var (notice, i) in Notices.Select((n, i) => (n, i)))
        {
            var key = $"{Section}:{i}";
            if (notice.Version is null && notice.Operation is null)
            {
                yield return new ValidationResult($"{key} must name a Version (e.g. 1.0) or an Operation (an operationId, e.g. ListSpending).", [nameof(Notices)]);
            }
            if (notice.Version is { } version && !versions.Contains(version))
            {
                yield return new ValidationResult($"{key}:Version must be a version this API serves ({string.Join(", ", versions)}); it is '{version}'.", [nameof(Notices)]);
            }
            if (notice.Deprecated == default)
            {
                yield return new ValidationResult($"{key}:Deprecated is required: the date and time of the deprecation, e.g. 2027-01-01T00:00:00Z.", [nameof(Notices)]);
            }
            if (notice.Sunset < notice.Deprecated)
            {
                yield return new ValidationResult($"{key}:Sunset must not be before {key}:Deprecated.", [nameof(Notices)]);
            }
            if (notice.Link is { } link && !(link.IsAbsoluteUri && link.Scheme is "http" or "https"))
            {
                yield return new ValidationResult($"{key}:Link must be an absolute http(s) URL; it is '{link}'.", [nameof(Notices)]);
            }
        }
    }
}
