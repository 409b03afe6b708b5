namespace ChildServicesApi.Features.Authorities;

/// <summary>
/// Another GSS code for the same authority: either a code the authority had before ONS recoded it (a county council
/// that became a unitary authority with the same area and DfE code), or a code some tables use after a minor boundary
/// change, where the DfE tables do not all switch in the same year.
/// </summary>
internal sealed class GssCodeAlias
{
    public required string Code { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;
    /// <summary>Why the code exists and which tables use it.</summary>
    public required string Reason { get; set; }
    /// <summary>For a former code: the last day it was the authority's code. Null for a code tables use alongside the current one.</summary>
    public DateOnly? ValidTo { get; set; }
    /// <summary>For a former code: what kind of council the authority was while it had the code.</summary>
    public AuthorityType? FormerType { get; set; }
    /// <summary>For a former code: the URL slug earlier versions of this API gave it, still resolved so old links keep working.</summary>
    public string? FormerSlug { get; set; }
    /// <summary>For a former code: the order that recoded the authority.</summary>
    public string? Basis { get; set; }
}
