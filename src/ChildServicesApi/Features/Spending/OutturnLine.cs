namespace ChildServicesApi.Features.Spending;

/// <summary>
/// The children's social care lines of MHCLG's revenue outturn, as the forms name them. They are MHCLG's lines, not
/// Section 251's categories: RO3's total includes Sure Start, youth justice, asylum seekers and services for young people.
/// </summary>
internal enum OutturnLine
{
    /// <summary>RSX line 330, Children Social Care: the service total.</summary>
    RsxChildrenSocialCare,
    /// <summary>RO3 line 10, Sure Start children's centres and early years.</summary>
    SureStartAndEarlyYears,
    /// <summary>RO3 line 13, Children looked after.</summary>
    ChildrenLookedAfter,
    /// <summary>RO3 line 16, of which residential care.</summary>
    ChildrenLookedAfterResidentialCare,
    /// <summary>RO3 line 17, of which fostering services.</summary>
    ChildrenLookedAfterFostering,
    /// <summary>RO3 line 18, of which asylum-seeking children who are looked after.</summary>
    ChildrenLookedAfterAsylumSeekers,
    /// <summary>RO3 line 19, of which other.</summary>
    ChildrenLookedAfterOther,
    /// <summary>RO3 line 15, Other children's and families services.</summary>
    OtherChildrensAndFamiliesServices,
    /// <summary>RO3 line 22, Family support services.</summary>
    FamilySupportServices,
    /// <summary>RO3 line 23, Youth justice.</summary>
    YouthJustice,
    /// <summary>RO3 line 25, Safeguarding children and young people's services.</summary>
    Safeguarding,
    /// <summary>RO3 line 26, Asylum seekers.</summary>
    AsylumSeekers,
    /// <summary>RO3 line 27, Services for young people.</summary>
    ServicesForYoungPeople,
    /// <summary>RO3 line 30, Total children social care: every line above except the "of which" lines.</summary>
    TotalChildrenSocialCare,
}
