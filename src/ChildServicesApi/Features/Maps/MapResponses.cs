using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ChildServicesApi.Features.Boundaries;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Inspections;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Maps;

/// <summary>An authority's figure on a map, beside its codes, name, region and how its area is drawn (flat, as map tools read properties).</summary>
/// <param name="GssCode">ONS GSS code; null for Bedfordshire and Cheshire, abolished before GSS codes. <example>E09000003</example></param>
/// <param name="LaCode">DfE three-digit code. <example>302</example></param>
/// <param name="Slug">URL slug, usable as the id. <example>barnet</example></param>
/// <param name="Name">Name as DfE publishes it. <example>Barnet</example></param>
/// <param name="RegionCode">Its region's GSS code. <example>E12000007</example></param>
/// <param name="RegionName">Its region's name. <example>London</example></param>
/// <param name="Value">The published figure; null when it is not published.</param>
/// <param name="Status">published, a special value's status (suppressed, not-available...), or missing.</param>
/// <param name="StatusReason">Why there is no figure (the same reason values and rankings give); null when published.</param>
/// <param name="StatusReasonSource">Where that reason comes from; null when published.</param>
/// <param name="Rank">1 = the highest published value; tied values share a rank; null without a published value.</param>
/// <param name="Quintile">1 (lowest fifth) to 5 (highest fifth) of the published values; null without a published value.</param>
/// <param name="Permalink">The figure at this data version; null when missing.</param>
/// <param name="Boundary">published (ONS's December 2023 boundary), union-of-successors, or no-matching-boundary (no geometry).</param>
/// <param name="BoundaryNote">For a union, which successors form it; with no geometry, why none matches; null for a published boundary.</param>
internal sealed record MapFigure(
    string? GssCode, string? LaCode, string Slug, string Name, string? RegionCode, string? RegionName,
    double? Value, ObservationStatus Status, string? StatusReason, string? StatusReasonSource, int? Rank, int? Quintile, string? Permalink,
    BoundaryBasis Boundary, string? BoundaryNote);

/// <summary>One year of an indicator joined to the authorities' areas: a GeoJSON FeatureCollection for a choropleth.</summary>
/// <param name="Type">FeatureCollection.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Year">The year mapped. <example>2025</example></param>
/// <param name="Period">The period the year stands for. <example>Year to 31 March 2025</example></param>
/// <param name="Method">How ranks and quintiles are worked out, and which areas are drawn.</param>
/// <param name="Attribution">To reproduce with the map: the data's and the boundaries'.</param>
/// <param name="Licence">Open Government Licence v3.0.</param>
/// <param name="Sources">The files the figures and the boundaries come from.</param>
/// <param name="DataVersion">The data version the answer comes from. <example>7.ad27313a41cdfe2a</example></param>
/// <param name="Bbox">West, south, east and north edges of all the geometries; absent when none has one.</param>
/// <param name="Features">Every authority that existed at the end of the period, by name.</param>
internal sealed record IndicatorMap(
    [CsvOmit] FeatureCollectionType Type, IndicatorRef Indicator, int Year, string Period, [CsvOmit] string Method,
    [CsvOmit] string Attribution, [CsvOmit] string Licence, IReadOnlyList<SourceFileResponse> Sources, string DataVersion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), MinLength(4), MaxLength(4)] IReadOnlyList<double>? Bbox,
    [CsvRows] IReadOnlyList<Feature<MapFigure>> Features);

/// <summary>An authority's Ofsted judgement in force on a map, beside its codes, name, region and how its area is drawn.</summary>
/// <param name="GssCode">ONS GSS code; null for Bedfordshire and Cheshire, abolished before GSS codes. <example>E09000003</example></param>
/// <param name="LaCode">DfE three-digit code. <example>302</example></param>
/// <param name="Slug">URL slug, usable as the id. <example>barnet</example></param>
/// <param name="Name">Name as DfE publishes it. <example>Barnet</example></param>
/// <param name="RegionCode">Its region's GSS code. <example>E12000007</example></param>
/// <param name="RegionName">Its region's name. <example>London</example></param>
/// <param name="Grade">The overall effectiveness grade in force; null when not yet inspected with one by the date.</param>
/// <param name="Framework">The framework of the inspection that gave it (sif, ilacs-standard...).</param>
/// <param name="InspectionDate">The first day of that inspection on site, where the source gives it.</param>
/// <param name="PublicationDate">When its report was published.</param>
/// <param name="WebLink">Ofsted's report page.</param>
/// <param name="Source">Where the inspection that gave the grade comes from: official (Ofsted's own statistics sheets, to March 2025) or third-party-compilation (Data to Insight's ILACS scrape tool, which reads Ofsted's reports: reports published after 31 March 2025 only, never mixed silently with the official sheets). Null when not yet inspected.</param>
/// <param name="Boundary">published (ONS's December 2023 boundary), union-of-successors, or no-matching-boundary (no geometry).</param>
/// <param name="BoundaryNote">For a union, which successors form it; with no geometry, why none matches; null for a published boundary.</param>
internal sealed record MapGrade(
    string? GssCode, string? LaCode, string Slug, string Name, string? RegionCode, string? RegionName,
    OfstedGrade? Grade, InspectionFramework? Framework, DateOnly? InspectionDate, DateOnly? PublicationDate, string? WebLink, InspectionSource? Source,
    BoundaryBasis Boundary, string? BoundaryNote);

/// <summary>Every authority's Ofsted judgement in force at a date joined to its area: a GeoJSON FeatureCollection.</summary>
/// <param name="Type">FeatureCollection.</param>
/// <param name="AsAt">The date. <example>2025-03-31</example></param>
/// <param name="Basis">inspection (from the day the inspection started, report published by the cut-off) or publication (from the day the report was published).</param>
/// <param name="ReportsPublishedBy">On the inspection basis, the publication cut-off applied; null on the publication basis.</param>
/// <param name="Method">Which inspection counts as in force, and which areas are drawn.</param>
/// <param name="Attribution">To reproduce with the map: the data's and the boundaries'.</param>
/// <param name="Licence">Open Government Licence v3.0.</param>
/// <param name="Sources">The files the inspections and the boundaries come from.</param>
/// <param name="DataVersion">The data version the answer comes from. <example>7.ad27313a41cdfe2a</example></param>
/// <param name="Bbox">West, south, east and north edges of all the geometries; absent when none has one.</param>
/// <param name="Features">Every authority that existed on the date, by name.</param>
internal sealed record InspectionMap(
    [CsvOmit] FeatureCollectionType Type, DateOnly AsAt, string Basis, DateOnly? ReportsPublishedBy, [CsvOmit] string Method,
    [CsvOmit] string Attribution, [CsvOmit] string Licence, IReadOnlyList<SourceFileResponse> Sources, string DataVersion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), MinLength(4), MaxLength(4)] IReadOnlyList<double>? Bbox,
    [CsvRows] IReadOnlyList<Feature<MapGrade>> Features);
