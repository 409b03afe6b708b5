namespace ChildServicesApi.Features.Authorities;

/// <summary>
/// Another GSS code some tables use for the same authority: ONS recodes an authority after even a minor boundary
/// change, and the DfE tables do not all switch in the same year.
/// </summary>
internal sealed class GssCodeAlias
{
    public required string Code { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;
    /// <summary>Why the code exists and which tables use it.</summary>
    public required string Reason { get; set; }
}
