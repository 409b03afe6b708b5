namespace ChildServicesApi.Features.Inspections;

/// <summary>The graded inspection that gives an authority its overall effectiveness judgement in force at a date.</summary>
internal sealed record GradeInForce(
    int Id, int GeographyId, InspectionFramework Framework, DateOnly? InspectionDate, DateOnly PublicationDate, OfstedGrade Grade, string? WebLink, int SourceFileId, InspectionSource Source);
