namespace ChildServicesApi.Features.Indicators;

/// <summary>One of a publisher's notes on an indicator's figures, with where it is recorded.</summary>
internal sealed class IndicatorCaveat
{
    public int Id { get; set; }
    public string IndicatorId { get; set; } = null!;
    /// <summary>Order within the indicator's caveats (catalogue order).</summary>
    public int Position { get; set; }
    public required string Text { get; set; }
    public required string Source { get; set; }
}
