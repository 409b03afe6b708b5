namespace ChildServicesApi.Features.Authorities;

/// <summary>One predecessor-to-successor link of a local government reorganisation.</summary>
internal sealed class AuthorityChange
{
    public int Id { get; set; }
    public int PredecessorId { get; set; }
    public Geography Predecessor { get; set; } = null!;
    public int SuccessorId { get; set; }
    public Geography Successor { get; set; } = null!;
    /// <summary>The day the successor took over.</summary>
    public DateOnly EffectiveDate { get; set; }
    public AuthorityChangeKind Kind { get; set; }
    /// <summary>The legal instrument or official notice that made the change.</summary>
    public required string Basis { get; set; }
}
