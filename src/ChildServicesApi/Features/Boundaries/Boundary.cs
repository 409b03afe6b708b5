using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.Boundaries;

/// <summary>
/// The area drawn for one authority (current or abolished), built once at import from ONS's December 2023 boundaries:
/// the authority's own feature, the union of its successors' features, or none with the reason.
/// </summary>
internal sealed class Boundary
{
    public int Id { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;
    public BoundaryBasis Basis { get; set; }
    /// <summary>The geometry as compact GeoJSON (always a MultiPolygon, WGS 84 longitude and latitude); null when none matches.</summary>
    public string? GeoJson { get; set; }
    public double? West { get; set; }
    public double? South { get; set; }
    public double? East { get; set; }
    public double? North { get; set; }
    /// <summary>How a union was formed, or why there is no geometry; null for a published boundary.</summary>
    public string? Note { get; set; }
    public int SourceFileId { get; set; }
    public SourceFile SourceFile { get; set; } = null!;
    /// <summary>For a published boundary, the 1-based position of its feature in the source file.</summary>
    public int? SourceFeature { get; set; }
}
