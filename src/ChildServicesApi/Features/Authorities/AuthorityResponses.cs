using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Authorities;

/// <summary>A geography in brief, as other resources refer to it.</summary>
/// <param name="Code">GSS code; for a reporting group, its members' codes joined by " / ".</param>
/// <param name="LaCode">DfE three-digit code, for authorities.</param>
/// <param name="Name">Name as DfE publishes it.</param>
/// <param name="Slug">URL slug.</param>
/// <param name="Level">national, region, subregion, authority or authority-group.</param>
internal sealed record GeographyRef(string? Code, string? LaCode, string Name, string Slug, GeographyLevel Level);

/// <summary>A local authority with children's services responsibilities.</summary>
/// <param name="GssCode">ONS GSS code (the current one, for an authority recoded without a change of area). <example>E09000003</example></param>
/// <param name="LaCode">DfE three-digit LA code. <example>302</example></param>
/// <param name="Name">Name as DfE publishes it. <example>Barnet</example></param>
/// <param name="Slug">URL slug, usable as the id. <example>barnet</example></param>
/// <param name="Type">london-borough, metropolitan-district, unitary-authority or shire-county.</param>
/// <param name="Region">The region it lies in.</param>
/// <param name="Status">current or abolished.</param>
/// <param name="ExistedFrom">First day it existed, where it was created in the period the data covers.</param>
/// <param name="ExistedTo">Last day it existed; null while current.</param>
/// <param name="Level">authority, or national / region / subregion where an area was asked for by its id.</param>
internal sealed record AuthoritySummary(
    string? GssCode, string? LaCode, string Name, string Slug, AuthorityType? Type, RegionRef? Region,
    AuthorityStatus Status, DateOnly? ExistedFrom, DateOnly? ExistedTo, GeographyLevel Level) : IHeldRow
{
    HeldRendering IHeldRow.Rendering { get; } = new();
}

/// <summary>A region in brief.</summary>
/// <param name="Code">GSS code. <example>E12000007</example></param>
/// <param name="Name">Name. <example>London</example></param>
/// <param name="Slug">URL slug. <example>london</example></param>
internal sealed record RegionRef(string? Code, string Name, string Slug);

/// <summary>One side of a reorganisation.</summary>
/// <param name="GssCode">The other authority's GSS code (null for Bedfordshire and Cheshire, abolished before GSS codes).</param>
/// <param name="LaCode">The other authority's DfE code.</param>
/// <param name="Name">The other authority's name.</param>
/// <param name="Slug">The other authority's slug.</param>
/// <param name="EffectiveDate">The day the change took effect.</param>
/// <param name="Kind">split or merger.</param>
/// <param name="Basis">The order that made the change.</param>
internal sealed record AuthorityLink(string? GssCode, string? LaCode, string Name, string Slug, DateOnly EffectiveDate, AuthorityChangeKind Kind, string Basis);

/// <summary>Another GSS code some published tables use for this authority.</summary>
/// <param name="Code">The code.</param>
/// <param name="Reason">Why it exists and which tables use it.</param>
internal sealed record CodeAliasResponse(string Code, string Reason);

/// <summary>One GSS code the authority had, and when.</summary>
/// <param name="GssCode">The code. <example>E10000023</example></param>
/// <param name="From">First day it was the authority's code; null from before the data begins.</param>
/// <param name="To">Last day it was the authority's code; null while it still is.</param>
/// <param name="Type">What kind of council the authority was under this code.</param>
/// <param name="Basis">The order that recoded the authority at the end of this code's life; null for the current code.</param>
/// <param name="FormerSlug">The slug earlier versions of the API gave the authority under this code, still accepted as its id; null for the current code.</param>
internal sealed record AuthorityCodeResponse(string GssCode, DateOnly? From, DateOnly? To, AuthorityType? Type, string? Basis, string? FormerSlug);

/// <summary>A local authority with its place in the geography and its reorganisation history.</summary>
/// <param name="GssCode">ONS GSS code. <example>E09000003</example></param>
/// <param name="LaCode">DfE three-digit LA code. <example>302</example></param>
/// <param name="Name">Name as DfE publishes it. <example>Barnet</example></param>
/// <param name="Slug">URL slug. <example>barnet</example></param>
/// <param name="Type">london-borough, metropolitan-district, unitary-authority or shire-county.</param>
/// <param name="Region">The region it lies in.</param>
/// <param name="Subregion">Inner or Outer London, for London boroughs.</param>
/// <param name="Status">current or abolished.</param>
/// <param name="ExistedFrom">First day it existed, where it was created in the period the data covers.</param>
/// <param name="ExistedTo">Last day it existed; null while current.</param>
/// <param name="Predecessors">Authorities it replaced, wholly or in part: real boundary changes only (a recoding is in codes).</param>
/// <param name="Successors">Authorities that replaced it.</param>
/// <param name="OtherGssCodes">Other GSS codes some tables use for it alongside its own.</param>
/// <param name="Codes">The GSS codes it has had, oldest first: more than one where ONS recoded it without a change of area (a county council that became a unitary authority). Figures and inspections filed under any of them are its own.</param>
/// <param name="Level">authority for a local authority; national or region (or subregion) when the id named England or a region.</param>
internal sealed record AuthorityResponse(
    string? GssCode, string? LaCode, string Name, string Slug, AuthorityType? Type, RegionRef? Region, RegionRef? Subregion,
    AuthorityStatus Status, DateOnly? ExistedFrom, DateOnly? ExistedTo,
    IReadOnlyList<AuthorityLink> Predecessors, IReadOnlyList<AuthorityLink> Successors, IReadOnlyList<CodeAliasResponse> OtherGssCodes,
    IReadOnlyList<AuthorityCodeResponse> Codes, GeographyLevel Level);
