using ChildServicesApi.Domain;
using ChildServicesApi.Features.SchoolOutcomes;
using static ChildServicesApi.Features.SchoolOutcomes.SchoolOutcomeCohort;
using static ChildServicesApi.Features.SchoolOutcomes.SchoolOutcomeUnit;
using static ChildServicesApi.Features.SchoolOutcomes.SchoolOutcomeTopic;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// The school outcomes of children in need, on a child protection plan and looked after that LAIT republishes from DfE's
/// <i>Outcomes for children in need, including children looked after by local authorities in England</i>: the 45
/// measures of LAIT's children's social care topics whose dictionary <c>Year_Type</c> is "Academic Year". LAIT labels an
/// academic year by the calendar year it ends in (2025 is 2024/25): key stage 2 has only dashes under 2020 and 2021, the
/// two years its assessments were not held (2019/20 and 2020/21), and the key stage 2 progress scores stop at 2023, the
/// last year with a key stage 1 baseline.
/// </summary>
internal static class SchoolOutcomesSource
{
    public static readonly Publication Outcomes = new(Publications.Dfe,
        "Outcomes for children in need, including children looked after by local authorities in England",
        "https://explore-education-statistics.service.gov.uk/find-statistics/outcomes-for-children-in-need-including-children-looked-after-by-local-authorities-in-england");

    /// <summary>The dictionary's <c>Year_Type</c> of every measure here.</summary>
    public const string YearType = "Academic Year";

    /// <summary>
    /// A measure: LAIT's code, the id served, whose outcome, its topic, the unit and the decimals published: the
    /// dictionary's <c>dps</c> where its entry gives one (checked at import); where it says NA, the most decimals any of
    /// the measure's cells has once LAIT's binary artefacts are removed (the import fails on a cell with more, or if no
    /// cell has as many). LAIT lists <c>LAC_Over_Abs</c> and <c>LAC_Unauth</c> twice, NA under Children Looked After and 2
    /// under All Pupil Absence &amp; Exclusions: the first entry is read, and no cell has a second decimal.
    /// </summary>
    internal sealed record Measure(string Code, string Id, SchoolOutcomeCohort Cohort, SchoolOutcomeTopic Topic, SchoolOutcomeUnit Unit, int Decimals, string Title);

