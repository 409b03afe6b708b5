namespace ChildServicesApi.Features.SchoolOutcomes;

/// <summary>Which children a school outcome is of, as DfE's Outcomes for children in need groups them (each outcome's methodology gives the exact cohort).</summary>
internal enum SchoolOutcomeCohort
{
    /// <summary>Children in need (the CIN-NPD matched pupils DfE counts as in need at 31 March, or at 1 April for exclusions).</summary>
    ChildrenInNeed,
    /// <summary>Children on a child protection plan (DfE's CPP group).</summary>
    ChildProtectionPlan,
    /// <summary>Children looked after continuously for at least 12 months at 31 March.</summary>
    LookedAfter,
}
