using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Inspections;

/// <summary>A named judgement within an inspection.</summary>
/// <param name="Name">As Ofsted's table heads it. <example>The experiences and progress of children in care</example></param>
/// <param name="Grade">outstanding, good, requires-improvement-to-be-good or inadequate; null where not judged.</param>
internal sealed record JudgementResponse(string Name, OfstedGrade? Grade);

/// <summary>One Ofsted inspection or visit of an authority's children's services.</summary>
/// <param name="Id">Stable within a data version.</param>
/// <param name="Authority">The authority inspected.</param>
/// <param name="Framework">slac, slac-safeguarding-reinspection, slac-looked-after-reinspection, child-protection, child-protection-reinspection, targeted-looked-after, sif, sif-reinspection, ilacs-standard, ilacs-short, ilacs-focused-visit or monitoring-visit.</param>
/// <param name="InspectionDate">First day on site, where the sources give it.</param>
/// <param name="InspectionDateSource">Null when the date is in Ofsted's own sheet; otherwise where it was read from (SIF dates are derived from the reports' text).</param>
/// <param name="PublicationDate">Date the report was published. <example>2017-07-07</example></param>
/// <param name="OverallEffectiveness">outstanding, good, requires-improvement-to-be-good or inadequate; null for visits and SLAC, and where <c>overallEffectivenessReason</c> says why.</param>
/// <param name="OverallEffectivenessReason">Why an inspection that judges overall effectiveness has no grade: ILACS inspections after the April 2026 reform, whose reports give none. Null otherwise.</param>
/// <param name="Judgements">Sub-judgements, in the report's order.</param>
/// <param name="VisitTheme">The theme of a focused visit.</param>
/// <param name="WebLink">Ofsted's page for the authority or report; for a third-party-compilation record, Ofsted's report itself.</param>
/// <param name="Source">official (Ofsted's own statistics sheets, to March 2025) or third-party-compilation (Data to Insight's ILACS scrape tool, which reads Ofsted's reports: reports published after 31 March 2025 only, never mixed silently with the official sheets).</param>
/// <param name="Citation">Where this record comes from, in one line: the seed file and line; for a third-party-compilation record also Ofsted's report (its URL) and the compilation (repository, commit, licence).</param>
internal sealed record InspectionResponse(
    int Id, GeographyRef Authority, InspectionFramework Framework, DateOnly? InspectionDate, string? InspectionDateSource, DateOnly PublicationDate,
    OfstedGrade? OverallEffectiveness, string? OverallEffectivenessReason, IReadOnlyList<JudgementResponse> Judgements, string? VisitTheme, string? WebLink,
    InspectionSource Source, string Citation) : IHeldRow
{
    HeldRendering IHeldRow.Rendering { get; } = new();
}
