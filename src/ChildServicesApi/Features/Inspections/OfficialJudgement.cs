using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.Inspections;

/// <summary>One authority's line in one of Ofsted's official snapshots of judgements in force, as published.</summary>
internal sealed class OfficialJudgement
{
    public int Id { get; set; }
    /// <summary>The snapshot's date (31 March of the edition's year).</summary>
    public DateOnly AsAt { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;
    /// <summary>Null where the snapshot says the authority was not yet inspected.</summary>
    public OfstedGrade? Grade { get; set; }
    /// <summary>The first day on site of the inspection that gave the grade.</summary>
    public DateOnly? InspectionDate { get; set; }
    /// <summary>Only the 2025 edition gives it.</summary>
    public DateOnly? PublicationDate { get; set; }
    /// <summary>The cells as published, e.g. "Requires improvement to be good", "Not yet inspected".</summary>
    public required string SourceValue { get; set; }
    public int SourceFileId { get; set; }
    public SourceFile SourceFile { get; set; } = null!;
    public int SourceLine { get; set; }
}
