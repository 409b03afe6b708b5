using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Tests.Data;

/// <summary>
/// Figures in the store checked against the published files, each by file and line (seed/...). The expected
/// values were read off the files by hand, not from the importer's output.
/// </summary>
public sealed class FidelityTests
{
    private static Observation Current(string indicatorId, string gssCode, int year)
    {
        using var db = SeededStore.OpenReadOnly();
        return db.Observations.Include(o => o.SourceFile)
            .Single(o => o.IndicatorId == indicatorId && o.Geography.GssCode == gssCode && o.Year == year && o.IsCurrent);
    }

    [Theory]
    // children-in-need/b1_children_in_need_2013_to_2025.csv line 2: England 2025 At31_episodes.
    [InlineData("children-in-need", "E92000001", 2025, 402400, "children-in-need/b1_children_in_need_2013_to_2025.csv", 2)]
    // b1 line 955: Hackney 2020 At31_episodes (the year before its x).
    [InlineData("children-in-need", "E09000012", 2020, 3094, "children-in-need/b1_children_in_need_2013_to_2025.csv", 955)]
    // d5 line 1150: England 2018 CPP_At31, the peak.
    [InlineData("child-protection-plans", "E92000001", 2018, 53790, "children-in-need/d5_cpps_at31march_by_duration_2013_to_2025.csv", 1150)]
    // d5 line 1150: England 2018, plans lasting 3 months or less (%).
    [InlineData("child-protection-plans-lasting-3-months-or-less-percent", "E92000001", 2018, 30.2, "children-in-need/d5_cpps_at31march_by_duration_2013_to_2025.csv", 1150)]
    // c1 line 1970: England 2013 referral_count; rereferral_percent 24.7.
    [InlineData("referrals", "E92000001", 2013, 593470, "children-in-need/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", 1970)]
    [InlineData("re-referrals-percent", "E92000001", 2013, 24.7, "children-in-need/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", 1970)]
    // c4 lines 1970 and 2: England Section47 2013 and 2025; ICPC 2025; median working days 2025.
    [InlineData("section-47-enquiries", "E92000001", 2013, 127190, "children-in-need/c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv", 1970)]
    [InlineData("section-47-enquiries", "E92000001", 2025, 230590, "children-in-need/c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv", 2)]
    [InlineData("initial-child-protection-conferences", "E92000001", 2025, 72100, "children-in-need/c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv", 2)]
    [InlineData("icpc-working-days-median", "E92000001", 2025, 14, "children-in-need/c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv", 2)]
    // c4 line 1000: Gateshead 2019 under its former GSS code E08000020, stored against Gateshead (E08000037).
    [InlineData("section-47-enquiries", "E08000037", 2019, 582, "children-in-need/c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv", 1000)]
    // d3 line 2: England 2025 CPP_subsequent_percent.
    [InlineData("child-protection-plans-second-or-subsequent-percent", "E92000001", 2025, 24.5, "children-in-need/d3_cpps_subsequent_plan_2013_to_2025.csv", 2)]
    // CLA 2025 release: England 2025 looked after 81,770 at 67 per 10,000.
    [InlineData("children-looked-after", "E92000001", 2025, 81770, "children-looked-after/cla_number_and_rate_per_10k_children.csv", 3)]
    [InlineData("children-looked-after-rate", "E92000001", 2025, 67, "children-looked-after/cla_number_and_rate_per_10k_children.csv", 3)]
    // CLA 2025 release line 1005: England 2023 revised to 83,750 (the 2023 release said 83,840).
    [InlineData("children-looked-after", "E92000001", 2023, 83750, "children-looked-after/cla_number_and_rate_per_10k_children.csv", 1005)]
    // workforce line 2: England 30 September 2025.
    [InlineData("social-workers-fte", "E92000001", 2025, 36186.3, "workforce/csww_indicators_2017_to_2025.csv", 2)]
    [InlineData("social-worker-turnover-rate-fte", "E92000001", 2025, 11.8, "workforce/csww_indicators_2017_to_2025.csv", 2)]
    [InlineData("social-worker-vacancy-rate-fte", "E92000001", 2025, 14.2, "workforce/csww_indicators_2017_to_2025.csv", 2)]
    [InlineData("social-worker-caseload", "E92000001", 2025, 15.2, "workforce/csww_indicators_2017_to_2025.csv", 2)]
    // workforce line 50: Barnsley 2025 under ONS's new code E08000038, stored against Barnsley (E08000016).
    [InlineData("social-workers-fte", "E08000016", 2025, 208.2, "workforce/csww_indicators_2017_to_2025.csv", 50)]
    // population lines 2 and 1970: England mid-2024 and mid-2012.
    [InlineData("population-0-17", "E92000001", 2024, 12183016, "population/ons_mid-year_population_estimates_2012_to_2024.csv", 2)]
    [InlineData("population-0-17", "E92000001", 2012, 11403970, "population/ons_mid-year_population_estimates_2012_to_2024.csv", 1970)]
    // LAIT 2026-04-08 line 54560: England CIN rate 2025; line 54452 Hackney.
    [InlineData("children-in-need-rate", "E92000001", 2025, 330.3, "lait/lait_bds_long_csc_topics_2026-04-08.csv", 54560)]
    [InlineData("children-in-need-rate", "E09000012", 2025, 403, "lait/lait_bds_long_csc_topics_2026-04-08.csv", 54452)]
    // LAIT 2024-11-19 line 5260: England CIN rate 2015, a year only the older snapshot holds.
    [InlineData("children-in-need-rate", "E92000001", 2015, 338.2, "lait/lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv", 5260)]
    public void PublishedFigure_IsStoredAsPublished(string indicatorId, string gssCode, int year, double expected, string file, int line)
    {
        var observation = Current(indicatorId, gssCode, year);

        Assert.Equal(ObservationStatus.Published, observation.Status);
        Assert.Equal(expected, observation.Value);
        Assert.Equal(file, observation.SourceFile.Path);
        Assert.Equal(line, observation.SourceLine);
    }

