using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.Spending;

/// <summary>
/// The working behind one derived spending figure (spend per child): which spending total, which child count. For an
/// authority, its own two published figures; for England, a region or a London sub-region, the sums of both over a
/// matched set of its authorities (<see cref="AuthoritiesIncluded"/>), with the authorities left out in <see cref="LeftOut"/>.
/// </summary>
internal sealed class Derivation
{
    /// <summary>Assigned by the importer (not the database) so the left-out rows can refer to it in a bulk insert.</summary>
    public int Id { get; set; }
    public required string IndicatorId { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;

    /// <summary>The financial year's end year (2025 = 2024-25), as the derived observation.</summary>
    public int Year { get; set; }

    public double? Value { get; set; }
    public ObservationStatus Status { get; set; }

    public required string NumeratorLabel { get; set; }
    /// <summary>An authority's spending total, or for an area the sum over the authorities included.</summary>
    public double? NumeratorValue { get; set; }
    public ObservationStatus NumeratorStatus { get; set; }
    public int NumeratorSourceFileId { get; set; }
    public SourceFile NumeratorSourceFile { get; set; } = null!;
    /// <summary>The line of an authority's total; null for an area's sum, whose lines are the included authorities' own.</summary>
    public int? NumeratorSourceLine { get; set; }

    public required string DenominatorIndicatorId { get; set; }
    public int DenominatorYear { get; set; }
    /// <summary>An authority's child count, or for an area the sum over the authorities included.</summary>
    public double? DenominatorValue { get; set; }
    public ObservationStatus DenominatorStatus { get; set; }
    public int DenominatorSourceFileId { get; set; }
    public SourceFile DenominatorSourceFile { get; set; } = null!;
    /// <summary>The line of an authority's count; null for an area's sum.</summary>
    public int? DenominatorSourceLine { get; set; }

    /// <summary>For England, a region or a sub-region: how many authorities the sums cover. Null for an authority.</summary>
    public int? AuthoritiesIncluded { get; set; }

    /// <summary>For an area: its authorities left out of both sums because one of their inputs is not published.</summary>
    public List<DerivationLeftOut> LeftOut { get; set; } = [];
}
