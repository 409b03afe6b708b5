namespace ChildServicesApi.Features.SchoolOutcomes;

/// <summary>What a school outcome's figure is.</summary>
internal enum SchoolOutcomeUnit
{
    /// <summary>A percentage of the cohort's pupils (or, for absence, of the sessions they could attend).</summary>
    Percent,
    /// <summary>An average score per pupil on DfE's scale for the measure: Attainment 8 points, a Progress 8 or key stage 2 progress score (0 is the national average progress), or an EBacc average point score.</summary>
    AverageScore,
}
