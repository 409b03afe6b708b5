using System.ComponentModel.DataAnnotations;

namespace ChildServicesApi.Http;

/// <summary>The OpenAPI document's public base URL (configuration section <c>OpenApi</c>; see <see cref="OpenApiSetup"/>).</summary>
internal sealed class OpenApiDocumentOptions : IValidatableObject
{
    public const string Section = "OpenApi";

    /// <summary>
    /// The absolute http(s) base URL written in <c>servers</c>, e.g. <c>https://api.example.org</c>. Without it the
    /// document has no <c>servers</c>, so client generators ask for a base URL rather than guess one.
    /// </summary>
    public string? ServerUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(ServerUrl) && !(Uri.TryCreate(ServerUrl, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
        {
            yield return new ValidationResult($"{Section}:{nameof(ServerUrl)} must be an absolute URL (e.g. https://api.example.org); it is '{ServerUrl}'.", [nameof(ServerUrl)]);
        }
    }
}
