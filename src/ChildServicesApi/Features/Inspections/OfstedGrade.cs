namespace ChildServicesApi.Features.Inspections;

/// <summary>Ofsted's four-point scale; the numeric value orders it from best (1) to worst (4).</summary>
internal enum OfstedGrade
{
    Outstanding = 1,
    Good = 2,
    RequiresImprovementToBeGood = 3,
    Inadequate = 4,
}
