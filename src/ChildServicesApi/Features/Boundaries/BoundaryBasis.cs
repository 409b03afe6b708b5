namespace ChildServicesApi.Features.Boundaries;

/// <summary>Where an authority's drawn area comes from.</summary>
internal enum BoundaryBasis
{
    /// <summary>ONS's December 2023 boundary of the authority itself, as published.</summary>
    Published,
    /// <summary>An abolished authority whose successors came only from it: the union of their December 2023 boundaries.</summary>
    UnionOfSuccessors,
    /// <summary>An abolished authority no December 2023 boundary, nor any union of them, matches: no geometry.</summary>
    NoMatchingBoundary,
}
