using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.SchoolOutcomes;

/// <summary>One published school outcome (or the reason there is none) for a geography and an academic year.</summary>
internal sealed class SchoolOutcomeFigure
{
    public long Id { get; set; }
    public required string OutcomeId { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;
    /// <summary>Calendar year the academic year ends in: 2024/25 is 2025 (LAIT's label).</summary>
    public int Year { get; set; }
    /// <summary>"2024/25".</summary>
    public required string AcademicYear { get; set; }
    /// <summary>The figure, to the published decimals; null whenever <see cref="Status"/> is not Published.</summary>
    public double? Value { get; set; }
    public ObservationStatus Status { get; set; }
    /// <summary>The cell exactly as LAIT gives it.</summary>
    public required string SourceValue { get; set; }
    public int SourceFileId { get; set; }
    public SourceFile SourceFile { get; set; } = null!;
    /// <summary>1-based line of the source file.</summary>
    public int SourceLine { get; set; }
}
