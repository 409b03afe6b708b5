using System.Collections.Concurrent;
using System.Globalization;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Indicators;

/// <summary>
/// Every indicator's period kind, stated here from its publication's definition and checked over HTTP: the kind in
/// <c>GET /api/v1/indicators/{id}</c> and the period label of a figure from <c>/values</c>. Each case names the seed/
/// file and line that defines the period (lines counted by line feed, as an editor shows them; the LAIT dictionary's
/// quoted cells run over several lines), and the test checks that line holds the words quoted.
/// </summary>
[Collection(SeededApi.Series)]
public sealed class PeriodKindTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private const string AtMarch = "at-31-march";
    private const string YearToMarch = "year-to-31-march";
    private const string AtSeptember = "census-at-30-september";
    private const string YearToSeptember = "year-to-30-september";
    private const string FinancialYear = "financial-year";
    private const string MidYear = "mid-year-estimate";

    /// <summary>A line of a seed/ file that holds every " | "-separated part of <see cref="Text"/>.</summary>
    public sealed record Evidence(string File, int Line, string Text);

    private const string Dictionary = "lait/lait_data_dictionary.csv";
    private const string B1 = "children-in-need/b1_children_in_need_2013_to_2025.csv";
    private const string D5 = "children-in-need/d5_cpps_at31march_by_duration_2013_to_2025.csv";
    private const string Cla = "children-looked-after/cla_number_and_rate_per_10k_children.csv";

    // Table B1's own column names: At31 (open on 31 March), Anypoint (open at any point in the year), Started, Ended.
    private static readonly Evidence B1At31 = new(B1, 1, "At31_episodes");
    private static readonly Evidence B1Anypoint = new(B1, 1, "Anypoint_episodes,Anypoint_child");
    private static readonly Evidence B1StartedEnded = new(B1, 1, "Started_episodes,Started_child,Ended_episodes,Ended_child");
    // seed/ gives awaiting_assessment no definition beyond its place beside At31_episodes; it never exceeds At31_episodes in any row of b1.
    private static readonly Evidence B1Awaiting = new(B1, 1, "At31_episodes,awaiting_assessment");
    private static readonly Evidence CinAt31March = new(Dictionary, 124, "the number of children in need at 31 March");
    // LAIT's CIN rate: Year_Type Annual (a count on a day), as for CPP_rate and LAC; see also ChildrenInNeedRate_IsTheCountAt31MarchPerChild.
    private static readonly Evidence CinRate = new(Dictionary, 2404, "characteristics-of-children-in-need\",NA,\"Annual\"");

    private static readonly Evidence Referrals = new(Dictionary, 107, "Number of referrals to children's social services within the current year");
    private static readonly Evidence ReferralRate = new(Dictionary, 116, "Number of referrals to children's social services within the current year");
    private static readonly Evidence ReReferrals = new(Dictionary, 178, "\"ReReferral\" | \"Financial Year\"");
    private static readonly Evidence NoFurtherAction = new(Dictionary, 119, "A count of referrals within the collection year 1 April to 31 March");
    private static readonly Evidence NotInNeed = new(Dictionary, 127, "A count of referrals within the collection year 1 April to 31 March");
    // Factors are identified at the end of an assessment; assessments are counted by an end date within the collection year.
    private static readonly Evidence Assessments = new(Dictionary, 181, "with an end date recorded within the collection year");
    private static readonly Evidence Section47 = new(Dictionary, 183, "Section 47 enquiries which started during the year");
    private static readonly Evidence Icpc = new(Dictionary, 187, "\"ISCP_Conf\" | during the reporting year");
    private static readonly Evidence Icpc0To10 = new(Dictionary, 192, "during the reporting year");
    private static readonly Evidence Icpc11To15 = new(Dictionary, 197, "during the reporting year");
    private static readonly Evidence Icpc16To20 = new(Dictionary, 202, "during the reporting year");
    private static readonly Evidence Icpc21Plus = new(Dictionary, 207, "during the reporting year");
    private static readonly Evidence PlansStarted = new(Dictionary, 240, "starting at any time between 1 April and 31 March");
    // Table D5 is plans at 31 March (its file name) by how long they had lasted (its columns).
    private static readonly Evidence PlansAt31 = new(D5, 1, "CPP_At31");
    private static readonly Evidence Plans2YearsAt31 = new(Dictionary, 244, "Child Protection Plans lasting 2 years or more as at 31 March");
    private static readonly Evidence PlansRate = new(Dictionary, 211, "subject of a child protection plan at 31 March per 10,000 children");

    private static readonly Evidence LookedAfter = new(Dictionary, 1997, "Number of Looked after Children as at 31 March.");
    private static readonly Evidence LookedAfterRate = new(Dictionary, 1996, "Number of children looked after on 31 March expressed as a rate per 10,000");
    private static readonly Evidence StartedLookedAfter = new(Dictionary, 2004, "Number of children that started to be looked after in year.");
    private static readonly Evidence StartedLookedAfterRate = new(Cla, 4, "Children starting to be looked after each year");
    private static readonly Evidence CeasedLookedAfter = new(Dictionary, 2011, "Number/Rate per 10,000 children who ceased to be looked after during the period ending 31 March");

    // The workforce methodology in LAIT's dictionary (first given in record Work_Force_NoSW, lines 271-294).
    private static readonly Evidence InPostFte = new(Dictionary, 279, "FTE number of children's social workers at 30 September");
    private static readonly Evidence InPostAndTurnover = new(Dictionary, 283, "leavers in the year, divided by the number of social workers in post at 30 September | both FTE and headcount");
    private static readonly Evidence Caseload = new(Dictionary, 281, "total number of cases held by each children and family social worker (including agency workers) at 30 September");
    private static readonly Evidence Agency = new(Dictionary, 285, "agency staff working as children and family social workers at 30 September");
    private static readonly Evidence AgencyCover = new(Dictionary, 287, "number of FTE agency workers covering vacancies at 30 September");
    private static readonly Evidence Vacancies = new(Dictionary, 289, "number of FTE vacancies at 30 September");
    private static readonly Evidence Sickness = new(Dictionary, 291, "days missed due to sickness absence during the year");
    private static readonly Evidence VacancyAgencyCover = new(Dictionary, 293, "The vacancy agency cover rate, as at 30 September");
    private static readonly Evidence Starters = new(Dictionary, 495, "Starters are social workers who joined | in the year ending 30 September");
    private static readonly Evidence Leavers = new(Dictionary, 516, "Leavers are social workers who left | in the year ending 30 September");

    private static readonly Evidence Population = new(Dictionary, 190, "Population data are based on mid year estimates from the Office for National statistics");
    // The numerators are S251 outturn, a financial-year measure (Year_Type of SafeguardingFinance, whose record ends on line 3797).
    private static readonly Evidence Spending = new(Dictionary, 3797, "\"Financial Year\"");

    // The measures served from LAIT alone (LaitSource.Measures): each record's own words for its period.
    private static readonly Evidence Uasc = new(Dictionary, 2042, "Unaccompanied Asylum Seeking Children looked after at 31 March");
    // The share's record gives no date; its figures are the count above over the children looked after at 31 March (UascShare_IsTheCountAt31MarchOverChildrenLookedAfter).
    private static readonly Evidence UascShare = new(Dictionary, 2043, "\"Unacc_Asylmn_Seek_Childn%\" | Percentage of children looked after who are unaccompanied asylum-seeking children");
    private static readonly Evidence UascStarting = new(Dictionary, 2046, "who started to be looked after during the year who are unaccompanied asylum-seeking children");
    private static readonly Evidence SchoolMove = new(Dictionary, 2212, "\"Stability_School\" | For CLA on 31 March, these figures track");
    private static readonly Evidence Adopted = new(Dictionary, 1986, "ceased to be looked after during the period ending 31 March who were adopted");
    private static readonly Evidence AdoptedPercent = new(Dictionary, 1991, "ceased to be looked after during the period ending 31 March who were adopted");
    private static readonly Evidence ThreePlacements = new(Dictionary, 2168, "Children looked after at 31 March with three or more placements");
    private static readonly Evidence LongTermStability = new(Dictionary, 2180, "Children looked after at 31 March aged under 16");
    private static readonly Evidence Distance = new(Dictionary, 2222, "Children looked after at 31 March, placed more than 20 miles");
    private static readonly Evidence HealthChecks = new(Dictionary, 2286, "\"LACHealth%\" | children looked after at 31 March who had been looked after continuously");
    private static readonly Evidence Immunisations = new(Dictionary, 2291, "\"LACVaccinations%\" | children looked after at 31 March who had been looked after continuously");
    private static readonly Evidence DentalChecks = new(Dictionary, 2296, "\"LACDental%\" | children looked after at 31 March who had been looked after continuously");
    private static readonly Evidence Convictions = new(Dictionary, 2285, "youth conditional cautions during the year");
    private static readonly Evidence SubstanceMisuse = new(Dictionary, 2301, "substance misuse problem during the year");
    private static readonly Evidence Missing = new(Dictionary, 2389, "missing incident during the year");
    private static readonly Evidence Away = new(Dictionary, 2393, "away from placement without authorisation during the year");
    private static readonly Evidence CareLeaverAccommodation = new(Dictionary, 2306, "birthday falls between 1 April and 31 March");
    private static readonly Evidence CareLeaverEet = new(Dictionary, 2332, "birthday falls between 1 April and 31 March");
    private static readonly Evidence CareLeaverHigherEducation = new(Dictionary, 2354, "birthday falls between 1 April and 31 March");
    private static readonly Evidence CareLeaverNeet = new(Dictionary, 2384, "divided by the number of care leavers in the year of interest");
    private static readonly Evidence CareLeaverNotInTouch = new(Dictionary, 2387, "\"CareLeavers_LA_NotInTouch\" | \"Financial Year\"");
    private static readonly Evidence StayingPut = new(Dictionary, 2388, "\"StayingPut\" | \"Financial Year\"");
    // The unit costs divide S251 outturn, a financial-year measure, by a count.
    private static readonly Evidence LookedAfterUnitCost = new(Dictionary, 3677, "\"LACFinance\" | S251/Outturn weekly unit costs");
    private static readonly Evidence FosteringUnitCost = new(Dictionary, 3722, "\"FosteringFinance\" | S251/Outturn weekly unit costs");
    private static readonly Evidence ResidentialUnitCost = new(Dictionary, 3736, "\"RescareFinance\" | S251/Outturn weekly unit costs");
    private static readonly Evidence AdoptionUnitCost = new(Dictionary, 3699, "\"AdoptionFinance\" | S251/Outturn weekly unit costs");
    private static readonly Evidence SocialWorkUnitCost = new(Dictionary, 3756, "\"SWFinance\" | S251/Outturn weekly unit costs");
    private static readonly Evidence SenUnitCost = new(Dictionary, 3782, "\"SENFinance\" | S251/Outturn weekly unit costs");
    private static readonly Evidence ReferralsFromSchools = new(Dictionary, 133, "source of referral - School | in the year ending 31 March");
    private static readonly Evidence ReferralsFromHealth = new(Dictionary, 148, "source of referral - Health Service | in the year ending 31 March");
    private static readonly Evidence ReferralsFromPolice = new(Dictionary, 163, "source of referral - Police | in the year ending 31 March");
    // The dictionary gives foster places no day, only the Year_Type "Financial Year" (the year to 31 March, which LAIT
    // labels by its end) and a count of capacity, "places that foster carers are approved to provide, whether occupied or
    // not" (line 2226): a stock, which Ofsted's Fostering in England takes on 31 March, the year's last day.
    private static readonly Evidence FosterPlacesApproved = new(Dictionary, 2233, "childrens-social-care-statistics\",0,\"Financial Year\"");
    private static readonly Evidence FosterPlacesFilled = new(Dictionary, 2241, "childrens-social-care-statistics\",0,\"Financial Year\"");
    // Social workers by role: shares of the social workers in post at the census, as InPostFte.
    private static readonly Evidence CaseHolders = new(Dictionary, 532, "Percentage of social workers who are caseholders | for the year ending 30 September");
    private static readonly Evidence QualifiedWithoutCases = new(Dictionary, 543, "Percentage of social workers who are qualified but have no cases | for the year ending 30 September");
    private static readonly Evidence SeniorPractitioners = new(Dictionary, 554, "Percentage of social workers who are Senior Practitioners | for the year ending 30 September");

    // The second slice of LAIT measures: each record's own words for its period.
    private static readonly Evidence CinEpisodesEnded3Months = new(Dictionary, 2446, "ending in the year");
    private static readonly Evidence CinEpisodesEnded3To6 = new(Dictionary, 2453, "ending in the year");
    private static readonly Evidence CinEpisodesEnded6To12 = new(Dictionary, 2460, "ending in the year");
    private static readonly Evidence CinEpisodesEnded1To2 = new(Dictionary, 2467, "ending in the year");
    private static readonly Evidence CinEpisodesEnded2More = new(Dictionary, 2474, "ending in the year");
    // CINTime*: the dictionary's methodology is the ended episodes' (copied), but its Table_status names DfE's table B4,
    // children in need by the duration of their open episode: shares of the episodes open on 31 March, the day the
    // census counts children in need (B1's At31_episodes), as the figures bear out (LaitMeasuresTests.Durations).
    private static readonly Evidence CinOpenEpisode3Months = new(Dictionary, 2405, "\"CINTime3months\" | b4_children_in_need_duration_of_open_episode");
    private static readonly Evidence CinOpenEpisode3To6 = new(Dictionary, 2412, "\"CINTime3-6\" | b4_children_in_need_duration_of_open_episode");
    private static readonly Evidence CinOpenEpisode6To12 = new(Dictionary, 2419, "\"CINTime6-1\" | b4_children_in_need_duration_of_open_episode");
    private static readonly Evidence CinOpenEpisode1To2 = new(Dictionary, 2426, "\"CINTime1-2\" | b4_children_in_need_duration_of_open_episode");
    private static readonly Evidence CinOpenEpisode2More = new(Dictionary, 2433, "\"CINTime2more\" | b4_children_in_need_duration_of_open_episode");
    // CPRDuration: plans ended in the year (table D7, "Number ceased plans"), whose figures are those of CPPlans2yrs times the plans ceased.
    private static readonly Evidence PlansCeasedTwoYearsCount = new(Dictionary, 266, "\"CPRDuration\" | \"Number ceased plans\" | d7_cpps_ending_by_duration");
    private static readonly Evidence AssessmentsOnTime = new(Dictionary, 181, "end date recorded within the collection year");
    private static readonly Evidence ConferencesOnTime = new(Dictionary, 186, "\"CP_conf_15days\" | \"Financial Year\"");
    private static readonly Evidence PlansThreeMonths = new(Dictionary, 226, "plan at 31 March");
    private static readonly Evidence PlansReviewed = new(Dictionary, 236, "plan at 31 March");
    private static readonly Evidence PlansReviewedPercent = new(Dictionary, 231, "plan at 31 March");
    private static readonly Evidence PlansCeasedTwoYears = new(Dictionary, 257, "during the year ending 31 March");
    private static readonly Evidence PlansStartedRate = new(Dictionary, 220, "\"CPP_Abuse_Rate\" | starting during the year");
    private static readonly Evidence PlansCeasedRate = new(Dictionary, 260, "during the year ending 31 March");
    private static readonly Evidence FosterCare = new(Dictionary, 2188, "looked after on 31 March");
    private static readonly Evidence ChildrensHomes = new(Dictionary, 2189, "looked after on 31 March");
    private static readonly Evidence IndependentLiving = new(Dictionary, 2190, "looked after on 31 March");
    private static readonly Evidence OtherResidential = new(Dictionary, 2195, "looked after on 31 March");
    private static readonly Evidence WithParents = new(Dictionary, 2211, "looked after on 31 March");
    private static readonly Evidence OtherPlacements = new(Dictionary, 2198, "looked after on 31 March");
    private static readonly Evidence CeasedSgo = new(Dictionary, 2242, "during the period ending 31 March");
    private static readonly Evidence CeasedSgoPercent = new(Dictionary, 2248, "during the period ending 31 March");
    private static readonly Evidence CeasedCaoPercent = new(Dictionary, 2272, "during the period ending 31 March");
    private static readonly Evidence SgoFosterRelative = new(Dictionary, 2256, "during the years ending 31 March");
    private static readonly Evidence SgoFosterOther = new(Dictionary, 2262, "during the years ending 31 March");
    private static readonly Evidence SgoOtherRelative = new(Dictionary, 2268, "during the years ending 31 March");
    private static readonly Evidence ReturnedHomePlanned = new(Dictionary, 2279, "cease to be looked after in any one year");
    private static readonly Evidence ReturnedHomeUnplanned = new(Dictionary, 2282, "cease to be looked after in any one year");
    private static readonly Evidence SocialWorkers = new(Dictionary, 2221, "during the year ending 31 March");
    private static readonly Evidence CareLeaversAll = new(Dictionary, 2303, "birthday falls between 1 April and 31 March");
    private static readonly Evidence CareLeaversAccommodated = new(Dictionary, 2319, "birthday falls between 1 April and 31 March");
    private static readonly Evidence CareLeaversEet = new(Dictionary, 2343, "birthday falls between 1 April and 31 March");
    private static readonly Evidence CareLeaversHigherEducation = new(Dictionary, 2367, "birthday falls between 1 April and 31 March");
    private static readonly Evidence ThreePlacementsCount = new(Dictionary, 2173, "looked after on 31 March");
    private static readonly Evidence LongTermStabilityCount = new(Dictionary, 2183, "at 31 March aged under 16");
    private static readonly Evidence AdoptedUnopposed = new(Dictionary, 1970, "during the period ending 31 March");
    private static readonly Evidence AdoptedConsentDispensed = new(Dictionary, 1974, "during the period ending 31 March");
    private static readonly Evidence AdoptedUnopposedPercent = new(Dictionary, 1978, "during the period ending 31 March");
    private static readonly Evidence AdoptedConsentDispensedPercent = new(Dictionary, 1982, "during the period ending 31 March");
    // Cafcass's care applications: "in past year" (line 269), Year_Type "Financial Year" (line 270), the year to 31 March
    // that LAIT labels by its end (CareApplications_LatestYear_EndedBeforeTheDictionarysLastUpdate).
    private static readonly Evidence CareApplications = new(Dictionary, 270, "cafcass.gov.uk/about-cafcass/our-data/\",NA,\"Financial Year\"");

    private static readonly (string Id, string Kind, Evidence Evidence)[] Kinds =
    [
        ("children-in-need", AtMarch, CinAt31March),
        ("children-in-need-awaiting-assessment", AtMarch, B1Awaiting),
        ("children-in-need-episodes-during-year", YearToMarch, B1Anypoint),
        ("children-in-need-during-year", YearToMarch, B1Anypoint),
        ("episodes-of-need-started", YearToMarch, B1StartedEnded),
        ("children-starting-episode-of-need", YearToMarch, B1StartedEnded),
        ("episodes-of-need-ended", YearToMarch, B1StartedEnded),
        ("children-ending-episode-of-need", YearToMarch, B1StartedEnded),
        ("children-in-need-rate", AtMarch, CinRate),

        ("referrals", YearToMarch, Referrals),
        ("children-referred", YearToMarch, Referrals),
        ("referrals-rate", YearToMarch, ReferralRate),
        ("re-referrals", YearToMarch, ReReferrals),
        ("re-referrals-percent", YearToMarch, ReReferrals),
        ("children-re-referred", YearToMarch, ReReferrals),
        ("children-re-referred-percent", YearToMarch, ReReferrals),
        ("referrals-no-further-action", YearToMarch, NoFurtherAction),
        ("referrals-no-further-action-percent", YearToMarch, NoFurtherAction),
        ("referrals-assessed-not-in-need", YearToMarch, NotInNeed),
        ("referrals-assessed-not-in-need-percent", YearToMarch, NotInNeed),

        ("assessments-with-factors-identified", YearToMarch, Assessments),
        ("assessment-factor-alcohol-misuse-child", YearToMarch, Assessments),
        ("assessment-factor-alcohol-misuse-parent", YearToMarch, Assessments),
        ("assessment-factor-alcohol-misuse-person", YearToMarch, Assessments),
        ("assessment-factor-drug-misuse-child", YearToMarch, Assessments),
        ("assessment-factor-drug-misuse-parent", YearToMarch, Assessments),
        ("assessment-factor-drug-misuse-person", YearToMarch, Assessments),
        ("assessment-factor-domestic-abuse-child", YearToMarch, Assessments),
        ("assessment-factor-domestic-abuse-parent", YearToMarch, Assessments),
        ("assessment-factor-domestic-abuse-person", YearToMarch, Assessments),
        ("assessment-factor-mental-health-child", YearToMarch, Assessments),
        ("assessment-factor-mental-health-parent", YearToMarch, Assessments),
        ("assessment-factor-mental-health-person", YearToMarch, Assessments),
        ("assessment-factor-learning-disability-child", YearToMarch, Assessments),
        ("assessment-factor-learning-disability-parent", YearToMarch, Assessments),
        ("assessment-factor-learning-disability-person", YearToMarch, Assessments),
        ("assessment-factor-physical-disability-child", YearToMarch, Assessments),
        ("assessment-factor-physical-disability-parent", YearToMarch, Assessments),
        ("assessment-factor-physical-disability-person", YearToMarch, Assessments),
        ("assessment-factor-young-carer", YearToMarch, Assessments),
        ("assessment-factor-privately-fostered", YearToMarch, Assessments),
        ("assessment-factor-unaccompanied-asylum-seeker", YearToMarch, Assessments),
        ("assessment-factor-going-missing", YearToMarch, Assessments),
        ("assessment-factor-child-sexual-exploitation", YearToMarch, Assessments),
        ("assessment-factor-trafficking", YearToMarch, Assessments),
        ("assessment-factor-gangs", YearToMarch, Assessments),
        ("assessment-factor-socially-unacceptable-behaviour", YearToMarch, Assessments),
        ("assessment-factor-self-harm", YearToMarch, Assessments),
        ("assessment-factor-neglect", YearToMarch, Assessments),
        ("assessment-factor-emotional-abuse", YearToMarch, Assessments),
        ("assessment-factor-physical-abuse-unknown", YearToMarch, Assessments),
        ("assessment-factor-physical-abuse-child-on-child", YearToMarch, Assessments),
        ("assessment-factor-physical-abuse-adult-on-child", YearToMarch, Assessments),
        ("assessment-factor-sexual-abuse-unknown", YearToMarch, Assessments),
        ("assessment-factor-sexual-abuse-child-on-child", YearToMarch, Assessments),
        ("assessment-factor-sexual-abuse-adult-on-child", YearToMarch, Assessments),
        ("assessment-factor-female-genital-mutilation", YearToMarch, Assessments),
        ("assessment-factor-faith-linked-abuse", YearToMarch, Assessments),
        ("assessment-factor-child-criminal-exploitation", YearToMarch, Assessments),
        ("assessment-factor-other", YearToMarch, Assessments),

        ("section-47-enquiries", YearToMarch, Section47),
        ("children-subject-to-section-47-enquiries", YearToMarch, Section47),
        ("section-47-enquiries-rate", YearToMarch, Section47),
        ("initial-child-protection-conferences", YearToMarch, Icpc),
        ("children-subject-to-initial-child-protection-conference", YearToMarch, Icpc),
        ("initial-child-protection-conferences-rate", YearToMarch, Icpc),
        ("icpcs-within-10-working-days", YearToMarch, Icpc0To10),
        ("icpcs-after-11-to-15-working-days", YearToMarch, Icpc11To15),
        ("icpcs-after-16-to-20-working-days", YearToMarch, Icpc16To20),
        ("icpcs-after-21-or-more-working-days", YearToMarch, Icpc21Plus),
        // The percentiles describe the same conferences as the bands.
        ("icpc-working-days-25th-percentile", YearToMarch, Icpc0To10),
        ("icpc-working-days-median", YearToMarch, Icpc0To10),
        ("icpc-working-days-75th-percentile", YearToMarch, Icpc0To10),

        ("child-protection-plans-started", YearToMarch, PlansStarted),
        ("child-protection-plans-second-or-subsequent", YearToMarch, PlansStarted),
        ("child-protection-plans-second-or-subsequent-percent", YearToMarch, PlansStarted),
        ("child-protection-plans", AtMarch, PlansAt31),
        ("child-protection-plans-rate", AtMarch, PlansRate),
        ("child-protection-plans-lasting-3-months-or-less", AtMarch, PlansAt31),
        ("child-protection-plans-lasting-3-months-or-less-percent", AtMarch, PlansAt31),
        ("child-protection-plans-lasting-3-to-6-months", AtMarch, PlansAt31),
        ("child-protection-plans-lasting-3-to-6-months-percent", AtMarch, PlansAt31),
        ("child-protection-plans-lasting-6-months-to-1-year", AtMarch, PlansAt31),
        ("child-protection-plans-lasting-6-months-to-1-year-percent", AtMarch, PlansAt31),
        ("child-protection-plans-lasting-1-to-2-years", AtMarch, PlansAt31),
        ("child-protection-plans-lasting-1-to-2-years-percent", AtMarch, PlansAt31),
        ("child-protection-plans-lasting-2-years-or-more", AtMarch, Plans2YearsAt31),
        ("child-protection-plans-lasting-2-years-or-more-percent", AtMarch, Plans2YearsAt31),

        ("children-looked-after", AtMarch, LookedAfter),
        ("children-looked-after-rate", AtMarch, LookedAfterRate),
        ("children-starting-to-be-looked-after", YearToMarch, StartedLookedAfter),
        ("children-starting-to-be-looked-after-rate", YearToMarch, StartedLookedAfterRate),
        ("children-ceasing-to-be-looked-after", YearToMarch, CeasedLookedAfter),
        ("children-ceasing-to-be-looked-after-rate", YearToMarch, CeasedLookedAfter),

        ("social-workers-fte", AtSeptember, InPostFte),
        ("social-workers-headcount", AtSeptember, InPostAndTurnover),
        ("social-worker-starters-fte", YearToSeptember, Starters),
        ("social-worker-starters-headcount", YearToSeptember, Starters),
        ("social-worker-leavers-fte", YearToSeptember, Leavers),
        ("social-worker-leavers-headcount", YearToSeptember, Leavers),
        ("social-worker-turnover-rate-fte", YearToSeptember, InPostAndTurnover),
        ("social-worker-turnover-rate-headcount", YearToSeptember, InPostAndTurnover),
        ("agency-social-workers-fte", AtSeptember, Agency),
        ("agency-social-workers-headcount", AtSeptember, Agency),
        ("agency-social-worker-rate-fte", AtSeptember, Agency),
        ("agency-social-worker-rate-headcount", AtSeptember, Agency),
        ("agency-social-workers-covering-vacancies-fte", AtSeptember, AgencyCover),
        ("agency-social-workers-covering-vacancies-percent", AtSeptember, AgencyCover),
        ("social-worker-vacancies-fte", AtSeptember, Vacancies),
        ("social-worker-vacancy-rate-fte", AtSeptember, Vacancies),
        ("social-worker-vacancies-covered-by-agency-percent", AtSeptember, VacancyAgencyCover),
        ("case-holding-social-workers-fte", AtSeptember, Caseload),
        ("social-work-cases", AtSeptember, Caseload),
        ("social-worker-caseload", AtSeptember, Caseload),
        ("social-worker-sickness-days-lost", YearToSeptember, Sickness),
        ("social-worker-sickness-absence-rate", YearToSeptember, Sickness),

        ("population-0-17", MidYear, Population),
        ("spend-per-child", FinancialYear, Spending),
        ("spend-per-child-in-need", FinancialYear, Spending),
        ("safeguarding-spend-per-child-in-need", FinancialYear, Spending),

        ("unaccompanied-asylum-seeking-children-looked-after", AtMarch, Uasc),
        ("unaccompanied-asylum-seeking-children-looked-after-percent", AtMarch, UascShare),
        ("unaccompanied-asylum-seeking-children-starting-to-be-looked-after-percent", YearToMarch, UascStarting),
        ("children-looked-after-mid-year-school-move-percent", AtMarch, SchoolMove),
        ("children-looked-after-adopted", YearToMarch, Adopted),
        ("children-looked-after-adopted-percent", YearToMarch, AdoptedPercent),
        ("children-looked-after-three-or-more-placements-percent", AtMarch, ThreePlacements),
        ("children-looked-after-long-term-placement-stability-percent", AtMarch, LongTermStability),
        ("children-looked-after-placed-over-20-miles-outside-percent", AtMarch, Distance),
        ("children-looked-after-health-assessments-percent", AtMarch, HealthChecks),
        ("children-looked-after-immunisations-up-to-date-percent", AtMarch, Immunisations),
        ("children-looked-after-dental-checks-percent", AtMarch, DentalChecks),
        ("children-looked-after-convicted-or-cautioned-percent", YearToMarch, Convictions),
        ("children-looked-after-substance-misuse-percent", YearToMarch, SubstanceMisuse),
        ("children-looked-after-missing-percent", YearToMarch, Missing),
        ("children-looked-after-away-without-authorisation-percent", YearToMarch, Away),
        ("care-leavers-in-suitable-accommodation-percent", YearToMarch, CareLeaverAccommodation),
        ("care-leavers-in-education-employment-or-training-percent", YearToMarch, CareLeaverEet),
        ("care-leavers-in-higher-education-percent", YearToMarch, CareLeaverHigherEducation),
        ("care-leavers-not-in-education-employment-or-training-percent", YearToMarch, CareLeaverNeet),
        ("care-leavers-not-in-touch-percent", YearToMarch, CareLeaverNotInTouch),
        ("care-leavers-staying-put-percent", YearToMarch, StayingPut),
        ("looked-after-children-weekly-unit-cost", FinancialYear, LookedAfterUnitCost),
        ("fostering-weekly-unit-cost", FinancialYear, FosteringUnitCost),
        ("residential-care-weekly-unit-cost", FinancialYear, ResidentialUnitCost),
        ("adoption-weekly-unit-cost", FinancialYear, AdoptionUnitCost),
        ("social-work-weekly-unit-cost", FinancialYear, SocialWorkUnitCost),
        ("sen-services-weekly-unit-cost", FinancialYear, SenUnitCost),

        ("children-in-need-episodes-ended-lasting-under-3-months-percent", YearToMarch, CinEpisodesEnded3Months),
        ("children-in-need-episodes-ended-lasting-3-to-6-months-percent", YearToMarch, CinEpisodesEnded3To6),
        ("children-in-need-episodes-ended-lasting-6-months-to-1-year-percent", YearToMarch, CinEpisodesEnded6To12),
        ("children-in-need-episodes-ended-lasting-1-to-2-years-percent", YearToMarch, CinEpisodesEnded1To2),
        ("children-in-need-episodes-ended-lasting-2-years-or-more-percent", YearToMarch, CinEpisodesEnded2More),
        ("children-in-need-open-episode-lasting-under-3-months-percent", AtMarch, CinOpenEpisode3Months),
        ("children-in-need-open-episode-lasting-3-to-6-months-percent", AtMarch, CinOpenEpisode3To6),
        ("children-in-need-open-episode-lasting-6-months-to-1-year-percent", AtMarch, CinOpenEpisode6To12),
        ("children-in-need-open-episode-lasting-1-to-2-years-percent", AtMarch, CinOpenEpisode1To2),
        ("children-in-need-open-episode-lasting-2-years-or-more-percent", AtMarch, CinOpenEpisode2More),
        ("child-protection-plans-ceased-after-2-years-or-more", YearToMarch, PlansCeasedTwoYearsCount),
        ("assessments-completed-within-45-working-days-percent", YearToMarch, AssessmentsOnTime),
        ("initial-child-protection-conferences-within-15-working-days-percent", YearToMarch, ConferencesOnTime),
        ("children-on-child-protection-plan-3-months-or-more", AtMarch, PlansThreeMonths),
        ("children-on-child-protection-plan-reviewed-on-time", AtMarch, PlansReviewed),
        ("children-on-child-protection-plan-reviewed-on-time-percent", AtMarch, PlansReviewedPercent),
        ("child-protection-plans-ceased-after-2-years-or-more-percent", YearToMarch, PlansCeasedTwoYears),
        ("child-protection-plans-started-rate", YearToMarch, PlansStartedRate),
        ("child-protection-plans-ceased-rate", YearToMarch, PlansCeasedRate),
        ("children-looked-after-in-foster-care-percent", AtMarch, FosterCare),
        ("children-looked-after-in-secure-or-childrens-homes-percent", AtMarch, ChildrensHomes),
        ("children-looked-after-in-independent-or-semi-independent-living-percent", AtMarch, IndependentLiving),
        ("children-looked-after-in-other-residential-settings-percent", AtMarch, OtherResidential),
        ("children-looked-after-placed-with-parents-percent", AtMarch, WithParents),
        ("children-looked-after-in-other-placements-percent", AtMarch, OtherPlacements),
        ("children-ceasing-to-be-looked-after-special-guardianship-orders", YearToMarch, CeasedSgo),
        ("children-ceasing-to-be-looked-after-special-guardianship-orders-percent", YearToMarch, CeasedSgoPercent),
        ("children-ceasing-to-be-looked-after-child-arrangement-orders-percent", YearToMarch, CeasedCaoPercent),
        ("special-guardianship-orders-former-foster-carer-relative-or-friend-percent", YearToMarch, SgoFosterRelative),
        ("special-guardianship-orders-former-foster-carer-other-percent", YearToMarch, SgoFosterOther),
        ("special-guardianship-orders-other-carer-relative-or-friend-percent", YearToMarch, SgoOtherRelative),
        ("children-ceasing-to-be-looked-after-returned-home-as-planned-percent", YearToMarch, ReturnedHomePlanned),
        ("children-ceasing-to-be-looked-after-returned-home-not-as-planned-percent", YearToMarch, ReturnedHomeUnplanned),
        ("children-looked-after-three-or-more-social-workers-percent", YearToMarch, SocialWorkers),
        ("care-leavers-aged-19-to-21", YearToMarch, CareLeaversAll),
        ("care-leavers-in-suitable-accommodation", YearToMarch, CareLeaversAccommodated),
        ("care-leavers-in-education-employment-or-training", YearToMarch, CareLeaversEet),
        ("care-leavers-in-higher-education", YearToMarch, CareLeaversHigherEducation),
        ("children-looked-after-three-or-more-placements", AtMarch, ThreePlacementsCount),
        ("children-looked-after-long-term-placement-stability", AtMarch, LongTermStabilityCount),
        ("children-looked-after-adopted-application-unopposed", YearToMarch, AdoptedUnopposed),
        ("children-looked-after-adopted-consent-dispensed-with", YearToMarch, AdoptedConsentDispensed),
        ("children-looked-after-adopted-application-unopposed-percent", YearToMarch, AdoptedUnopposedPercent),
        ("children-looked-after-adopted-consent-dispensed-with-percent", YearToMarch, AdoptedConsentDispensedPercent),

        ("referrals-from-schools-percent", YearToMarch, ReferralsFromSchools),
        ("referrals-from-health-services-percent", YearToMarch, ReferralsFromHealth),
        ("referrals-from-police-percent", YearToMarch, ReferralsFromPolice),
        ("foster-places-approved", AtMarch, FosterPlacesApproved),
        ("foster-places-filled", AtMarch, FosterPlacesFilled),
        ("social-workers-case-holders-percent", AtSeptember, CaseHolders),
        ("social-workers-qualified-without-cases-percent", AtSeptember, QualifiedWithoutCases),
        ("social-workers-senior-practitioners-percent", AtSeptember, SeniorPractitioners),
        ("care-applications-rate", YearToMarch, CareApplications),
    ];

    public static TheoryData<string, string, string, int, string> Cases()
    {
        var data = new TheoryData<string, string, string, int, string>();
        foreach (var (id, kind, evidence) in Kinds)
        {
            data.Add(id, kind, evidence.File, evidence.Line, evidence.Text);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Indicator_HasThePeriodKindItsPublicationDefines(string indicatorId, string kind, string file, int line, string evidence)
    {
        var text = SeedLine(file, line);
        Assert.All(evidence.Split(" | "), part => Assert.Contains(part, text, StringComparison.Ordinal));

        var indicator = await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}");
        Assert.Equal(kind, indicator.GetProperty("periodKind").GetString());

        var year = indicator.GetProperty("yearsAvailable").EnumerateArray().Max(y => y.GetInt32());
        var row = (await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}/values?year={year}&pageSize=1")).Items().Single();
        Assert.Equal((year, Label(kind, year)), (row.GetProperty("year").GetInt32(), row.GetProperty("period").GetString()));
    }

    [Fact]
    public async Task EveryIndicatorServed_HasAStatedKind()
    {
        var served = (await client.GetJsonAsync("/api/v1/indicators?pageSize=1000")).Items().Select(i => i.GetProperty("id").GetString()!);

        Assert.Equal(Kinds.Length, Kinds.Select(k => k.Id).Distinct().Count());
        Assert.Equal(served.Order(StringComparer.Ordinal), Kinds.Select(k => k.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ChildrenInNeedRate_IsTheCountAt31MarchPerChild()
    {
        // LAIT's CIN and CPP_rate for England 2025 (lait_bds_long_csc_topics_2026-04-08.csv lines 54560 and 59660) are
        // the counts at 31 March 2025 (b1 line 2 At31_episodes, d5 line 2 CPP_At31) per 10,000 of the mid-2024
        // population (ons_mid-year_population_estimates_2012_to_2024.csv line 2).
        var population = double.Parse(Cell("population/ons_mid-year_population_estimates_2012_to_2024.csv", 2, "population_estimate"), CultureInfo.InvariantCulture);
        var inNeed = double.Parse(Cell(B1, 2, "At31_episodes"), CultureInfo.InvariantCulture);
        var onPlans = double.Parse(Cell(D5, 2, "CPP_At31"), CultureInfo.InvariantCulture);
        var lait = "lait/lait_bds_long_csc_topics_2026-04-08.csv";
        Assert.StartsWith("CIN,,2025,England,", SeedLine(lait, 54560), StringComparison.Ordinal);
        Assert.StartsWith("CPP_rate,,2025,England,", SeedLine(lait, 59660), StringComparison.Ordinal);

        Assert.Equal(double.Parse(Cell(lait, 54560, "Values"), CultureInfo.InvariantCulture), Math.Round(inNeed / population * 10000, 1));
        Assert.Equal(double.Parse(Cell(lait, 59660, "Values"), CultureInfo.InvariantCulture), Math.Round(onPlans / population * 10000, 1));

        var served = (await client.GetJsonAsync("/api/v1/indicators/children-in-need-rate/values?year=2025&level=national")).Items().Single();
        Assert.Equal(("31 March 2025", 330.3), (served.GetProperty("period").GetString(), served.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task UascShare_IsTheCountAt31MarchOverChildrenLookedAfter()
    {
        // LAIT 2026-04-08, England 2025: Unacc_Asylmn_Seek_Childn over LACnum (both at 31 March), as a whole percentage.
        const string lait = "lait/lait_bds_long_csc_topics_2026-04-08.csv";
        double England(string measure) =>
            double.Parse(SeedRows.Single(lait, ("Short Desc", measure), ("LA Number", "970"), ("Years", "2025"))["Values"], CultureInfo.InvariantCulture);

        Assert.Equal(England("Unacc_Asylmn_Seek_Childn%"), Math.Round(England("Unacc_Asylmn_Seek_Childn") / England("LACnum") * 100));
        Assert.NotEqual(England("Unacc_Asylmn_Seek_Childn%"), Math.Round(England("Unacc_Asylmn_Seek_Childn") / England("LACnum_Start") * 100));

        var served = (await client.GetJsonAsync("/api/v1/indicators/unaccompanied-asylum-seeking-children-looked-after-percent/values?year=2025&level=national")).Items().Single();
        Assert.Equal(("31 March 2025", England("Unacc_Asylmn_Seek_Childn%")), (served.GetProperty("period").GetString(), served.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task PlansStartedRate_IsThePlansStartedInTheYearPerChild()
    {
        // LAIT's dictionary describes CPP_Abuse_Rate as plans at 31 March, but its England 2025 figure (line 66460) is the
        // plans started in the year (CPP_Abuse, line 64760) per 10,000 of the mid-2024 population, not the plans at
        // 31 March (CPP_Num, line 207560).
        var lait = "lait/lait_bds_long_csc_topics_2026-04-08.csv";
        Assert.StartsWith("CPP_Abuse_Rate,,2025,England,", SeedLine(lait, 66460), StringComparison.Ordinal);
        Assert.StartsWith("CPP_Abuse,,2025,England,", SeedLine(lait, 64760), StringComparison.Ordinal);
        Assert.StartsWith("CPP_Num,,2025,England,", SeedLine(lait, 207560), StringComparison.Ordinal);
        var population = double.Parse(Cell("population/ons_mid-year_population_estimates_2012_to_2024.csv", 2, "population_estimate"), CultureInfo.InvariantCulture);
        var rate = double.Parse(Cell(lait, 66460, "Values"), CultureInfo.InvariantCulture);

        Assert.Equal(rate, Math.Round(double.Parse(Cell(lait, 64760, "Values"), CultureInfo.InvariantCulture) / population * 10000, 1));
        Assert.NotEqual(rate, Math.Round(double.Parse(Cell(lait, 207560, "Values"), CultureInfo.InvariantCulture) / population * 10000, 1));

        var served = (await client.GetJsonAsync("/api/v1/indicators/child-protection-plans-started-rate/values?year=2025&level=national")).Items().Single();
        Assert.Equal(("Year to 31 March 2025", rate), (served.GetProperty("period").GetString(), served.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task CareApplications_LatestYear_EndedBeforeTheDictionarysLastUpdate()
    {
        // The record's "Last Update" (line 269) is the spreadsheet day number 45839, 1 July 2025: LAIT's latest year, 2025,
        // can be the year to 31 March 2025, not 2025-26, which had not ended then.
        Assert.Contains("in past year", SeedLine(Dictionary, 269), StringComparison.Ordinal);
        Assert.Contains("\"CareApplications\"", SeedLine(Dictionary, 269), StringComparison.Ordinal);
        Assert.Contains("\"45839\",\"46204\"", SeedLine(Dictionary, 269), StringComparison.Ordinal);
        var lastUpdate = new DateOnly(1899, 12, 30).AddDays(45839);
        var latest = SeedRows.Where("lait/lait_bds_long_csc_topics_2026-04-08.csv", ("Short Desc", "CareApplications")).Max(r => int.Parse(r["Years"], CultureInfo.InvariantCulture));

        var indicator = await client.GetJsonAsync("/api/v1/indicators/care-applications-rate");

        Assert.Equal((new DateOnly(2025, 7, 1), 2025), (lastUpdate, latest));
        Assert.True(new DateOnly(latest, 3, 31) < lastUpdate && lastUpdate < new DateOnly(latest + 1, 3, 31));
        Assert.Equal("Year to 31 March 2025", indicator.GetProperty("latest").GetProperty("period").GetString());
    }

    private static string Label(string kind, int year) => kind switch
    {
        AtMarch => $"31 March {year}",
        YearToMarch => $"Year to 31 March {year}",
        AtSeptember => $"30 September {year}",
        YearToSeptember => $"Year to 30 September {year}",
        FinancialYear => $"{year - 1}-{year % 100:00}",
        MidYear => $"Mid-{year}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a kind the API does not define"),
    };

    /// <summary>One line of a seed/ file, 1-based, split on line feeds only (the dictionary has bare carriage returns in cells).</summary>
    private static string SeedLine(string file, int line) =>
        SeedLines.GetOrAdd(file, f => File.ReadAllText(Path.Combine(SeededStore.SeedDirectory, f)).Split('\n'))[line - 1];

    private static readonly ConcurrentDictionary<string, string[]> SeedLines = new();

    /// <summary>A cell of an unquoted CSV line, by the header's column name.</summary>
    private static string Cell(string file, int line, string column)
    {
        var header = SeedLine(file, 1).TrimEnd('\r').Split(',');
        return SeedLine(file, line).TrimEnd('\r').Split(',')[Array.IndexOf(header, column)];
    }
}
