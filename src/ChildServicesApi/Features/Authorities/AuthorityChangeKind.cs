namespace ChildServicesApi.Features.Authorities;

internal enum AuthorityChangeKind
{
    /// <summary>One authority's area divided between two or more successors.</summary>
    Split,
    /// <summary>Two or more authorities' areas joined into one successor.</summary>
    Merger,
}
