namespace ChildServicesApi.Features.Indicators;

/// <summary>One published measure: what it counts, in what unit, over what period, and where it is published.</summary>
internal sealed class Indicator
{
    /// <summary>Stable kebab-case id, e.g. <c>children-in-need</c>.</summary>
    public required string Id { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public required string Topic { get; set; }
    public IndicatorUnit Unit { get; set; }
    public PeriodKind PeriodKind { get; set; }
    public required string Publisher { get; set; }
    public required string Publication { get; set; }
    /// <summary>The table, file and column the figures are read from.</summary>
    public required string SourceTable { get; set; }
    public string? SourceUrl { get; set; }
    public required string Licence { get; set; }

    /// <summary>The latest year any geography has a figure or status for; set at import by <see cref="Data.Import.IndicatorNotes"/>.</summary>
    public int? LatestYear { get; set; }
    public string? LatestPeriod { get; set; }
    /// <summary>The release the latest year's current figures come from.</summary>
    public string? LatestRelease { get; set; }
    /// <summary>The month ("2026-10") the next release is expected, from a recorded date; null when nothing recorded says.</summary>
    public string? NextReleaseExpected { get; set; }
    /// <summary>What <see cref="NextReleaseExpected"/> rests on, or why it is unknown.</summary>
    public string NextReleaseBasis { get; set; } = "";
    /// <summary>The publishers' notes on the figures (<see cref="Data.Import.Sources.Caveats"/>), in catalogue order.</summary>
    public List<IndicatorCaveat> Caveats { get; set; } = [];
}
