using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.Spending;

/// <summary>The working behind one derived spending figure (spend per child): which spending total, which child count.</summary>
internal sealed class Derivation
{
    public int Id { get; set; }
    public required string IndicatorId { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;

    /// <summary>The financial year's end year (2025 = 2024-25), as the derived observation.</summary>
    public int Year { get; set; }

    public double? Value { get; set; }
    public ObservationStatus Status { get; set; }

    public required string NumeratorLabel { get; set; }
    public double? NumeratorValue { get; set; }
    public ObservationStatus NumeratorStatus { get; set; }
    public int NumeratorSourceFileId { get; set; }
    public SourceFile NumeratorSourceFile { get; set; } = null!;
    public int NumeratorSourceLine { get; set; }

    public required string DenominatorIndicatorId { get; set; }
    public int DenominatorYear { get; set; }
    public double? DenominatorValue { get; set; }
    public ObservationStatus DenominatorStatus { get; set; }
    public int DenominatorSourceFileId { get; set; }
    public SourceFile DenominatorSourceFile { get; set; } = null!;
    public int DenominatorSourceLine { get; set; }
}
