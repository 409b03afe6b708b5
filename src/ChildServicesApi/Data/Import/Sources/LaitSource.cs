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
        new("CPP_Abuse_Rate", "child-protection-plans-started-rate", "Child protection plans started per 10,000 children",
            "Child protection plans that started in the year to 31 March per 10,000 children aged 0 to 17.", PeriodKind.YearTo31March, Publications.ChildrenInNeed.Title, Publications.ChildrenInNeed.Url),
        new("DeRegCPR", "child-protection-plans-ceased-rate", "Children ceasing to be on a child protection plan per 10,000 children",
            "Children who ceased to be the subject of a child protection plan in the year to 31 March per 10,000 children aged 0 to 17.", PeriodKind.YearTo31March, Publications.ChildrenInNeed.Title, Publications.ChildrenInNeed.Url),
    ];

    /// <summary>A LAIT measure republishing the figures of an indicator an EES or SFR file already feeds.</summary>
    internal sealed record Republished(string MeasureCode, string IndicatorId);

    /// <summary>
    /// LAIT's children looked after figures (2015-2025), which it takes from DfE's <i>Children looked after in England
    /// including adoptions</i>. They fill only the years no publication file in seed/ gives for the indicator (2018 for
    /// the counts and the start and cease rates, 2015-2018 for the rate at 31 March); in the other years they are
    /// compared with the publication's figure, not stored. LAIT gives the start and cease rates from 2018 only.
    /// </summary>
    public static readonly IReadOnlyList<Republished> ChildrenLookedAfter =
    [
        new("LACnum", "children-looked-after"),
        new("LAC", "children-looked-after-rate"),
        new("LACnum_Start", "children-starting-to-be-looked-after"),
        new("LACceased", "children-ceasing-to-be-looked-after"),
        new("LAC_Start_Rate", "children-starting-to-be-looked-after-rate"),
        new("LAC_Cease_Rate", "children-ceasing-to-be-looked-after-rate"),
    ];

    /// <summary>
    /// A LAIT measure this API serves: the indicator it feeds, its unit, period kind and decimals, and the publication
    /// LAIT took it from (its data dictionary's Hyperlink(s), checked at import). With a <paramref name="Title"/> it is an
    /// indicator of its own, served from LAIT in every year; without one it republishes an indicator a publication file
    /// feeds, and fills only the years no such file gives (the rule of <see cref="ChildrenLookedAfter"/>).
    /// </summary>
    /// <param name="Decimals">The dictionary's <c>dps</c>; where it says NA, the decimals the original publication prints.</param>
    /// <param name="RepeatedForGroups">
    /// LAIT repeats the figure of a unit several authorities report as one (an authority group of the store) under each
    /// member: it is stored once, on the group (<see cref="Pipelines.LaitPipeline"/>).
    /// </param>
    /// <param name="PublisherTable">
    /// The publisher's table the dictionary must name (<c>Table_status</c>), checked at import (which fails if LAIT names
    /// another) and cited in the indicator's source, where the measure's meaning rests on it. Others are not cited: the
    /// dictionary names some wrongly.
    /// </param>
    internal sealed record Measure(string Code, string IndicatorId, IndicatorUnit Unit, PeriodKind PeriodKind, int Decimals, Publication Original,
        string? Title = null, string? Description = null, string? Topic = null, bool RepeatedForGroups = false, string? PublisherTable = null);

    /// <summary>DfE's workforce collection page, which LAIT's dictionary names for its workforce measures.</summary>
    public static readonly Publication Workforce = new(Publications.Dfe, Publications.Workforce.Title,
        "https://www.gov.uk/government/collections/statistics-childrens-social-care-workforce");

    /// <summary>DfE's LA and school expenditure statistics (S251 outturn), which LAIT's dictionary names for its unit costs.</summary>
    public static readonly Publication Expenditure = new(Publications.Dfe, "LA and school expenditure (Section 251 outturn)",
        "https://explore-education-statistics.service.gov.uk/find-statistics/la-and-school-expenditure");


    /// <summary>DfE's children looked after statistics, as LAIT's dictionary links them.</summary>
    public static readonly Publication LookedAfter = new(Publications.Dfe, Publications.ChildrenLookedAfter.Title,
        "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england");

    /// <summary>DfE's stability measures for children looked after, which LAIT's dictionary links for social worker instability (its 2024 release).</summary>
    public static readonly Publication Stability = new(Publications.Dfe, "Stability measures for children looked after in England",
        "https://explore-education-statistics.service.gov.uk/find-statistics/stability-measures-for-children-looked-after-in-england");

    /// <summary>Ofsted's children's social care statistics collection, which LAIT's dictionary links for its foster places (<i>Fostering in England</i>).</summary>
    public static readonly Publication Fostering = new("Ofsted", "Fostering in England",
        "https://www.gov.uk/government/collections/childrens-social-care-statistics");

    /// <summary>Cafcass's published data, which LAIT's dictionary links for its care applications per 10,000 children.</summary>
    public static readonly Publication Cafcass = new("Cafcass (Children and Family Court Advisory and Support Service)", "Care applications data",
        "https://www.cafcass.gov.uk/about-cafcass/our-data/");

    private static Measure Republishes(string code, string indicatorId, IndicatorUnit unit, PeriodKind periodKind, int decimals, Publication? original = null) =>
        new(code, indicatorId, unit, periodKind, decimals, original ?? Workforce);

    /// <summary>The one weekly unit cost whose spending the dictionary takes from the Section 251 budget statement, not the outturn (see its caveat).</summary>
    public const string SenUnitCost = "sen-services-weekly-unit-cost";

    /// <summary>A weekly unit cost, with the formula of the dictionary's Methodology.</summary>
    /// <summary>A figure of DfE's children looked after statistics, which prints its percentages as whole numbers.</summary>
    private static Measure LookedAfterFigure(string code, string indicatorId, IndicatorUnit unit, PeriodKind periodKind, string title, string description, Publication? original = null) =>
        new(code, indicatorId, unit, periodKind, 0, original ?? LookedAfter, title, description, "Children looked after");

    /// <summary>A figure of DfE's <i>Characteristics of children in need</i>, which prints its percentages to one decimal place.</summary>
    private static Measure ChildrenInNeedFigure(string code, string indicatorId, IndicatorUnit unit, PeriodKind periodKind, string title, string description, string? table = null) =>
        new(code, indicatorId, unit, periodKind, unit == Count ? 0 : 1, Publications.ChildrenInNeed, title, description, "Children in need and child protection", PublisherTable: table);

    private static Measure ReferralsFrom(string code, string idPart, string words, string detail = "") =>
        ChildrenInNeedFigure(code, $"referrals-from-{idPart}-percent", Percent, YearTo31March,
            $"Referrals from {words} (%)",
            $"Referrals to children's social care completed in the year to 31 March whose source was {words}{detail}, as a percentage of all referrals completed in the year (a child referred more than once is counted each time).");

    /// <summary>A share of the authority's children and family social workers by role, on 30 September; DfE prints these to one decimal place.</summary>
    private static Measure SocialWorkersIn(string code, string idPart, string title, string words) =>
        new(code, $"social-workers-{idPart}-percent", Percent, CensusAt30September, 1, Workforce,
            $"Children and family social workers {title} (%)",
            $"Children and family social workers on 30 September {words}, as a percentage of all the authority's children and family social workers.",
            "Social work workforce", RepeatedForGroups: true);

    /// <summary>Ofsted's count of places in the authority's own fostering service on 31 March, which it rounds to the nearest 5.</summary>
    private static Measure FosterPlaces(string code, string idPart, string title, string words) =>
        new(code, $"foster-places-{idPart}", Count, At31March, 0, Fostering, title,
            $"{words} on 31 March, in the authority's own fostering service (independent fostering agencies and, from 2022, family and friends fostering excluded), as Ofsted counts them, rounded to the nearest 5.",
            "Children looked after");

    /// <summary>DfE's table of episodes of need ended in the year by duration, as LAIT's dictionary names it.</summary>
    public const string EndedEpisodesTable = "b5_children_in_need_duration_of_ended_episode_2013_to_2023.csv";

    /// <summary>
    /// DfE's table of children in need at 31 March by the duration of their open episode, as LAIT's dictionary names it
    /// for its <c>CINTime*</c> measures, whose dictionary methodology is nonetheless that of the ended episodes (<see cref="EndedEpisodesTable"/>).
    /// </summary>
    public const string OpenEpisodesTable = "b4_children_in_need_duration_of_open_episode_2013_to_2023.csv";

    /// <summary>DfE's table of child protection plans ended in the year by duration, as LAIT's dictionary names it.</summary>
    public const string EndedPlansTable = "d7_cpps_ending_by_duration_2013_to_2023.csv";

    private static Measure CinEpisodesEnded(string code, string idPart, string words) =>
        ChildrenInNeedFigure(code, $"children-in-need-episodes-ended-lasting-{idPart}-percent", Percent, YearTo31March,
            $"Episodes of need ended in the year that had lasted {words} (%)",
            $"Episodes of need that ended in the year to 31 March and had lasted {words} (from referral to closure), as a percentage of all episodes of need that ended in the year.",
            EndedEpisodesTable);

    private static Measure CinEpisodesOpen(string code, string idPart, string words) =>
        ChildrenInNeedFigure(code, $"children-in-need-open-episode-lasting-{idPart}-percent", Percent, At31March,
            $"Children in need at 31 March whose episode had lasted {words} (%)",
            $"Children in need on 31 March whose episode of need, open on that day, had lasted {words} since the referral, as a percentage of all children in need on 31 March.",
            OpenEpisodesTable);

    /// <summary>
    /// A share of unaccompanied asylum-seeking children (applied for asylum in their own right, separated from both parents
    /// and any other responsible adult), which LAIT's dictionary gives to one decimal place although every figure is whole.
    /// </summary>
    private static Measure UnaccompaniedShare(string code, string indicatorId, PeriodKind periodKind, string title, string description) =>
        new(code, indicatorId, Percent, periodKind, 1, LookedAfter, title,
            $"{description} Children looked after under a series of short-term placements are excluded.", "Children looked after");

    private static Measure PlacedIn(string code, string idPart, string words) =>
        LookedAfterFigure(code, $"children-looked-after-{idPart}-percent", Percent, At31March,
            $"Children looked after {words} (%)",
            $"Children looked after on 31 March {words}, as a percentage of all children looked after on 31 March.");

    private static Measure CeasedVia(string code, string idPart, string words) =>
        LookedAfterFigure(code, $"children-ceasing-to-be-looked-after-{idPart}-percent", Percent, YearTo31March,
            $"Children ceasing to be looked after {words} (%)",
            $"Children who ceased to be looked after in the year to 31 March {words}, as a percentage of all children who ceased to be looked after in the year (the last time each child ceased in the year).");

    private static Measure SpecialGuardian(string code, string idPart, string words) =>
        LookedAfterFigure(code, $"special-guardianship-orders-{idPart}-percent", Percent, YearTo31March,
            $"Special guardianship orders made to {words} (%)",
            $"Children who ceased to be looked after in the year to 31 March on a special guardianship order made to {words}, as a percentage of all who ceased on a special guardianship order.");

    private static Measure CareLeavers(string code, string idPart, string words) =>
        LookedAfterFigure(code, $"care-leavers{idPart}", Count, YearTo31March,
            $"Care leavers aged 19 to 21{words}",
            $"Former relevant young people whose 19th, 20th or 21st birthday fell in the year to 31 March (looked after for at least 13 weeks after their 14th birthday, including some time after their 16th){words}.");

    private static Measure UnitCost(string code, string indicatorId, string title, string description, string formula = "(x / y) / 365 x 7") =>
        new(code, indicatorId, Pounds, FinancialYear, 0, Expenditure, title,
            $"{description} DfE computes it for LAIT as {formula} and rounds it to the nearest £5 (LAIT calls it approximate).", "Spending");

    /// <summary>
    /// The LAIT measures served beside <see cref="Rates"/>, <see cref="ChildrenLookedAfter"/> and <see cref="Finance"/>.
    /// The workforce ones give 2015 and 2016 (2016 only for cases and caseload), which the workforce file (2017-2025)
    /// does not; DfE's workforce publication prints FTEs, rates and percentages to one decimal place. The children in need
    /// and child protection ones without a title repeat figures the CIN tables give for every year LAIT has (2015-2025):
    /// they are only compared (DfE prints their percentages to one decimal place). The two parts of the children adopted
    /// (<see cref="ChildrenLookedAfterSfrSource.Adoptions"/>) fill 2018-2025, after the SFR ceased tables' 2010-2017. The unit costs, the children in need
    /// and child protection ones with a title (referrals by source among them), the children looked after, adoption and
    /// care leaver figures, Ofsted's foster places, the workforce's shares of social workers by role and Cafcass's care
    /// applications are published by no file in seed/.
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
        Republishes("CPP_Total_NumRef", "referrals", Count, YearTo31March, 0, Publications.ChildrenInNeed),
        Republishes("ReReferral", "re-referrals-percent", Percent, YearTo31March, 1, Publications.ChildrenInNeed),
        Republishes("CIN_Refferals_NFA", "referrals-no-further-action-percent", Percent, YearTo31March, 1, Publications.ChildrenInNeed),
        Republishes("Referrals_AssessedNotNeed", "referrals-assessed-not-in-need-percent", Percent, YearTo31March, 1, Publications.ChildrenInNeed),
        Republishes("CPP_Num", "child-protection-plans", Count, At31March, 0, Publications.ChildrenInNeed),
        Republishes("CPP_Abuse", "child-protection-plans-started", Count, YearTo31March, 0, Publications.ChildrenInNeed),
        Republishes("ReRegCPR", "child-protection-plans-second-or-subsequent", Count, YearTo31March, 0, Publications.ChildrenInNeed),
        Republishes("PrevRegCPR", "child-protection-plans-second-or-subsequent-percent", Percent, YearTo31March, 1, Publications.ChildrenInNeed),
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
        UnitCost("SENFinance", SenUnitCost, "Special educational needs services: weekly unit cost (£)",
            "Gross spending on special educational needs services in Section 251 (SEN support services, direct payments for SEN and disability, SEN transport (the SEN part of home to school transport before 16), and SEN administration, assessment, coordination and monitoring: x) per child with a statement of special educational needs in January's school census (y; the dictionary's word: statements have been replaced by education, health and care plans since 2014), per week. An education service beside children's social care, in LAIT's children's services finance."),
        LookedAfterFigure("Unacc_Asylmn_Seek_Childn", "unaccompanied-asylum-seeking-children-looked-after", Count, At31March,
            "Unaccompanied asylum-seeking children looked after at 31 March",
            "Children looked after on 31 March who applied for asylum in their own right and are separated from both parents and any other responsible adult."),
        UnaccompaniedShare("Unacc_Asylmn_Seek_Childn%", "unaccompanied-asylum-seeking-children-looked-after-percent", At31March,
            "Unaccompanied asylum-seeking children among children looked after at 31 March (%)",
            "Children looked after on 31 March who are unaccompanied asylum-seeking children, as a percentage of all children looked after on 31 March."),
        UnaccompaniedShare("UASC_%_Starting", "unaccompanied-asylum-seeking-children-starting-to-be-looked-after-percent", YearTo31March,
            "Unaccompanied asylum-seeking children among children starting to be looked after (%)",
            "Children who started to be looked after in the year to 31 March who are unaccompanied asylum-seeking children, as a percentage of all children who started to be looked after in the year."),
        LookedAfterFigure("No_of LAC Adopted", "children-looked-after-adopted", Count, YearTo31March,
            "Children looked after who were adopted",
            "Children who ceased to be looked after in the year to 31 March because they were adopted."),
        LookedAfterFigure("%_of LAC Adopted", "children-looked-after-adopted-percent", Percent, YearTo31March,
            "Children ceasing to be looked after who were adopted (%)",
            "Children adopted in the year to 31 March as a percentage of all children who ceased to be looked after in the year."),
        LookedAfterFigure("LACStable_2016on", "children-looked-after-three-or-more-placements-percent", Percent, At31March,
            "Children looked after with three or more placements in the year (%)",
            "Children looked after on 31 March who had three or more placements (of 24 hours or more) during the year, as a percentage of all children looked after on 31 March; children looked after under a series of short-term placements are excluded."),
        LookedAfterFigure("LAC_LongStable%", "children-looked-after-long-term-placement-stability-percent", Percent, At31March,
            "Children looked after in the same placement for at least 2 years (%)",
            "Children looked after on 31 March living in the same placement for at least 2 years, or placed for adoption where the adoptive placement and the placement before it together last at least 2 years, as a percentage of the children the measure covers."),
        LookedAfterFigure("LACDistance", "children-looked-after-placed-over-20-miles-outside-percent", Percent, At31March,
            "Children looked after placed outside the authority and more than 20 miles from home (%)",
            "Children looked after on 31 March placed outside the authority's boundary and more than 20 miles from their home, as a percentage of all children looked after on 31 March."),
        LookedAfterFigure("LACHealth%", "children-looked-after-health-assessments-percent", Percent, At31March,
            "Children looked after for 12 months whose health assessment was up to date (%)",
            "Children looked after on 31 March, continuously for at least 12 months, who had their annual health assessment, as a percentage of those children."),
        LookedAfterFigure("LACVaccinations%", "children-looked-after-immunisations-up-to-date-percent", Percent, At31March,
            "Children looked after for 12 months whose immunisations were up to date (%)",
            "Children looked after on 31 March, continuously for at least 12 months, whose immunisations were up to date, as a percentage of those children."),
        LookedAfterFigure("LACDental%", "children-looked-after-dental-checks-percent", Percent, At31March,
            "Children looked after for 12 months who had a dental check (%)",
            "Children looked after on 31 March, continuously for at least 12 months, who had their teeth checked by a dentist, as a percentage of those children."),
        LookedAfterFigure("LAC_Convictions", "children-looked-after-convicted-or-cautioned-percent", Percent, YearTo31March,
            "Children looked after for 12 months convicted or given a youth caution (%)",
            "Children looked after on 31 March, continuously for at least 12 months, who were convicted or subject to a youth caution or youth conditional caution during the year, as a percentage of those children."),
        LookedAfterFigure("LACSubstance", "children-looked-after-substance-misuse-percent", Percent, YearTo31March,
            "Children looked after for 12 months identified as having a substance misuse problem (%)",
            "Children looked after on 31 March, continuously for at least 12 months, identified as having a substance misuse problem during the year, as a percentage of those children."),
        LookedAfterFigure("Children_missing", "children-looked-after-missing-percent", Percent, YearTo31March,
            "Children looked after who had a missing incident (%)",
            "Children looked after during the year to 31 March who had at least one missing incident (not at their placement or where they were expected to be, whereabouts unknown), as a percentage of children looked after during the year."),
        LookedAfterFigure("Children_Away", "children-looked-after-away-without-authorisation-percent", Percent, YearTo31March,
            "Children looked after who were away from placement without authorisation (%)",
            "Children looked after during the year to 31 March who were away from their placement without authorisation (whereabouts known), as a percentage of children looked after during the year."),
        LookedAfterFigure("CareLeaverAcc", "care-leavers-in-suitable-accommodation-percent", Percent, YearTo31March,
            "Care leavers aged 19 to 21 in suitable accommodation (%)",
            "Former relevant young people whose 19th, 20th or 21st birthday fell in the year to 31 March (looked after for at least 13 weeks after their 14th birthday, including some time after their 16th) judged to be in suitable accommodation, as a percentage of them."),
        LookedAfterFigure("CareLeaverEET", "care-leavers-in-education-employment-or-training-percent", Percent, YearTo31March,
            "Care leavers aged 19 to 21 in education, employment or training (%)",
            "Former relevant young people whose 19th, 20th or 21st birthday fell in the year to 31 March in education, employment or training, as a percentage of them."),
        LookedAfterFigure("LAC_19_HE", "care-leavers-in-higher-education-percent", Percent, YearTo31March,
            "Care leavers aged 19 to 21 in higher education (%)",
            "Former relevant young people whose 19th, 20th or 21st birthday fell in the year to 31 March in higher education, as a percentage of them."),
        LookedAfterFigure("CareLeaversNEET", "care-leavers-not-in-education-employment-or-training-percent", Percent, YearTo31March,
            "Care leavers aged 19 to 21 not in education, employment or training (%)",
            "Former relevant young people whose 19th, 20th or 21st birthday fell in the year to 31 March not in education, employment or training, as a percentage of them."),
        LookedAfterFigure("CareLeavers_LA_NotInTouch", "care-leavers-not-in-touch-percent", Percent, YearTo31March,
            "Care leavers aged 19 to 21 the authority is not in touch with (%)",
            "Former relevant young people whose 19th, 20th or 21st birthday fell in the year to 31 March with whom the authority was not in touch, as a percentage of them."),
        LookedAfterFigure("StayingPut", "care-leavers-staying-put-percent", Percent, YearTo31March,
            "Care leavers staying with their former foster carers (%)",
            "Young people aged 19 or 20 who ceased to be looked after in a foster placement on their 18th birthday, were eligible for care leavers' support and still lived with their former foster carers, as a percentage of them."),
        Republishes("10_ICPC", "icpcs-within-10-working-days", Count, YearTo31March, 0, Publications.ChildrenInNeed),
        Republishes("15_ICPC", "icpcs-after-11-to-15-working-days", Count, YearTo31March, 0, Publications.ChildrenInNeed),
        Republishes("20_ICPC", "icpcs-after-16-to-20-working-days", Count, YearTo31March, 0, Publications.ChildrenInNeed),
        Republishes("21_ICPC", "icpcs-after-21-or-more-working-days", Count, YearTo31March, 0, Publications.ChildrenInNeed),
        Republishes("CPPlans2yrsActive", "child-protection-plans-lasting-2-years-or-more-percent", Percent, At31March, 1, Publications.ChildrenInNeed),
        CinEpisodesEnded("CINCease3months", "under-3-months", "under 3 months"),
        CinEpisodesEnded("CINCease3-6", "3-to-6-months", "3 to 6 months"),
        CinEpisodesEnded("CINCease6-1", "6-months-to-1-year", "6 months to 1 year"),
        CinEpisodesEnded("CINCease1-2", "1-to-2-years", "1 to 2 years"),
        CinEpisodesEnded("CINCease2more", "2-years-or-more", "2 years or more"),
        CinEpisodesOpen("CINTime3months", "under-3-months", "under 3 months"),
        CinEpisodesOpen("CINTime3-6", "3-to-6-months", "3 to 6 months"),
        CinEpisodesOpen("CINTime6-1", "6-months-to-1-year", "6 months to 1 year"),
        CinEpisodesOpen("CINTime1-2", "1-to-2-years", "1 to 2 years"),
        CinEpisodesOpen("CINTime2more", "2-years-or-more", "2 years or more"),
        ChildrenInNeedFigure("Continue_Assess_Comp", "assessments-completed-within-45-working-days-percent", Percent, YearTo31March,
            "Assessments completed within 45 working days (%)",
            "Continuous assessments completed in the year to 31 March within 45 working days of the referral, as a percentage of assessments completed in the year."),
        ChildrenInNeedFigure("CP_conf_15days", "initial-child-protection-conferences-within-15-working-days-percent", Percent, YearTo31March,
            "Initial child protection conferences held within 15 working days (%)",
            "Initial child protection conferences held in the year to 31 March within 15 working days of the strategy discussion that began the section 47 enquiry, as a percentage of all initial conferences in the year."),
        ChildrenInNeedFigure("CPP_31March_3MnthorMore", "children-on-child-protection-plan-3-months-or-more", Count, At31March,
            "Children on a child protection plan for at least 3 months at 31 March",
            "Children who were the subject of a child protection plan on 31 March and had been on it for at least 3 months (the children whose plans should have had a review)."),
        ChildrenInNeedFigure("CPP_Reviewed_InReqTimeScl", "children-on-child-protection-plan-reviewed-on-time", Count, At31March,
            "Children on a child protection plan for at least 3 months whose reviews were on time",
            "Of the children on a child protection plan on 31 March for at least 3 months, those whose plan had every review within the required timescales (the first within 3 months, then at most every 6 months)."),
        ChildrenInNeedFigure("RevCP", "children-on-child-protection-plan-reviewed-on-time-percent", Percent, At31March,
            "Child protection plans reviewed within the required timescales (%)",
            "Children on a child protection plan on 31 March for at least 3 months whose plan had every review within the required timescales, as a percentage of those children."),
        ChildrenInNeedFigure("CPPlans2yrs", "child-protection-plans-ceased-after-2-years-or-more-percent", Percent, YearTo31March,
            "Child protection plans ceasing in the year that had lasted 2 years or more (%)",
            "Children who ceased to be the subject of a child protection plan in the year to 31 March after 2 years or more on it continuously, as a percentage of all who ceased to be the subject of a plan in the year (a child ceasing twice is counted twice).",
            EndedPlansTable),
        ChildrenInNeedFigure("CPRDuration", "child-protection-plans-ceased-after-2-years-or-more", Count, YearTo31March,
            "Child protection plans ceasing in the year that had lasted 2 years or more",
            "Children who ceased to be the subject of a child protection plan in the year to 31 March after 2 years or more on it continuously (a child ceasing twice is counted twice).",
            EndedPlansTable),
        PlacedIn("LAC_Foster_Placements", "in-foster-care", "placed in foster care"),
        PlacedIn("LAC_SecHome_And_ChildHome", "in-secure-or-childrens-homes", "placed in a secure home or a children's home"),
        PlacedIn("LAC_Ind_SInd_Liv_Arr", "in-independent-or-semi-independent-living", "placed in independent or semi-independent living arrangements or supported accommodation"),
        PlacedIn("LAC_Other_Res_Settings", "in-other-residential-settings", "placed in other residential settings"),
        PlacedIn("LAC_Parents_OR_Others", "placed-with-parents", "placed with parents or another person with parental responsibility"),
        PlacedIn("LAC_Other_Place_Inc_Unreg", "in-other-placements", "in other placements"),
        LookedAfterFigure("LAC_ceased_SGO", "children-ceasing-to-be-looked-after-special-guardianship-orders", Count, YearTo31March,
            "Children ceasing to be looked after on a special guardianship order",
            "Children who ceased to be looked after in the year to 31 March because a special guardianship order was made (reason ceased E43 or E44; the last time each child ceased in the year)."),
        CeasedVia("LAC_ceased_SGO%", "special-guardianship-orders", "on a special guardianship order"),
        CeasedVia("LAC_ceased_CAO%", "child-arrangement-orders", "on a residence order or child arrangement order"),
        CeasedVia("LAC_RetHome_CarePlan_%", "returned-home-as-planned", "to return home to parents or another person with parental responsibility, as part of the care plan"),
        CeasedVia("LAC_RetHome_Not_CarePlan_%", "returned-home-not-as-planned", "to return home to parents or another person with parental responsibility, not as part of the care plan"),
        SpecialGuardian("LAC_SGO_FFC_Rel%", "former-foster-carer-relative-or-friend", "a former foster carer who is a relative or friend"),
        SpecialGuardian("LAC_SGO_FFC_Oth%", "former-foster-carer-other", "a former foster carer who is not a relative or friend"),
        SpecialGuardian("LAC_SGO_Car_Rel%", "other-carer-relative-or-friend", "a carer other than a former foster carer who is a relative or friend"),
        LookedAfterFigure("Stability_SocialWorker", "children-looked-after-three-or-more-social-workers-percent", Percent, YearTo31March,
            "Children looked after with three or more social workers in the year (%)",
            "Children looked after who had 3 or more different social workers assigned during the year to 31 March (including any assigned while they were not looked after), as a percentage of children looked after.",
            Stability),
        LookedAfterFigure("Stability_School", "children-looked-after-mid-year-school-move-percent", Percent, At31March,
            "Children looked after with a mid-year school move (%)",
            "Children looked after on 31 March who moved school (or from no school to a school) at least once between 1 April and 31 March, leaving out 1 August to 30 September and any move before the child first entered care in the year, as a percentage of children looked after on 31 March. DfE finds the moves by matching its looked-after return to the school census."),
        CareLeavers("NoCareLeavers", "-aged-19-to-21", ""),
        CareLeavers("NoCareLeaverAcc", "-in-suitable-accommodation", " judged to be in suitable accommodation"),
        CareLeavers("CareLeaverEETNum", "-in-education-employment-or-training", " in education, employment or training"),
        CareLeavers("LAC_19_HE_Num", "-in-higher-education", " in higher education"),
        LookedAfterFigure("LACStableNum_2016on", "children-looked-after-three-or-more-placements", Count, At31March,
            "Children looked after with three or more placements in the year",
            "Children looked after on 31 March who had three or more placements (of 24 hours or more) during the year; children looked after under a series of short-term placements are excluded."),
        LookedAfterFigure("LAC_LongStableNum", "children-looked-after-long-term-placement-stability", Count, At31March,
            "Children looked after in the same placement for at least 2 years",
            "Children looked after on 31 March aged under 16, looked after continuously for at least 2.5 years, living in the same placement for at least 2 years, or placed for adoption where the adoptive placement and the placement before it together last at least 2 years."),
        .. ChildrenLookedAfterSfrSource.Adoptions.Select(a => Republishes(a.LaitMeasure, a.IndicatorId, Count, YearTo31March, 0, LookedAfter)),
        LookedAfterFigure("LAC%_Adopt_AppUnop", "children-looked-after-adopted-application-unopposed-percent", Percent, YearTo31March,
            "Children looked after adopted: application unopposed (%)",
            "Children adopted from care in the year to 31 March on an unopposed application, as a percentage of all children adopted from care in the year."),
        LookedAfterFigure("LAC%_Adopt_ConsentDisp", "children-looked-after-adopted-consent-dispensed-with-percent", Percent, YearTo31March,
            "Children looked after adopted: consent dispensed with (%)",
            "Children adopted from care in the year to 31 March with the parents' consent dispensed with, as a percentage of all children adopted from care in the year."),
        ReferralsFrom("RefBySource_Schl_%", "schools", "a school"),
        ReferralsFrom("RefBySource_HealthServ_%", "health-services", "health services",
            " (GPs, health visitors, school nurses, other primary health services, A&E and other health services)"),
        ReferralsFrom("RefBySource_Police_%", "police", "the police"),
        FosterPlaces("Number_Foster_Places(New)", "approved", "Approved foster places",
            "Places foster carers were approved to provide, occupied or not,"),
        FosterPlaces("Number_Foster_Places_Filled(New)", "filled", "Foster places filled",
            "Approved foster places that were filled (children placed)"),
        new("CareApplications", "care-applications-rate", RatePer10000Children, YearTo31March, 1, Cafcass,
            "Care applications per 10,000 children",
            "Children who were the subject of a care application to court received by Cafcass in the year to 31 March (care orders only), per 10,000 children aged 0 to 17 (ONS population estimates).",
            "Children in need and child protection"),
        SocialWorkersIn("Social_Work_Caseholders_%", "case-holders", "in a case holder role",
            "in a case holder role (managing cases, not in a senior manager, middle manager, first line manager or senior practitioner role; others may also hold cases)"),
        SocialWorkersIn("Social_Work_Qualified_no_cases_%", "qualified-without-cases", "qualified without cases",
            "in a qualified social worker role without cases"),
        SocialWorkersIn("Social_Work_SeniorPractitioner_%", "senior-practitioners", "who are senior practitioners",
            "in a senior practitioner role (managing complex cases, assuring quality and supporting less experienced social workers; also called advanced practitioner, practice lead, consultant or senior social worker)"),
    ];

    /// <summary>
    /// Cells LAIT files under an authority that did not exist in the year: the 2019-20 care leaver figures it gives the
    /// Dorset county abolished on 1 April 2019 (835, "Dorset (Pre LG)") while the new Dorset (838) has a dash. Which
    /// authority they belong to is LAIT's slip, not ours to guess, so they are not served; any other such cell fails the import.
    /// Cafcass's care applications for 2017-2019 are on the authorities of April 2019 (<see cref="SuccessorsUnderPredecessor"/>):
    /// figures for Bournemouth, Christchurch and Poole (839), which did not exist yet, and for the Dorset Council's area under
    /// the county's code (835), whose area then also held Christchurch. Neither is the figure of an authority of the time.
    /// </summary>
    public static readonly IReadOnlyList<(string MeasureCode, string LaCode, string Years)> MisfiledCells =
    [
        ("CareLeaverEET", "835", "2020"),
        ("LAC_19_HE", "835", "2020"),
        ("CareLeaversNEET", "835", "2020"),
        ("CareLeaverEETNum", "835", "2020"),
        ("LAC_19_HE_Num", "835", "2020"),
        ("CareApplications", "835", "2017"), ("CareApplications", "835", "2018"), ("CareApplications", "835", "2019"),
        ("CareApplications", "839", "2017"), ("CareApplications", "839", "2018"), ("CareApplications", "839", "2019"),
    ];

    /// <summary>
    /// Years of a measure one LAIT file gives as a single number repeated for every authority (the 2024-11-19 data's
    /// care leavers in suitable accommodation: 135 for each of 156 authorities in 2015, 125 in 2016 and 2017), which is
    /// no authority's figure: not served. The 2026-04-08 data gives that measure from 2018 only. Likewise the 2026-04-08
    /// data's school stability for 2018 (12 for each of its 170 areas) and 2019 (5 for each); its figures differ by
    /// authority from 2021, and 2020 is all dashes (served as not available).
    /// </summary>
    public static readonly IReadOnlyList<(string MeasureCode, string Path, string Years)> RepeatedCells =
    [
        ("NoCareLeaverAcc", "lait/lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv", "2015"),
        ("NoCareLeaverAcc", "lait/lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv", "2016"),
        ("NoCareLeaverAcc", "lait/lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv", "2017"),
        ("Stability_School", "lait/lait_bds_long_csc_topics_2026-04-08.csv", "2018"),
        ("Stability_School", "lait/lait_bds_long_csc_topics_2026-04-08.csv", "2019"),
    ];

    /// <summary>
    /// Measures for which LAIT files a unit's joint return under the code of the authority its members replaced, in the
    /// years after that authority was abolished: Ofsted's foster places of the Northamptonshire Children's Trust (North and
    /// West Northamptonshire's one return) under Northamptonshire (928), with a dash for each member. Such a figure is
    /// stored on the group the workforce file gives that unit, and the members' dashes are left out; before the abolition
    /// the code is the authority's own. The Tri-borough's and Kingston and Richmond's returns are under no code (a dash for
    /// each member), and the store has no Tri-borough group: those members are served as not available.
    /// </summary>
    public static readonly IReadOnlyList<(string MeasureCode, string LaCode, string GroupLaCodes)> JointReturnsUnderPredecessor =
    [
        ("Number_Foster_Places(New)", "928", "940 / 941"),
        ("Number_Foster_Places_Filled(New)", "928", "940 / 941"),
        ("CareApplications", "928", "940 / 941"),
    ];

    /// <summary>
    /// Measures for which LAIT files a successor authority's figures under the code of the authority it replaced, with a dash
    /// for the successor: Cafcass gives its care applications on the authorities of April 2019 from 2017 on (Bournemouth,
    /// Christchurch and Poole has figures from 2017, Bournemouth and Poole dashes), so its "Dorset" is the Dorset Council
    /// (838), which LAIT files under the county abolished on 1 April 2019 (835, "Dorset (Pre LG)"). In the years after the
    /// abolition such a cell is stored on the successor and the successor's dash is left out (a number under the successor
    /// as well fails the import); before it, see <see cref="MisfiledCells"/>. LAIT files the youth justice statistics' first
    /// time entrants the same way from 2019 (an other measure: 835 has figures for 2019-2024, 838 dashes).
    /// </summary>
    public static readonly IReadOnlyList<(string MeasureCode, string LaCode, string SuccessorLaCode)> SuccessorsUnderPredecessor =
    [
        ("CareApplications", "835", "838"),
        ("FirstYJS", "835", "838"),
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
