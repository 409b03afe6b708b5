using ChildServicesApi.Domain;
using ChildServicesApi.Features.Indicators;
using static ChildServicesApi.Features.Indicators.IndicatorUnit;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>DfE, Characteristics of children in need: 2025 release, tables B1, C1, C3, C4, D3 and D5 (2013-2025).</summary>
internal static class ChildrenInNeedSource
{
    public const string B1File = "children-in-need/b1_children_in_need_2013_to_2025.csv";
    private const string Topic = "Children in need and child protection";
    private const string Release = "2025";
    private const int ReleaseOrder = 2025;

    public static readonly SourceCitation B1Citation = Cite("Table B1: children in need (b1_children_in_need_2013_to_2025.csv)");

    /// <summary>Table C4, whose notes (<see cref="Caveats"/>) apply to the indicators it feeds and to no LAIT measure.</summary>
    public static readonly SourceCitation C4Citation =
        Cite("Table C4: section 47 enquiries and initial child protection conferences (c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv)");

    private static SourceCitation Cite(string table) => new(Publications.ChildrenInNeed, Release, ReleaseOrder, table);

    public static IEnumerable<EesFileSpec> Files()
    {
        yield return new(B1File, B1Citation, Topic, PeriodKind.YearTo31March,
        [
            new("At31_episodes", "children-in-need", "Children in need at 31 March",
                "Children in need on 31 March: episodes of need open at the end of the reporting year.", Count, PeriodKind: PeriodKind.At31March),
            new("Anypoint_episodes", "children-in-need-episodes-during-year", "Episodes of need during the year",
                "Episodes of need open at any point in the year to 31 March.", Count),
            new("Anypoint_child", "children-in-need-during-year", "Children in need at any point in the year",
                "Children with an episode of need open at any point in the year to 31 March.", Count),
            new("Started_episodes", "episodes-of-need-started", "Episodes of need started",
                "Episodes of need that started in the year to 31 March.", Count),
            new("Started_child", "children-starting-episode-of-need", "Children starting an episode of need",
                "Children who started an episode of need in the year to 31 March.", Count),
            new("Ended_episodes", "episodes-of-need-ended", "Episodes of need ended",
                "Episodes of need that ended in the year to 31 March.", Count),
            new("Ended_child", "children-ending-episode-of-need", "Children ending an episode of need",
                "Children whose episode of need ended in the year to 31 March.", Count),
            new("awaiting_assessment", "children-in-need-awaiting-assessment", "Children in need awaiting assessment at 31 March",
                "Episodes of need open at 31 March whose assessment had not yet been completed.", Count, PeriodKind: PeriodKind.At31March),
        ]);
        yield return new("children-in-need/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
            Cite("Table C1: referrals and re-referrals (c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv)"),
            Topic, PeriodKind.YearTo31March,
        [
            new("referral_count", "referrals", "Referrals to children's social care",
                "Referrals to children's social care in the year to 31 March.", Count),
            new("rereferral_count", "re-referrals", "Re-referrals within 12 months",
                "Referrals in the year that came within 12 months of a previous referral of the same child.", Count),
            new("rereferral_percent", "re-referrals-percent", "Re-referrals within 12 months (%)",
                "Re-referrals within 12 months as a percentage of all referrals in the year.", Percent),
            new("no_further_action_count", "referrals-no-further-action", "Referrals resulting in no further action",
                "Referrals in the year that resulted in no further action.", Count),
            new("no_further_action_percent", "referrals-no-further-action-percent", "Referrals resulting in no further action (%)",
                "Referrals resulting in no further action as a percentage of all referrals in the year.", Percent),
            new("not_in_need_count", "referrals-assessed-not-in-need", "Referrals assessed as not in need",
                "Referrals in the year where the child was assessed and found not to be in need.", Count),
            new("not_in_need_percent", "referrals-assessed-not-in-need-percent", "Referrals assessed as not in need (%)",
                "Referrals assessed as not in need as a percentage of all referrals in the year.", Percent),
            new("referral_child_count", "children-referred", "Children referred",
                "Distinct children referred to children's social care in the year to 31 March.", Count),
            new("rereferral_child_count", "children-re-referred", "Children re-referred within 12 months",
                "Distinct children referred in the year within 12 months of a previous referral.", Count),
            new("rereferral_child_percent", "children-re-referred-percent", "Children re-referred within 12 months (%)",
                "Children re-referred within 12 months as a percentage of children referred in the year.", Percent),
        ]);
        yield return new("children-in-need/c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv", C4Citation, Topic, PeriodKind.YearTo31March,
        [
            new("Section47", "section-47-enquiries", "Section 47 enquiries",
                "Section 47 enquiries (Children Act 1989) started in the year to 31 March.", Count),
            new("Section47_child", "children-subject-to-section-47-enquiries", "Children subject to a section 47 enquiry",
                "Distinct children subject to a section 47 enquiry that started in the year.", Count),
            new("ICPC", "initial-child-protection-conferences", "Initial child protection conferences",
                "Initial child protection conferences held in the year to 31 March.", Count),
            new("ICPC_child", "children-subject-to-initial-child-protection-conference", "Children subject to an initial child protection conference",
                "Distinct children subject to an initial child protection conference in the year.", Count),
            new("Duration_0-10_days", "icpcs-within-10-working-days", "ICPCs within 10 working days",
                "Initial child protection conferences held within 10 working days of the strategy discussion that began the section 47 enquiry.", Count),
            new("Duration_11-15_days", "icpcs-after-11-to-15-working-days", "ICPCs after 11 to 15 working days",
                "Initial child protection conferences held 11 to 15 working days after the strategy discussion.", Count),
            new("Duration_16-20_days", "icpcs-after-16-to-20-working-days", "ICPCs after 16 to 20 working days",
                "Initial child protection conferences held 16 to 20 working days after the strategy discussion.", Count),
            new("Duration_21+_days", "icpcs-after-21-or-more-working-days", "ICPCs after 21 or more working days",
                "Initial child protection conferences held 21 or more working days after the strategy discussion.", Count),
            new("Duration_25th_Percentile", "icpc-working-days-25th-percentile", "Working days to ICPC: 25th percentile",
                "25th percentile of working days from strategy discussion to initial child protection conference.", Days),
            new("Duration_median", "icpc-working-days-median", "Working days to ICPC: median",
                "Median working days from strategy discussion to initial child protection conference.", Days),
            new("Duration_75th_Percentile", "icpc-working-days-75th-percentile", "Working days to ICPC: 75th percentile",
                "75th percentile of working days from strategy discussion to initial child protection conference.", Days),
        ]);
        yield return new("children-in-need/d3_cpps_subsequent_plan_2013_to_2025.csv",
            Cite("Table D3: child protection plans which are a second or subsequent plan (d3_cpps_subsequent_plan_2013_to_2025.csv)"),
            Topic, PeriodKind.YearTo31March,
        [
            new("CPP_start", "child-protection-plans-started", "Child protection plans started",
                "Child protection plans that started in the year to 31 March.", Count),
            new("CPP_subsequent", "child-protection-plans-second-or-subsequent", "Second or subsequent child protection plans",
                "Plans started in the year that were a second or subsequent plan for the child.", Count),
            new("CPP_subsequent_percent", "child-protection-plans-second-or-subsequent-percent", "Second or subsequent child protection plans (%)",
                "Second or subsequent plans as a percentage of plans started in the year.", Percent),
        ]);
        yield return new("children-in-need/d5_cpps_at31march_by_duration_2013_to_2025.csv",
            Cite("Table D5: child protection plans at 31 March by length of time (d5_cpps_at31march_by_duration_2013_to_2025.csv)"),
            Topic, PeriodKind.At31March,
        [
            new("CPP_At31", "child-protection-plans", "Children on a child protection plan at 31 March",
                "Children who were the subject of a child protection plan on 31 March.", Count),
            .. PlanDuration("3_months_or_less", "3-months-or-less", "3 months or less"),
            .. PlanDuration("more_than_3_months_6_months", "3-to-6-months", "more than 3 months and up to 6 months"),
            .. PlanDuration("more_than_6_months_less_than_1_year", "6-months-to-1-year", "more than 6 months and less than 1 year"),
            .. PlanDuration("1_year_less_than_2_years", "1-to-2-years", "1 year and less than 2 years"),
            .. PlanDuration("2_years_or_more", "2-years-or-more", "2 years or more"),
        ]);
        yield return new("children-in-need/c3_factors_identified_at_end_of_assessment_2018_to_2025.csv",
            Cite("Table C3: factors identified at the end of assessment (c3_factors_identified_at_end_of_assessment_2018_to_2025.csv)"),
            Topic, PeriodKind.YearTo31March,
        [
            new("Episodes_with_assessment_factor", "assessments-with-factors-identified", "Assessments with factors identified",
                "Episodes with at least one factor identified at the end of assessment in the year to 31 March.", Count),
            .. AssessmentFactors.Select(AssessmentFactor),
        ]);
    }