    public static readonly IReadOnlyList<Measure> Measures =
    [
        new("CINNoSEN", "children-in-need-no-sen", ChildrenInNeed, SpecialEducationalNeeds, Percent, 1, "School-age children in need with no special educational needs"),
        new("CINSEN_SUP", "children-in-need-sen-support", ChildrenInNeed, SpecialEducationalNeeds, Percent, 1, "School-age children in need with SEN support"),
        new("CINStatement", "children-in-need-ehc-plan", ChildrenInNeed, SpecialEducationalNeeds, Percent, 1, "School-age children in need with a statement or EHC plan"),
        new("CINFSM", "children-in-need-free-school-meals", ChildrenInNeed, FreeSchoolMeals, Percent, 1, "School-age children in need eligible for free school meals"),
        new("CINAuthAb_3Term", "children-in-need-authorised-absence", ChildrenInNeed, Absence, Percent, 1, "Sessions children in need missed through authorised absence"),
        new("CINUnauthAb_3Term", "children-in-need-unauthorised-absence", ChildrenInNeed, Absence, Percent, 1, "Sessions children in need missed through unauthorised absence"),
        new("CINTotalAb_3Term", "children-in-need-overall-absence", ChildrenInNeed, Absence, Percent, 1, "Sessions children in need missed through absence"),
        new("CINPermAbsent_3Term", "children-in-need-persistent-absence", ChildrenInNeed, Absence, Percent, 1, "Children in need who are persistent absentees"),
        new("CINFixedExclusion", "children-in-need-suspension", ChildrenInNeed, Exclusions, Percent, 2, "Children in need with at least one suspension (fixed period exclusion)"),
        new("CINPermExclusion", "children-in-need-permanent-exclusion", ChildrenInNeed, Exclusions, Percent, 2, "Children in need with at least one permanent exclusion"),
        new("CIN_Good _Develop", "children-in-need-good-level-of-development", ChildrenInNeed, EarlyYears, Percent, 1, "Children in need reaching a good level of development in the early years foundation stage profile"),
        new("CIN_KS2_ExpStd_R", "children-in-need-ks2-expected-standard-reading", ChildrenInNeed, KeyStage2, Percent, 0, "Children in need reaching the expected standard in reading at key stage 2"),
        new("CIN_KS2_ExpStd_W", "children-in-need-ks2-expected-standard-writing", ChildrenInNeed, KeyStage2, Percent, 0, "Children in need reaching the expected standard in writing at key stage 2"),
        new("CIN_KS2_ExpStd_M", "children-in-need-ks2-expected-standard-maths", ChildrenInNeed, KeyStage2, Percent, 0, "Children in need reaching the expected standard in maths at key stage 2"),
        new("CIN_KS2_ExpStd_GPS", "children-in-need-ks2-expected-standard-grammar-punctuation-spelling", ChildrenInNeed, KeyStage2, Percent, 0, "Children in need reaching the expected standard in grammar, punctuation and spelling at key stage 2"),
        new("CIN_KS2_ExpStd_RWM", "children-in-need-ks2-expected-standard-reading-writing-maths", ChildrenInNeed, KeyStage2, Percent, 0, "Children in need reaching the expected standard in reading, writing and maths at key stage 2"),
        new("CIN_Avg_Attain8_KS4", "children-in-need-attainment-8", ChildrenInNeed, KeyStage4, AverageScore, 1, "Average Attainment 8 score of children in need"),
        new("CINProgKS2-4_Avg_Prog8", "children-in-need-progress-8", ChildrenInNeed, KeyStage4, AverageScore, 2, "Average Progress 8 score of children in need"),
        new("CIN_EngMaths9-5", "children-in-need-english-maths-grade-5", ChildrenInNeed, KeyStage4, Percent, 1, "Children in need achieving grade 5 or above in English and maths GCSEs"),
        new("CIN_EngMaths9-4", "children-in-need-english-maths-grade-4", ChildrenInNeed, KeyStage4, Percent, 1, "Children in need achieving grade 4 or above in English and maths GCSEs"),
        new("CIN_EngBacEntries", "children-in-need-ebacc-entry", ChildrenInNeed, KeyStage4, Percent, 1, "Children in need entered for the English Baccalaureate"),
        new("CIN_EngBacAPS", "children-in-need-ebacc-average-point-score", ChildrenInNeed, KeyStage4, AverageScore, 2, "English Baccalaureate average point score of children in need"),
        new("CPPTotalAb_3Term", "child-protection-plan-overall-absence", ChildProtectionPlan, Absence, Percent, 1, "Sessions children on a child protection plan missed through absence"),
        new("CPPPerAbs_3Term", "child-protection-plan-persistent-absence", ChildProtectionPlan, Absence, Percent, 1, "Children on a child protection plan who are persistent absentees"),
        new("CPP_Good_Develop", "child-protection-plan-good-level-of-development", ChildProtectionPlan, EarlyYears, Percent, 1, "Children on a child protection plan reaching a good level of development in the early years foundation stage profile"),
        new("CPPO_KS2_RWM", "child-protection-plan-ks2-expected-standard-reading-writing-maths", ChildProtectionPlan, KeyStage2, Percent, 0, "Children on a child protection plan reaching the expected standard in reading, writing and maths at key stage 2"),
        new("CPPO_KS4_A8", "child-protection-plan-attainment-8", ChildProtectionPlan, KeyStage4, AverageScore, 1, "Average Attainment 8 score of children on a child protection plan"),
        new("LAC_SEN", "looked-after-sen-support", LookedAfter, SpecialEducationalNeeds, Percent, 1, "Children looked after with special educational needs but no statement or EHC plan"),
        new("LAC_SEN_Statement", "looked-after-ehc-plan", LookedAfter, SpecialEducationalNeeds, Percent, 1, "Children looked after with a statement or EHC plan"),
        new("LAC_Over_Abs", "looked-after-overall-absence", LookedAfter, Absence, Percent, 1, "Sessions children looked after missed through absence"),
        new("LAC_Unauth", "looked-after-unauthorised-absence", LookedAfter, Absence, Percent, 1, "Sessions children looked after missed through unauthorised absence"),
        new("LAC_Pers_Abs", "looked-after-persistent-absence", LookedAfter, Absence, Percent, 1, "Children looked after who are persistent absentees"),
        new("LAC_Fixed_ Ex", "looked-after-suspension", LookedAfter, Exclusions, Percent, 2, "Children looked after with at least one suspension (fixed period exclusion)"),
        new("LAC_Good_Develop", "looked-after-good-level-of-development", LookedAfter, EarlyYears, Percent, 1, "Children looked after reaching a good level of development in the early years foundation stage profile"),
        new("LAC_KS2_ExpStd_R", "looked-after-ks2-expected-standard-reading", LookedAfter, KeyStage2, Percent, 0, "Children looked after reaching the expected standard in reading at key stage 2"),
        new("LAC_KS2_ExpStd_W", "looked-after-ks2-expected-standard-writing", LookedAfter, KeyStage2, Percent, 0, "Children looked after reaching the expected standard in writing at key stage 2"),
        new("LAC_KS2_ExpStd_M", "looked-after-ks2-expected-standard-maths", LookedAfter, KeyStage2, Percent, 0, "Children looked after reaching the expected standard in maths at key stage 2"),
        new("LAC_KS2_ExpStd_GPS", "looked-after-ks2-expected-standard-grammar-punctuation-spelling", LookedAfter, KeyStage2, Percent, 0, "Children looked after reaching the expected standard in grammar, punctuation and spelling at key stage 2"),
        new("LAC_KS2_ExpStd_RWM", "looked-after-ks2-expected-standard-reading-writing-maths", LookedAfter, KeyStage2, Percent, 0, "Children looked after reaching the expected standard in reading, writing and maths at key stage 2"),
        new("LAC_KS2_AVG_Prog8_R", "looked-after-ks2-progress-reading", LookedAfter, KeyStage2, AverageScore, 2, "Average key stage 2 progress score in reading of children looked after"),
        new("LAC_KS2_AVG_Prog8_W", "looked-after-ks2-progress-writing", LookedAfter, KeyStage2, AverageScore, 2, "Average key stage 2 progress score in writing of children looked after"),
        new("LAC_KS2_AVG_Prog8_M", "looked-after-ks2-progress-maths", LookedAfter, KeyStage2, AverageScore, 2, "Average key stage 2 progress score in maths of children looked after"),
        new("LAC_KS4_AVG_Attain8", "looked-after-attainment-8", LookedAfter, KeyStage4, AverageScore, 1, "Average Attainment 8 score of children looked after"),
        new("LAC_KS4_AVG_Prog8", "looked-after-progress-8", LookedAfter, KeyStage4, AverageScore, 2, "Average Progress 8 score of children looked after"),
        new("LAC_EngMaths9-4", "looked-after-english-maths-grade-4", LookedAfter, KeyStage4, Percent, 1, "Children looked after achieving grade 4 or above in English and maths GCSEs"),
    ];

    /// <summary>The academic year LAIT's label names: 2025 is "2024/25".</summary>
    public static string AcademicYear(int year) => $"{year - 1}/{year % 100:00}";

    /// <summary>
    /// The day a figure's authority is looked up on: 31 March of the year the academic year ends, the day DfE counts its
    /// cohorts on. LAIT files 2022/23 under Cumbria (abolished 1 April 2023) and 2020/21 under Northamptonshire (abolished
    /// 1 April 2021), their successors from the next year.
    /// </summary>
    public static DateOnly CohortDay(int year) => new(year, 3, 31);
}
