using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Features.Statistics;

/// <summary>
/// How complete one indicator is in one year, computed once per data version at import (table <c>Coverage</c>), so
/// <c>/api/v1/coverage</c> costs a keyed, paged read whatever is asked.
/// </summary>
internal sealed class CoverageEntry
{
    public int Id { get; set; }
    public required string IndicatorId { get; set; }
    public Indicator Indicator { get; set; } = null!;
    public int Year { get; set; }
    public required string Period { get; set; }
    public int Authorities { get; set; }
    public int Published { get; set; }
    public int Suppressed { get; set; }
    public int NotAvailable { get; set; }
    public int NotApplicable { get; set; }
    public int LowReliability { get; set; }
    public int RoundsToZero { get; set; }
    public int Missing { get; set; }
    public bool England { get; set; }
}
