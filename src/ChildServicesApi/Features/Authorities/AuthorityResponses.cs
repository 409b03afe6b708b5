namespace ChildServicesApi.Features.Authorities;

/// <summary>A geography in brief, as other resources refer to it.</summary>
/// <param name="Code">GSS code; for a reporting group, its members' codes joined by " / ".</param>
/// <param name="LaCode">DfE three-digit code, for authorities.</param>
/// <param name="Name">Name as DfE publishes it.</param>
/// <param name="Slug">URL slug.</param>
/// <param name="Level">national, region, subregion, authority or authority-group.</param>
internal sealed record GeographyRef(string? Code, string? LaCode, string Name, string Slug, GeographyLevel Level);

/// <summary>A local authority with children's services responsibilities.</summary>
/// <param name="GssCode">ONS GSS code. <example>E09000003</example></param>
/// <param name="LaCode">DfE three-digit LA code. <example>302</example></param>
/// <param name="Name">Name as DfE publishes it. <example>Barnet</example></param>
/// <param name="Slug">URL slug, usable as the id. <example>barnet</example></param>
/// <param name="Type">london-borough, metropolitan-district, unitary-authority or shire-county.</param>
/// <param name="Region">The region it lies in.</param>
/// <param name="Status">current or abolished.</param>
/// <param name="ExistedFrom">First day it existed, where it was created in the period the data covers.</param>
/// <param name="ExistedTo">Last day it existed; null while current.</param>
internal sealed record AuthoritySummary(
    string? GssCode, string? LaCode, string Name, string Slug, AuthorityType? Type, RegionRef? Region,
    AuthorityStatus Status, DateOnly? ExistedFrom, DateOnly? ExistedTo);

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
/// <param name="Kind">split, merger or code-change.</param>
/// <param name="Basis">The order that made the change.</param>
internal sealed record AuthorityLink(string? GssCode, string? LaCode, string Name, string Slug, DateOnly EffectiveDate, AuthorityChangeKind Kind, string Basis);

/// <summary>Another GSS code some published tables use for this authority.</summary>
/// <param name="Code">The code.</param>
/// <param name="Reason">Why it exists and which tables use it.</param>
internal sealed record CodeAliasResponse(string Code, string Reason);

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
/// <param name="Predecessors">Authorities it replaced, wholly or in part.</param>
/// <param name="Successors">Authorities that replaced it.</param>
/// <param name="OtherGssCodes">Other GSS codes some tables use for it.</param>
internal sealed record AuthorityResponse(
    string? GssCode, string? LaCode, string Name, string Slug, AuthorityType? Type, RegionRef? Region, RegionRef? Subregion,
    AuthorityStatus Status, DateOnly? ExistedFrom, DateOnly? ExistedTo,
    IReadOnlyList<AuthorityLink> Predecessors, IReadOnlyList<AuthorityLink> Successors, IReadOnlyList<CodeAliasResponse> OtherGssCodes);
