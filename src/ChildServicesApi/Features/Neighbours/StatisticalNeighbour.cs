using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.Neighbours;

/// <summary>One of an authority's ten statistical neighbours in one DfE model.</summary>
internal sealed class StatisticalNeighbour
{
    public int Id { get; set; }

    /// <summary>The model's year: 2025 or 2021.</summary>
    public int ModelYear { get; set; }

    public int AuthorityId { get; set; }
    public Geography Authority { get; set; } = null!;

    /// <summary>1 is the closest.</summary>
    public int Rank { get; set; }

    public int NeighbourId { get; set; }
    public Geography Neighbour { get; set; } = null!;

    public Closeness Closeness { get; set; }

    /// <summary>The band as the file spells it.</summary>
    public required string SourceValue { get; set; }

    public int SourceFileId { get; set; }
    public SourceFile SourceFile { get; set; } = null!;
    public int SourceLine { get; set; }
}
