using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.Indicators;

/// <summary>One published figure (or the reason there is none) for an indicator, a geography and a period.</summary>
internal sealed class Observation
{
    public long Id { get; set; }
    public required string IndicatorId { get; set; }
    public Indicator Indicator { get; set; } = null!;
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;
    /// <summary>Calendar year in which the period ends (31 March 2025, the year to 31 March 2025 and mid-2025 are all 2025).</summary>
    public int Year { get; set; }
    /// <summary>The period as a person reads it: "31 March 2025", "Year to 31 March 2025", "30 September 2025", "Year to 30 September 2025", "2024-25", "Mid-2024".</summary>
    public required string Period { get; set; }
    /// <summary>The figure; null whenever <see cref="Status"/> is not Published.</summary>
    public double? Value { get; set; }
    public ObservationStatus Status { get; set; }
    /// <summary>The cell exactly as published, e.g. "402400", "c", "x".</summary>
    public required string SourceValue { get; set; }
    public int SourceFileId { get; set; }
    public SourceFile SourceFile { get; set; } = null!;
    /// <summary>1-based line of the source file the figure was read from; 0 for a figure summed over many lines (England's and the regions' spend per child, whose derivation lists its authorities).</summary>
    public int SourceLine { get; set; }
    /// <summary>False where a later release of the same statistic gives this period too.</summary>
    public bool IsCurrent { get; set; }
    /// <summary>Why there is no figure, in a sentence; null when published. Set at import by <see cref="StatusReasons"/>.</summary>
    public string? StatusReason { get; set; }
    /// <summary>Where <see cref="StatusReason"/> comes from: the publisher's definition of its symbol, a reorganisation order, or a derivation's input.</summary>
    public string? StatusReasonSource { get; set; }
}
