using ChildServicesApi.Domain;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Spending;
using static ChildServicesApi.Features.Indicators.IndicatorUnit;
using static ChildServicesApi.Features.Indicators.PeriodKind;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// DfE's Local Authority Interactive Tool data: the published rates per 10,000 children (2015-2025) and the S251
/// outturn totals by block (2015-16 to 2024-25). Two snapshots of LAIT's data: the 2026-04-08 one, and the years
/// only the 2024-11-19 one still held (mostly 2015 and 2015-16).
/// </summary>
internal static class LaitSource
{
    public const string DictionaryFile = "lait/lait_data_dictionary.csv";

    public static readonly IReadOnlyList<(string Path, SourceCitation Citation)> DataFiles =
    [
        ("lait/lait_bds_long_csc_topics_2026-04-08.csv",
            new(Publications.Lait, "LAIT data of 2026-04-08", 20260408, "LAIT long-format data, children's social care topics (lait_bds_long_csc_topics_2026-04-08.csv)")),
        ("lait/lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv",
            new(Publications.Lait, "LAIT data of 2024-11-19", 20241119, "LAIT long-format data of 2024-11-19, years absent from the 2026-04-08 data (lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv)")),
    ];

    public static readonly SourceCitation DictionaryCitation =
        new(Publications.Lait, "LAIT data dictionary of 2026-04-08", 20260408, "LAIT data dictionary (lait_data_dictionary.csv)");

    /// <summary>A published rate; <paramref name="PeriodKind"/> follows the count it is a rate of (on 31 March, or over the year to 31 March).</summary>
    internal sealed record Rate(string MeasureCode, string IndicatorId, string Title, string Description, PeriodKind PeriodKind, string Publication, string Url);

    /// <summary>Rates DfE publishes per 10,000 children aged 0-17, which the EES tables above give only as counts.</summary>
    public static readonly IReadOnlyList<Rate> Rates =
    [
        new("CIN", "children-in-need-rate", "Children in need at 31 March per 10,000 children",
            "Children in need on 31 March per 10,000 children aged 0 to 17.", PeriodKind.At31March, Publications.ChildrenInNeed.Title, Publications.ChildrenInNeed.Url),
        new("CPP_Total_Rateper10,000", "referrals-rate", "Referrals per 10,000 children",
            "Referrals to children's social care in the year to 31 March per 10,000 children aged 0 to 17.", PeriodKind.YearTo31March, Publications.ChildrenInNeed.Title, Publications.ChildrenInNeed.Url),
        new("Section_47", "section-47-enquiries-rate", "Section 47 enquiries per 10,000 children",
            "Section 47 enquiries started in the year to 31 March per 10,000 children aged 0 to 17.", PeriodKind.YearTo31March, Publications.ChildrenInNeed.Title, Publications.ChildrenInNeed.Url),
        new("ISCP_Conf", "initial-child-protection-conferences-rate", "Initial child protection conferences per 10,000 children",
            "Initial child protection conferences in the year to 31 March per 10,000 children aged 0 to 17.", PeriodKind.YearTo31March, Publications.ChildrenInNeed.Title, Publications.ChildrenInNeed.Url),
        new("CPP_rate", "child-protection-plans-rate", "Children on a child protection plan at 31 March per 10,000 children",
            "Children on a child protection plan on 31 March per 10,000 children aged 0 to 17.", PeriodKind.At31March, Publications.ChildrenInNeed.Title, Publications.ChildrenInNeed.Url),
    ];

    /// <summary>A LAIT measure republishing the figures of an indicator an EES or SFR file already feeds.</summary>
    internal sealed record Republished(string MeasureCode, string IndicatorId);

    /// <summary>
    /// LAIT's children looked after figures (2015-2025), which it takes from DfE's <i>Children looked after in England
    /// including adoptions</i>. They fill only the years no publication file in seed/ gives for the indicator (2018 for
    /// the counts, 2015-2018 for the rate); in the other years they are compared with the publication's figure, not stored.
    /// </summary>
    public static readonly IReadOnlyList<Republished> ChildrenLookedAfter =
    [
        new("LACnum", "children-looked-after"),
        new("LAC", "children-looked-after-rate"),
        new("LACnum_Start", "children-starting-to-be-looked-after"),
        new("LACceased", "children-ceasing-to-be-looked-after"),
    ];

    /// <summary>
    /// A LAIT measure this API serves: the indicator it feeds, its unit, period kind and decimals, and the publication
    /// LAIT took it from (its data dictionary's Hyperlink(s), checked at import). With a <paramref name="Title"/> it is an
    /// indicator of its own, served from LAIT in every year; without one it republishes an indicator a publication file
    /// feeds, and fills only the years no such file gives (the rule of <see cref="ChildrenLookedAfter"/>).
    /// </summary>
    /// <param name="Decimals">The dictionary's <c>dps</c>; where it says NA, the decimals the original publication prints.</param>
    internal sealed record Measure(string Code, string IndicatorId, IndicatorUnit Unit, PeriodKind PeriodKind, int Decimals, Publication Original,
        string? Title = null, string? Description = null, string? Topic = null);

    /// <summary>DfE's workforce collection page, which LAIT's dictionary names for its workforce measures.</summary>
    public static readonly Publication Workforce = new(Publications.Dfe, Publications.Workforce.Title,
        "https://www.gov.uk/government/collections/statistics-childrens-social-care-workforce");

