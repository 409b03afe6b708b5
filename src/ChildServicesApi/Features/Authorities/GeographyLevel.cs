namespace ChildServicesApi.Features.Authorities;

internal enum GeographyLevel
{
    National,
    Region,
    Subregion,
    Authority,
    /// <summary>Several authorities reported as one unit by a source (e.g. Kingston and Richmond's shared trust in the workforce census).</summary>
    AuthorityGroup,
}
