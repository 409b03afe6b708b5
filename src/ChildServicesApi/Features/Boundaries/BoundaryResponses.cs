using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Boundaries;

/// <summary>The GeoJSON type of a feature collection.</summary>
internal enum FeatureCollectionType
{
    [JsonStringEnumMemberName("FeatureCollection")]
    FeatureCollection,
}

/// <summary>The GeoJSON type of a feature.</summary>
internal enum FeatureType
{
    [JsonStringEnumMemberName("Feature")]
    Feature,
}

/// <summary>One authority on a map: a GeoJSON Feature (RFC 7946 §3.2).</summary>
/// <param name="Type">Feature.</param>
/// <param name="Id">The authority's slug, usable as its id anywhere in this API. <example>barnet</example></param>
/// <param name="Bbox">West, south, east and north edges of the geometry (RFC 7946 §5); absent when there is no geometry.</param>
/// <param name="Geometry">The area drawn: ONS's December 2023 boundary, or for an abolished authority the union of its successors' where that is its exact area; null when no boundary matches (properties.boundaryNote says why).</param>
/// <param name="Properties">Who the area is and what is shown for it.</param>
internal sealed record Feature<TProperties>(
    [CsvOmit] FeatureType Type,
    [CsvOmit] string Id,
    [CsvOmit][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), MinLength(4), MaxLength(4)] IReadOnlyList<double>? Bbox,
    [CsvOmit] GeoJsonGeometry? Geometry,
    [CsvInline] TProperties Properties)
    where TProperties : class;

/// <summary>An authority's codes, name and region, and how its area is drawn.</summary>
/// <param name="GssCode">ONS GSS code; null for Bedfordshire and Cheshire, abolished before GSS codes. <example>E09000003</example></param>
/// <param name="LaCode">DfE three-digit code. <example>302</example></param>
/// <param name="Slug">URL slug, usable as the id. <example>barnet</example></param>
/// <param name="Name">Name as DfE publishes it. <example>Barnet</example></param>
/// <param name="RegionCode">Its region's GSS code. <example>E12000007</example></param>
/// <param name="RegionName">Its region's name. <example>London</example></param>
/// <param name="Boundary">published (ONS's December 2023 boundary), union-of-successors, or no-matching-boundary (no geometry).</param>
/// <param name="BoundaryNote">For a union, which successors form it; with no geometry, why none matches; null for a published boundary.</param>
internal sealed record BoundaryProperties(
    string? GssCode, string? LaCode, string Slug, string Name, string? RegionCode, string? RegionName, BoundaryBasis Boundary, string? BoundaryNote);

/// <summary>The boundary file, as cited.</summary>
/// <param name="Publisher">Office for National Statistics (Open Geography Portal).</param>
/// <param name="Publication">Counties and Unitary Authorities (December 2023) Boundaries UK BUC.</param>
/// <param name="File">Path under seed/. <example>boundaries/ctyua_2023_buc.geojson</example></param>
/// <param name="Sha256">SHA-256 of the file as imported.</param>
/// <param name="Url">The publisher's portal.</param>
internal sealed record BoundarySource(string Publisher, string Publication, string File, string Sha256, string? Url);

/// <summary>Authority boundaries as a GeoJSON FeatureCollection (RFC 7946), with the attribution the licence requires.</summary>
/// <param name="Type">FeatureCollection.</param>
/// <param name="AsAt">The date whose authorities are drawn; null for today's (current) authorities.</param>
/// <param name="Attribution">To reproduce wherever the boundaries are shown.</param>
/// <param name="Licence">Open Government Licence v3.0.</param>
/// <param name="Source">The boundary file.</param>
/// <param name="Bbox">West, south, east and north edges of all the geometries; absent when none has one.</param>
/// <param name="Features">One feature per authority, by name.</param>
internal sealed record BoundaryCollection(
    [CsvOmit] FeatureCollectionType Type, DateOnly? AsAt, [CsvOmit] string Attribution, [CsvOmit] string Licence, [CsvOmit] BoundarySource Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), MinLength(4), MaxLength(4)] IReadOnlyList<double>? Bbox,
    [CsvRows] IReadOnlyList<Feature<BoundaryProperties>> Features);
