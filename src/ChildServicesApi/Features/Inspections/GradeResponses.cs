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
/// <param name="InspectionDate">When the inspection ended, where Ofsted gives it.</param>
/// <param name="PublicationDate">When the report was published: the judgement is in force from then.</param>
/// <param name="WebLink">Ofsted's report page.</param>
internal sealed record JudgementInForce(GeographyRef Authority, OfstedGrade? Grade, InspectionFramework? Framework, DateOnly? InspectionDate, DateOnly? PublicationDate, string? WebLink);

/// <summary>How many inspected authorities held a grade.</summary>
/// <param name="Grade">The grade.</param>
/// <param name="Count">Authorities with it.</param>
/// <param name="Share">Percent of the inspected authorities, one decimal place.</param>
internal sealed record GradeCount(OfstedGrade Grade, int Count, double? Share);

/// <summary>Every authority's Ofsted overall effectiveness judgement in force at a date, with counts and shares per grade.</summary>
/// <param name="AsAt">The date. <example>2017-03-31</example></param>
/// <param name="Method">Which inspection counts as in force.</param>
/// <param name="Authorities">Authorities that existed on the date.</param>
/// <param name="Inspected">Those with a grade in force.</param>
/// <param name="NeverInspected">Those not yet inspected with an overall grade by the date, counted separately from the shares.</param>
/// <param name="GoodOrOutstanding">Inspected authorities graded good or outstanding.</param>
/// <param name="GoodOrOutstandingShare">That as a percent of the inspected, one decimal place.</param>
/// <param name="Grades">Count and share per grade, outstanding first.</param>
/// <param name="Items">Each authority's judgement in force, by name.</param>
/// <param name="Sources">The Ofsted files the inspections come from.</param>
/// <param name="Permalink">This answer, pinned to the data version.</param>
internal sealed record JudgementsInForceResponse(
    DateOnly AsAt, [CsvOmit] string Method, int Authorities, int Inspected, int NeverInspected, int GoodOrOutstanding, double? GoodOrOutstandingShare,
    IReadOnlyList<GradeCount> Grades, [CsvRows] IReadOnlyList<JudgementInForce> Items, IReadOnlyList<SourceFileResponse> Sources, string Permalink);

/// <summary>One graded inspection in an authority's history.</summary>
/// <param name="Framework">sif, ilacs-standard, ilacs-short...</param>
/// <param name="InspectionDate">When the inspection ended, where Ofsted gives it.</param>
/// <param name="PublicationDate">When the report was published.</param>
/// <param name="Grade">The overall effectiveness grade.</param>
/// <param name="Movement">first, improved, unchanged or declined against the grade before.</param>
/// <param name="WebLink">Ofsted's report page.</param>
internal sealed record GradeStep(InspectionFramework Framework, DateOnly? InspectionDate, DateOnly PublicationDate, OfstedGrade Grade, GradeMovement Movement, string? WebLink);

/// <summary>An authority's overall effectiveness grades over time (SIF and ILACS share the four-point scale).</summary>
/// <param name="Authority">The authority.</param>
/// <param name="Direction">From the last two grades: improving, unchanged, declining; or single-grade, never-graded.</param>
/// <param name="Current">The grade in force now.</param>
/// <param name="Grades">Graded inspections, oldest first.</param>
/// <param name="Sources">The Ofsted files the inspections come from.</param>
/// <param name="Permalink">This answer, pinned to the data version.</param>
internal sealed record GradeHistoryResponse(
    GeographyRef Authority, GradeDirection Direction, OfstedGrade? Current, [CsvRows] IReadOnlyList<GradeStep> Grades,
    IReadOnlyList<SourceFileResponse> Sources, string Permalink);
