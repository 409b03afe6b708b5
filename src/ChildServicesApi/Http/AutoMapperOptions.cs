namespace ChildServicesApi.Http;

/// <summary>AutoMapper's licence (configuration section <c>AutoMapper</c>; see <see cref="MappingSetup"/>).</summary>
internal sealed class AutoMapperOptions
{
    public const string Section = "AutoMapper";

    /// <summary>
    /// The Lucky Penny Software licence key, from a secret store. Without it AutoMapper maps the same and logs a licence
    /// warning (README, Third-party licences); AutoMapper itself checks the key and logs what it finds.
    /// </summary>
    public string? LicenseKey { get; set; }
}
