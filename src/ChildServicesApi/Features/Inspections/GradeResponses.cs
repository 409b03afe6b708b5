using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Inspections;

/// <summary>How a grade compares with the one before it.</summary>
internal enum GradeMovement
{
    /// <summary>The first graded inspection.</summary>
    First,
    Improved,
    Unchanged,
    Declined,
}

/// <summary>An authority's overall direction of travel, from its last two grades.</summary>
internal enum GradeDirection
{
    NeverGraded,
    SingleGrade,
    Improving,
    Unchanged,
    Declining,
}

/// <summary>The overall effectiveness judgement in force for one authority.</summary>
/// <param name="Authority">The authority.</param>
/// <param name="Grade">The grade in force; null when never inspected (with an overall grade) by the date.</param>
/// <param name="Framework">The framework of the inspection that gave it (sif, ilacs-standard...).</param>
/// <param name="InspectionDate">The first day of the inspection on site, where the source gives it.</param>
/// <param name="PublicationDate">When the report was published.</param>
/// <param name="WebLink">Ofsted's report page.</param>
/// <param name="Source">Where the inspection that gave the grade comes from: official (Ofsted's own statistics sheets, to March 2025) or third-party-compilation (Data to Insight's ILACS scrape tool, which reads Ofsted's reports: reports published after 31 March 2025 only, never mixed silently with the official sheets). Null when never inspected.</param>
internal sealed record JudgementInForce(GeographyRef Authority, OfstedGrade? Grade, InspectionFramework? Framework, DateOnly? InspectionDate, DateOnly? PublicationDate, string? WebLink,
    InspectionSource? Source);

/// <summary>How many inspected authorities held a grade.</summary>
/// <param name="Grade">The grade.</param>
/// <param name="Count">Authorities with it.</param>
/// <param name="Share">Percent of the inspected authorities, one decimal place.</param>
internal sealed record GradeCount(OfstedGrade Grade, int Count, double? Share);

/// <summary>Every authority's Ofsted overall effectiveness judgement in force at a date, with counts and shares per grade.</summary>
/// <param name="AsAt">The date. <example>2017-03-31</example></param>
/// <param name="Basis">inspection (from the day the inspection started, report published by the cut-off) or publication (from the day the report was published).</param>
/// <param name="ReportsPublishedBy">On the inspection basis, the publication cut-off applied; null on the publication basis.</param>
/// <param name="Method">Which inspection counts as in force.</param>
/// <param name="Authorities">Authorities that existed on the date.</param>
/// <param name="Inspected">Those with a grade in force.</param>
/// <param name="NeverInspected">Those not yet inspected with an overall grade by the date, counted separately from the shares.</param>
/// <param name="GoodOrOutstanding">Inspected authorities graded good or outstanding.</param>
/// <param name="GoodOrOutstandingShare">That as a percent of the inspected, one decimal place.</param>
/// <param name="Grades">Count and share per grade, outstanding first.</param>
/// <param name="FromCompilation">Grades in force that come from the third-party compilation (source third-party-compilation), not Ofsted's own sheets.</param>
/// <param name="Items">Each authority's judgement in force, by name.</param>
/// <param name="Sources">The files the inspections come from: Ofsted's sheets, and the third-party compilation where it gives a grade in force.</param>
/// <param name="Permalink">This answer, pinned to the data version.</param>
/// <param name="Warnings">Set when asAt is after the date the inspection data covers (Ofsted's latest outcomes edition): inspections since are not in this data.</param>
internal sealed record JudgementsInForceResponse(
    DateOnly AsAt, string Basis, DateOnly? ReportsPublishedBy, [CsvOmit] string Method, int Authorities, int Inspected, int NeverInspected, int GoodOrOutstanding, double? GoodOrOutstandingShare,
    IReadOnlyList<GradeCount> Grades, int FromCompilation, [CsvRows] IReadOnlyList<JudgementInForce> Items, IReadOnlyList<SourceFileResponse> Sources, string Permalink,
    IReadOnlyList<ResponseWarning> Warnings);

