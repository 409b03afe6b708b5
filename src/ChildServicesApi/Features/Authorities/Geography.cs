namespace ChildServicesApi.Features.Authorities;

/// <summary>
/// A place figures are published for: England, a region, a London sub-region, a local authority,
/// or a group of authorities that a source reports as one unit (a shared children's trust).
/// </summary>
internal sealed class Geography
{
    public int Id { get; set; }
    public GeographyLevel Level { get; set; }
    /// <summary>ONS GSS code (E92000001, E12000007, E09000003). Null only for authorities abolished before GSS codes existed.</summary>
    public string? GssCode { get; set; }
    /// <summary>DfE three-digit LA code; for a reporting group, the members' codes as the source prints them ("314 / 318").</summary>
    public string? LaCode { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public AuthorityType? AuthorityType { get; set; }
    public AuthorityStatus Status { get; set; }
    /// <summary>First day it existed, where it was created within the period the data covers.</summary>
    public DateOnly? ExistedFrom { get; set; }
    /// <summary>Last day it existed; null while current.</summary>
    public DateOnly? ExistedTo { get; set; }
    /// <summary>For an authority or sub-region, its region; for a region, England.</summary>
    public int? RegionId { get; set; }
    public Geography? Region { get; set; }
    /// <summary>Inner or Outer London, for London boroughs.</summary>
    public int? SubregionId { get; set; }
    public Geography? Subregion { get; set; }

    public bool ExistedOn(DateOnly date) =>
        (ExistedFrom is null || ExistedFrom <= date) && (ExistedTo is null || date <= ExistedTo);
}
