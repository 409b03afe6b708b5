using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.Spending;

/// <summary>
/// One cell of MHCLG's revenue outturn (RO3 or RSX) for one children's services authority, financial year, line and
/// measure, in pounds. A different publication from Section 251, with different definitions: never added to its lines.
/// </summary>
internal sealed class OutturnFigure
{
    public long Id { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;
    /// <summary>Calendar year the financial year ends in: 2024-25 is 2025.</summary>
    public int Year { get; set; }
    /// <summary>"2024-25".</summary>
    public required string FinancialYear { get; set; }
    public OutturnForm Form { get; set; }
    public OutturnLine Line { get; set; }
    /// <summary>The form's own line number: "330" on RSX, "13" on RO3.</summary>
    public required string LineReference { get; set; }
    /// <summary>The line's title as the file gives it.</summary>
    public required string Label { get; set; }
    public OutturnMeasure Measure { get; set; }
    /// <summary>Pounds: the file's £ thousand times 1000, exactly; null unless <see cref="Status"/> is Published.</summary>
    public double? Value { get; set; }
    public ObservationStatus Status { get; set; }
    /// <summary>The cell as published, in £ thousand, or its symbol.</summary>
    public required string SourceValue { get; set; }
    public int SourceFileId { get; set; }
    public SourceFile SourceFile { get; set; } = null!;
    public required string Sheet { get; set; }
    /// <summary>1-based row on the sheet.</summary>
    public int SheetRow { get; set; }
    /// <summary>Column letters on the sheet, e.g. "AB".</summary>
    public required string Column { get; set; }
}