    /// <summary>DfE's LA and school expenditure statistics (S251 outturn), which LAIT's dictionary names for its unit costs.</summary>
    public static readonly Publication Expenditure = new(Publications.Dfe, "LA and school expenditure (Section 251 outturn)",
        "https://explore-education-statistics.service.gov.uk/find-statistics/la-and-school-expenditure");


    private static Measure Republishes(string code, string indicatorId, IndicatorUnit unit, PeriodKind periodKind, int decimals) =>
        new(code, indicatorId, unit, periodKind, decimals, Workforce);

    /// <summary>A weekly unit cost, with the formula of the dictionary's Methodology.</summary>
    private static Measure UnitCost(string code, string indicatorId, string title, string description, string formula = "(x / y) / 365 x 7") =>
        new(code, indicatorId, Pounds, FinancialYear, 0, Expenditure, title,
            $"{description} DfE computes it for LAIT as {formula} and rounds it to the nearest £5 (LAIT calls it approximate).", "Spending");

    /// <summary>
    /// The LAIT measures served beside <see cref="Rates"/>, <see cref="ChildrenLookedAfter"/> and <see cref="Finance"/>.
    /// The workforce ones give 2015 and 2016 (2016 only for cases and caseload), which the workforce file (2017-2025)
    /// does not; DfE's workforce publication prints FTEs, rates and percentages to one decimal place.
    /// </summary>
    public static readonly IReadOnlyList<Measure> Measures =
    [
        Republishes("Work_Force_NoSW", "social-workers-fte", FullTimeEquivalent, CensusAt30September, 1),
        Republishes("Work_Force_Vac_Rate", "social-worker-vacancy-rate-fte", Percent, CensusAt30September, 1),
        Republishes("Work_Force_TO_Rate", "social-worker-turnover-rate-fte", Percent, YearTo30September, 1),
        Republishes("Work_Force_Agecy_Rate", "agency-social-worker-rate-fte", Percent, CensusAt30September, 1),
        Republishes("Work_Force_AgencyCover", "agency-social-workers-covering-vacancies-percent", Percent, CensusAt30September, 1),
        Republishes("Vacancies_cover", "social-worker-vacancies-covered-by-agency-percent", Percent, CensusAt30September, 1),
        Republishes("Work_Force_SWAbsence", "social-worker-sickness-absence-rate", Percent, YearTo30September, 1),
        Republishes("Work_Force_Num_CaseHeld", "social-work-cases", Count, CensusAt30September, 0),
        Republishes("Work_Force_AvgNumCase_SW", "social-worker-caseload", Ratio, CensusAt30September, 1),
        Republishes("Social_Work_Starters", "social-worker-starters-fte", FullTimeEquivalent, YearTo30September, 1),
        Republishes("Social_Work_Leavers", "social-worker-leavers-fte", FullTimeEquivalent, YearTo30September, 1),
        UnitCost("LACFinance", "looked-after-children-weekly-unit-cost", "Children looked after: weekly unit cost (£)",
            "Gross spending on children looked after in the authority's Section 251 outturn (x) per child looked after on 31 March (y), per week."),
        UnitCost("FosteringFinance", "fostering-weekly-unit-cost", "Fostering: weekly unit cost (£)",
            "Gross spending on fostering services in the Section 251 outturn (x) per foster placement on 31 March (y), per week."),
        UnitCost("RescareFinance", "residential-care-weekly-unit-cost", "Residential care: weekly unit cost (£)",
            "Gross spending on residential care in the Section 251 outturn (x) per residential care day (secure units, children's homes, residential care homes and residential schools, from the SSDA903 return: y), per week.",
            "(x / y) x 7"),
        UnitCost("AdoptionFinance", "adoption-weekly-unit-cost", "Adoption: weekly unit cost (£)",
            "Gross spending on adoption services in the Section 251 outturn (x) per child freed for adoption or with a placement order on 31 March (y, withheld under 6), per week."),
        UnitCost("SWFinance", "social-work-weekly-unit-cost", "Social work and commissioning: weekly unit cost (£)",
            "Gross spending on social work, commissioning and children's services strategy in the Section 251 outturn (x) per child in need on 31 March (y), per week."),
    ];

    internal sealed record FinanceLine(string MeasureCode, SpendingCategory? Category, SpendingLineRole Role);

    /// <summary>LAIT's S251 gross outturn measures, and where each sits among the categories.</summary>
    public static readonly IReadOnlyList<FinanceLine> Finance =
    [
        new("TotalLACFinance", SpendingCategory.ChildrenLookedAfter, SpendingLineRole.CategoryTotal),
        new("LeaveCareSupServTotExp", SpendingCategory.ChildrenLookedAfter, SpendingLineRole.Component),
        new("SafeguardingFinance", SpendingCategory.Safeguarding, SpendingLineRole.CategoryTotal),
        new("FamilySupportFinance", SpendingCategory.FamilySupport, SpendingLineRole.CategoryTotal),
        new("OtherChildren&FamilyFinance", SpendingCategory.OtherChildrensAndFamilyServices, SpendingLineRole.CategoryTotal),
        new("SureStartFinance", null, SpendingLineRole.OutsideSocialCare),
        new("YoungPeopleFinance", null, SpendingLineRole.OutsideSocialCare),
        new("YouthJusticeFinance", null, SpendingLineRole.OutsideSocialCare),
        new("C&YPExpenditure", null, SpendingLineRole.OutsideSocialCare),
    ];
}
