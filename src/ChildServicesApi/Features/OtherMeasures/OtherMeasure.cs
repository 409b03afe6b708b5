namespace ChildServicesApi.Features.OtherMeasures;

/// <summary>
/// A published measure whose unit is none of the indicators' (the average SDQ score of children looked after, first time entrants to youth justice per 100,000):
/// a family of its own beside the indicators, its unit and period stated in words and dates rather than by a closed enum.
/// </summary>
internal sealed class OtherMeasure
{
    /// <summary>Stable kebab-case id, e.g. <c>looked-after-sdq-score</c>.</summary>
    public required string Id { get; set; }
    public required string Title { get; set; }
    /// <summary>The unit in words.</summary>
    public required string UnitDescription { get; set; }
    /// <summary>The decimals the figures are published to.</summary>
    public int Decimals { get; set; }
    /// <summary>What a year's period is, in words.</summary>
    public required string PeriodDescription { get; set; }
    /// <summary>Which way the dictionary's Polarity says is better; null where it gives none.</summary>
    public BetterWhen? BetterWhen { get; set; }
    /// <summary>What is left out of the measure's figures and why, one note per line.</summary>
    public required string Notes { get; set; }
    /// <summary>LAIT's code for the measure, e.g. <c>Emotional_LAC</c>.</summary>
    public required string LaitCode { get; set; }
    /// <summary>The measure's name in LAIT's data dictionary.</summary>
    public required string LaitName { get; set; }
    /// <summary>LAIT's topic for the measure, e.g. Children Looked After.</summary>
    public required string LaitTopic { get; set; }
    /// <summary>The dictionary's description, verbatim but for its line breaks (LF).</summary>
    public required string Definition { get; set; }
    /// <summary>The dictionary's methodology, verbatim but for its line breaks (LF); null where it gives none ("-").</summary>
    public string? Methodology { get; set; }
    /// <summary>1-based line of the measure in LAIT's data dictionary.</summary>
    public int DictionaryLine { get; set; }
    public required string Publisher { get; set; }
    public required string Publication { get; set; }
    public required string PublicationUrl { get; set; }
    public required string Licence { get; set; }
}
