using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.Inspections;

/// <summary>One Ofsted inspection or visit of a local authority's children's services.</summary>
internal sealed class Inspection
{
    public int Id { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;
    public InspectionFramework Framework { get; set; }
    /// <summary>First day on site, where the source gives it.</summary>
    public DateOnly? InspectionDate { get; set; }
    /// <summary>Where <see cref="InspectionDate"/> comes from when not from the inspection's own row (SIF: read from the report).</summary>
    public string? InspectionDateSource { get; set; }
    public DateOnly PublicationDate { get; set; }
    /// <summary>Null for visits, and for frameworks that gave no single overall grade (SLAC).</summary>
    public OfstedGrade? OverallEffectiveness { get; set; }
    /// <summary>Why an inspection that judges overall effectiveness has no grade (ILACS after the April 2026 reform); null otherwise.</summary>
    public string? OverallEffectivenessReason { get; set; }
    /// <summary>The theme of a focused visit, as Ofsted words it.</summary>
    public string? VisitTheme { get; set; }
    public string? WebLink { get; set; }
    public int SourceFileId { get; set; }
    public SourceFile SourceFile { get; set; } = null!;
    public int SourceLine { get; set; }
    /// <summary>Official or a third-party compilation: never mixed silently.</summary>
    public InspectionSource Source { get; set; }
    /// <summary>The record's citation in one line: the file and line, and for a compilation also Ofsted's report and the tool that read it.</summary>
    public string Citation { get; set; } = "";
    public List<InspectionJudgement> Judgements { get; set; } = [];
}