    [Theory]
    // b1 lines 792 and 629: Hackney 2021 and 2022 are x (not available), not 0.
    [InlineData("children-in-need", "E09000012", 2021, "NotAvailable", "x")]
    [InlineData("children-in-need", "E09000012", 2022, "NotAvailable", "x")]
    // b1 line 455: Isles of Scilly 2023 At31_episodes is c (suppressed).
    [InlineData("children-in-need", "E06000053", 2023, "Suppressed", "c")]
    // b1 line 269: Hampshire 2024 is u (low reliability).
    [InlineData("children-in-need", "E10000014", 2024, "LowReliability", "u")]
    public void SpecialValue_IsKeptAsAStatusNotANumber(string indicatorId, string gssCode, int year, string status, string symbol)
    {
        var observation = Current(indicatorId, gssCode, year);

        Assert.Null(observation.Value);
        Assert.Equal(Enum.Parse<ObservationStatus>(status), observation.Status);
        Assert.Equal(symbol, observation.SourceValue);
    }

    [Fact]
    public void RevisedYear_KeepsBothReleasesAndMarksTheLatestCurrent()
    {
        using var db = SeededStore.OpenReadOnly();

        var englandCla2023 = db.Observations.Include(o => o.SourceFile)
            .Where(o => o.IndicatorId == "children-looked-after" && o.Geography.GssCode == "E92000001" && o.Year == 2023)
            .OrderBy(o => o.SourceFile.ReleaseOrder)
            .Select(o => new { o.Value, o.IsCurrent, o.SourceFile.Release, o.SourceLine })
            .ToList();

        // 2023 release line 3 said 83,840; the 2025 release line 1005 revised it to 83,750.
        Assert.Equal(
            [new { Value = (double?)83840, IsCurrent = false, Release = "2023", SourceLine = 3 },
             new { Value = (double?)83750, IsCurrent = true, Release = "2025", SourceLine = 1005 }],
            englandCla2023);
    }

    [Fact]
    public void EveryCellOfAnEesRow_BecomesAnObservation()
    {
        using var db = SeededStore.OpenReadOnly();

        // b1 line 2 has eight measure cells for England 2025.
        var fromLine = db.Observations.Count(o => o.SourceFile.Path == "children-in-need/b1_children_in_need_2013_to_2025.csv" && o.SourceLine == 2);

        Assert.Equal(8, fromLine);
    }

    [Fact]
    public void WorkforceSharedTrust_IsAGroupOfTwoAuthorities()
    {
        using var db = SeededStore.OpenReadOnly();

        // workforce line 1134: Kingston upon Thames / Richmond upon Thames, 2019, inpost_fte 146.9.
        var observation = db.Observations.Include(o => o.Geography)
            .Single(o => o.IndicatorId == "social-workers-fte" && o.Year == 2019 && o.Geography.LaCode == "314 / 318");
        var members = db.AuthorityGroupMembers.Where(m => m.GroupId == observation.GeographyId).Select(m => m.Member.GssCode).Order().ToList();

        Assert.Equal(146.9, observation.Value);
        Assert.Equal(["E09000021", "E09000027"], members);
    }
}