/// <summary>One authority's line in an official Ofsted snapshot, as published.</summary>
/// <param name="Authority">The authority.</param>
/// <param name="Grade">The overall effectiveness grade in force; null where Ofsted says not yet inspected.</param>
/// <param name="InspectionDate">The first day on site of the inspection that gave it.</param>
/// <param name="PublicationDate">When its report was published, where the edition gives it (2025 only).</param>
/// <param name="SourceValue">The grade cell as published. <example>Requires improvement to be good</example></param>
/// <param name="SourceLine">The line of the source file.</param>
internal sealed record OfficialJudgementResponse(GeographyRef Authority, OfstedGrade? Grade, DateOnly? InspectionDate, DateOnly? PublicationDate, string SourceValue, int SourceLine);

/// <summary>One of Ofsted's own snapshots of every authority's judgement in force, served as published.</summary>
/// <param name="AsAt">The snapshot's date. <example>2025-03-31</example></param>
/// <param name="Publication">The edition and the rule its notes state.</param>
/// <param name="ReportsPublishedBy">The edition's publication cut-off.</param>
/// <param name="Authorities">Authorities listed.</param>
/// <param name="Inspected">Those with a grade.</param>
/// <param name="NotYetInspected">Those Ofsted lists as not yet inspected.</param>
/// <param name="Grades">Count and share of the inspected per grade, outstanding first.</param>
/// <param name="Items">Each authority's line, by name.</param>
/// <param name="JudgementsInForce">The API's own answer for the same date (default basis), to set beside this.</param>
/// <param name="Sources">The file this comes from.</param>
/// <param name="Permalink">This answer, pinned to the data version.</param>
internal sealed record OfficialSnapshotResponse(
    DateOnly AsAt, [CsvOmit] string Publication, DateOnly ReportsPublishedBy, int Authorities, int Inspected, int NotYetInspected,
    IReadOnlyList<GradeCount> Grades, [CsvRows] IReadOnlyList<OfficialJudgementResponse> Items, string JudgementsInForce,
    IReadOnlyList<SourceFileResponse> Sources, string Permalink);

/// <summary>One graded inspection in an authority's history.</summary>
/// <param name="Framework">sif, ilacs-standard, ilacs-short...</param>
/// <param name="InspectionDate">The first day of the inspection on site, where the source gives it.</param>
/// <param name="PublicationDate">When the report was published.</param>
/// <param name="Grade">The overall effectiveness grade.</param>
/// <param name="Movement">first, improved, unchanged or declined against the grade before.</param>
/// <param name="WebLink">Ofsted's report page.</param>
/// <param name="Source">official (Ofsted's own statistics sheets, to March 2025) or third-party-compilation (Data to Insight's ILACS scrape tool, which reads Ofsted's reports: reports published after 31 March 2025 only, never mixed silently with the official sheets).</param>
internal sealed record GradeStep(InspectionFramework Framework, DateOnly? InspectionDate, DateOnly PublicationDate, OfstedGrade Grade, GradeMovement Movement, string? WebLink,
    InspectionSource Source);

/// <summary>An authority's overall effectiveness grades over time (SIF and ILACS share the four-point scale).</summary>
/// <param name="Authority">The authority.</param>
/// <param name="Direction">From the last two grades: improving, unchanged, declining; or single-grade, never-graded.</param>
/// <param name="Current">The grade in force now.</param>
/// <param name="Grades">Graded inspections, oldest first.</param>
/// <param name="Sources">The files the inspections come from: Ofsted's sheets, and the third-party compilation where it gives a grade.</param>
/// <param name="Permalink">This answer, pinned to the data version.</param>
internal sealed record GradeHistoryResponse(
    GeographyRef Authority, GradeDirection Direction, OfstedGrade? Current, [CsvRows] IReadOnlyList<GradeStep> Grades,
    IReadOnlyList<SourceFileResponse> Sources, string Permalink);
