using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.OtherMeasures;

/// <summary>One published figure of an other measure (or the reason there is none) for a geography and a year.</summary>
internal sealed class OtherMeasureFigure
{
    public long Id { get; set; }
    public required string MeasureId { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;
    /// <summary>Calendar year the period ends in (LAIT's label).</summary>
    public int Year { get; set; }
    /// <summary>"Year to 31 March 2025".</summary>
    public required string Period { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    /// <summary>The figure, to the published decimals; null whenever <see cref="Status"/> is not Published.</summary>
    public double? Value { get; set; }
    public ObservationStatus Status { get; set; }
    /// <summary>Why a cell LAIT gives as a number is not the measure's figure (then not-available); null for LAIT's own dash and for a figure.</summary>
    public string? Reason { get; set; }
    /// <summary>The cell exactly as LAIT gives it.</summary>
    public required string SourceValue { get; set; }
    public int SourceFileId { get; set; }
    public SourceFile SourceFile { get; set; } = null!;
    /// <summary>1-based line of the source file.</summary>
    public int SourceLine { get; set; }
}