    private static IEnumerable<EesMeasure> PlanDuration(string column, string idPart, string words) =>
    [
        new(column, $"child-protection-plans-lasting-{idPart}", $"Child protection plans at 31 March lasting {words}",
            $"Children on a plan at 31 March whose plan had lasted {words}.", Count),
        new($"{column}_percent", $"child-protection-plans-lasting-{idPart}-percent", $"Child protection plans at 31 March lasting {words} (%)",
            $"Plans at 31 March that had lasted {words}, as a percentage of all plans at 31 March.", Percent),
    ];

    /// <summary>Table C3's factor columns, each counted in episodes where the factor was identified.</summary>
    private static readonly string[] AssessmentFactors =
    [
        "Alcohol_Misuse_child", "Alcohol_Misuse_parent", "Alcohol_Misuse_person",
        "Drug_Misuse_child", "Drug_Misuse_parent", "Drug_Misuse_person",
        "Domestic_Abuse_child", "Domestic_Abuse_parent", "Domestic_Abuse_person",
        "Mental_Health_child", "Mental_Health_parent", "Mental_Health_person",
        "Learning_Disability_child", "Learning_Disability_parent", "Learning_Disability_person",
        "Physical_Disability_child", "Physical_Disability_parent", "Physical_Disability_person",
        "Young_Carer", "Privately_fostered", "Unaccompanied_asylum_seeker", "Going_missing",
        "Child_sexual_exploitation", "Trafficking", "Gangs", "Socially_unacceptable_behaviour", "Self_harm",
        "Neglect", "Emotional_Abuse",
        "Physical_Abuse_unknown", "Physical_Abuse_child_on_child", "Physical_Abuse_adult_on_child",
        "Sexual_Abuse_unknown", "Sexual_Abuse_child_on_child", "Sexual_Abuse_adult_on_child",
        "Female_Genital_Mutilation", "Faith_linked_abuse", "Child_criminal_exploitation", "Other",
    ];

    /// <summary>"Domestic_Abuse_parent" → assessment-factor-domestic-abuse-parent, "Domestic abuse (parent)".</summary>
    private static EesMeasure AssessmentFactor(string column)
    {
        var words = column.Split('_');
        var concerning = words[^1] is "child" or "parent" or "person" && words.Length > 1 ? words[^1] : null;
        var factorWords = concerning is null ? words : words[..^1];
        var factor = string.Join(' ', factorWords).ToLowerInvariant();
        factor = char.ToUpperInvariant(factor[0]) + factor[1..];
        var title = concerning is null ? factor : $"{factor} ({concerning})";
        var about = concerning switch
        {
            "child" => " concerning the child",
            "parent" => " concerning a parent or carer",
            "person" => " concerning another person in the household",
            _ => "",
        };
        return new(column, $"assessment-factor-{Slugs.From(column)}", $"Assessment factor: {title}",
            $"Episodes where '{factor.ToLowerInvariant()}'{about} was identified as a factor at the end of assessment.", Count);
    }
}
