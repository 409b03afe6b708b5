namespace ChildServicesApi.Features.Spending;

/// <summary>The S251 blocks of children's social care, comparable across years (see seed/PROVENANCE.md for the line mapping).</summary>
internal enum SpendingCategory
{
    ChildrenLookedAfter,
    Safeguarding,
    FamilySupport,
    OtherChildrensAndFamilyServices,
    /// <summary>The four blocks above added together.</summary>
    TotalChildrensSocialCare,
}
