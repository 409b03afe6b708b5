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
}
