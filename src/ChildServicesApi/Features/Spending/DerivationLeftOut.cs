using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Features.Spending;

/// <summary>An authority of an area left out of the area's matched-set spend per child, and why.</summary>
internal sealed class DerivationLeftOut
{
    public int Id { get; set; }
    public int DerivationId { get; set; }
    public Derivation Derivation { get; set; } = null!;
    public int AuthorityId { get; set; }
    public Geography Authority { get; set; } = null!;
    /// <summary>The status of its spending total; <see cref="ObservationStatus.Missing"/> when the source has no line for it.</summary>
    public ObservationStatus SpendingStatus { get; set; }
    /// <summary>The status of its child count; <see cref="ObservationStatus.Missing"/> when the source has no row for it.</summary>
    public ObservationStatus ChildCountStatus { get; set; }
    /// <summary>e.g. "no published S251 total for 2024-25 (not available: lait/... line 15140)".</summary>
    public required string Reason { get; set; }
}
