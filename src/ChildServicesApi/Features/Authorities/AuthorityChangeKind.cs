namespace ChildServicesApi.Features.Authorities;

internal enum AuthorityChangeKind
{
    /// <summary>One authority's area divided between two or more successors.</summary>
    Split,
    /// <summary>Two or more authorities' areas joined into one successor.</summary>
    Merger,
    /// <summary>Same area and DfE code; a new GSS code because the council became a unitary.</summary>
    CodeChange,
}
