using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.Spending;

/// <summary>One line of a Section 251 outturn return for one authority and financial year, in pounds.</summary>
internal sealed class SpendingLine
{
    public long Id { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;
    /// <summary>Calendar year the financial year ends in: 2024-25 is 2025.</summary>
    public int Year { get; set; }
    /// <summary>"2024-25".</summary>
    public required string FinancialYear { get; set; }
    /// <summary>The source's own line number, where it numbers its lines.</summary>
    public string? LineReference { get; set; }
    /// <summary>The source's own label for the line, trimmed.</summary>
    public required string Label { get; set; }
    /// <summary>Null for lines outside children's social care (youth justice, Sure Start, services for young people, totals of the whole children's budget).</summary>
    public SpendingCategory? Category { get; set; }
    public SpendingLineRole Role { get; set; }
    /// <summary>Gross (total) expenditure in pounds, pence kept as published; null unless <see cref="Status"/> is Published.</summary>
    public double? GrossExpenditure { get; set; }
    /// <summary>Net current expenditure in pounds, where the source gives it.</summary>
    public double? NetCurrentExpenditure { get; set; }
    public Indicators.ObservationStatus Status { get; set; }
    public int SourceFileId { get; set; }
    public SourceFile SourceFile { get; set; } = null!;
    public int SourceLine { get; set; }
}
