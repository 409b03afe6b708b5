using System.Globalization;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>
/// LAIT republishes the children looked after figures (2015-2025) that the SFR files (2015-2017) and the EES files
/// (2019-2025) also give. The rule: the publication's own file is served; LAIT's figure is only compared with it, and
/// every difference is listed in <see cref="ImportContext.Disagreements"/>.
/// </summary>
public sealed class LaitOverlapTests(ITestOutputHelper output)
{
    [Fact]
    public void Camden2015_TheSfrFigureIsServedAndLaitsRevisionIsListed()
    {
        // SFR34_CLA2015.csv (the 2015 release) gives Camden 190 on 31 March 2015; LAIT (2024-11-19 data, from a later
        // release's revision) gives 188.
        const string sfr = "children-looked-after/sfr/SFR34_CLA2015.csv";
        const string lait = "lait/lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv";
        var sfrRow = SeedRows.Single(sfr, ("geog_c", "202"));
        var laitRow = SeedRows.Single(lait, ("Short Desc", "LACnum"), ("LA Number", "202"), ("Years", "2015"));
        Assert.NotEqual(double.Parse(sfrRow["CLA_Mar2015"], CultureInfo.InvariantCulture), double.Parse(laitRow["Values"], CultureInfo.InvariantCulture));

        var disagreement = SeededStore.Context.Disagreements.Single(d => d.IndicatorId == "children-looked-after" && d.Geography.LaCode == "202" && d.Year == 2015);

        Assert.Equal((sfr, sfrRow.Line, sfrRow["CLA_Mar2015"]), (disagreement.PublishedFile, disagreement.PublishedLine, disagreement.PublishedText));
        Assert.Equal((lait, laitRow.Line, laitRow["Values"]), (disagreement.RepublishedFile, disagreement.RepublishedLine, disagreement.RepublishedText));
        var served = SeededStore.Context.Observations.Single(o => o.IsCurrent && o.IndicatorId == "children-looked-after" && o.Geography.LaCode == "202" && o.Year == 2015);
        Assert.Equal(sfr, served.SourceFile.Path);
    }

    [Fact]
    public void EveryDisagreement_ServesThePublicationsFigure_AndNoLaitFigureInThatYear()
    {
        var context = SeededStore.Context;
        Assert.NotEmpty(context.Disagreements);
        foreach (var group in context.Disagreements.GroupBy(d => (d.IndicatorId, d.Year)).OrderBy(g => g.Key))
        {
            var gaps = group.Select(d => double.TryParse(d.PublishedText, CultureInfo.InvariantCulture, out var a) && double.TryParse(d.RepublishedText, CultureInfo.InvariantCulture, out var b) ? Math.Abs(a - b) : double.NaN).ToList();
            output.WriteLine($"{group.Key.IndicatorId} {group.Key.Year}: {group.Count()} differ ({group.Count(d => d.Geography.Level == ChildServicesApi.Features.Authorities.GeographyLevel.Authority)} authorities), "
                + $"largest {gaps.Where(double.IsFinite).DefaultIfEmpty().Max()}, {gaps.Count(double.IsNaN)} not both numbers; e.g. {string.Join("; ", group.Take(3).Select(d => $"{d.Geography.Name} {d.PublishedText ?? "(no row)"} vs LAIT {d.RepublishedText}"))}");
            var served = context.Observations.Where(o => o.IsCurrent && o.IndicatorId == group.Key.IndicatorId && o.Year == group.Key.Year).ToList();
            Assert.DoesNotContain(served, o => o.SourceFile.Path.StartsWith("lait/", StringComparison.Ordinal));
            foreach (var disagreement in group.Where(d => d.PublishedLine is not null))
            {
                var observation = served.Single(o => o.Geography == disagreement.Geography);
                Assert.Equal((disagreement.PublishedFile, disagreement.PublishedLine, disagreement.PublishedText),
                    (observation.SourceFile.Path, (int?)observation.SourceLine, observation.SourceValue));
            }
        }
    }

    /// <summary>
    /// docs/lait-overlaps.csv lists every difference, reviewed: a changed seed file or rule that adds, removes or alters
    /// one fails here, and the message names a file holding the list as it now is, to review and copy over.
    /// </summary>
    [Fact]
    public void EveryDisagreement_IsInTheReviewedList()
    {
        var path = Path.Combine(SeededStore.SeedDirectory, "..", "docs", "lait-overlaps.csv");
        var lines = new List<string> { "indicator,gss_code,la_code,area,year,published_file,published_line,published_cell,lait_file,lait_line,lait_cell" };
        lines.AddRange(SeededStore.Context.Disagreements
            .OrderBy(d => d.IndicatorId, StringComparer.Ordinal).ThenBy(d => d.Year).ThenBy(d => d.Geography.GssCode, StringComparer.Ordinal)
            .Select(d => string.Join(',', d.IndicatorId, d.Geography.GssCode, d.Geography.LaCode, $"\"{d.Geography.Name}\"", d.Year,
                d.PublishedFile, d.PublishedLine, d.PublishedText, d.RepublishedFile, d.RepublishedLine, d.RepublishedText)));
        var computed = string.Join('\n', lines) + "\n";

        if (File.ReadAllText(path) != computed)
        {
            // Outside the test folders, which are removed when the run ends.
            var now = Path.Combine(Path.GetTempPath(), $"lait-overlaps-{Environment.ProcessId}.csv");
            File.WriteAllText(now, computed);
            Assert.Fail($"the LAIT overlaps changed from docs/lait-overlaps.csv; the list as it now is: {now}");
        }
    }

    [Fact]
    public void LaitFillsOnlyYearsNoPublicationFileGives()
    {
        var years = SeededStore.Context.Observations
            .Where(o => LaitSource.ChildrenLookedAfter.Any(r => r.IndicatorId == o.IndicatorId) && o.SourceFile.Path.StartsWith("lait/", StringComparison.Ordinal))
            .Select(o => (o.IndicatorId, o.Year)).Distinct().Order().ToList();

        Assert.Equal(
        [
            ("children-ceasing-to-be-looked-after", 2018),
            ("children-ceasing-to-be-looked-after-rate", 2018),
            ("children-looked-after", 2018),
            ("children-looked-after-rate", 2015), ("children-looked-after-rate", 2016), ("children-looked-after-rate", 2017), ("children-looked-after-rate", 2018),
            ("children-starting-to-be-looked-after", 2018),
            ("children-starting-to-be-looked-after-rate", 2018),
        ], years);
    }

    /// <summary>The ceased tables give the adoptions for 2010-2017, LAIT from 2018: no year is in both, so each year has one source.</summary>
    [Fact]
    public void Adoptions_SfrUpTo2017_LaitFrom2018()
    {
        foreach (var adoption in ChildrenLookedAfterSfrSource.Adoptions)
        {
            var years = SeededStore.Context.Observations.Where(o => o.IndicatorId == adoption.IndicatorId)
                .GroupBy(o => o.SourceFile.Path.StartsWith("lait/", StringComparison.Ordinal))
                .ToDictionary(g => g.Key, g => g.Select(o => o.Year).Distinct().Order().ToList());

            Assert.Equal(Enumerable.Range(2010, 8), years[false]);
            Assert.Equal(Enumerable.Range(2018, 8), years[true]);
            Assert.DoesNotContain(SeededStore.Context.Disagreements, d => d.IndicatorId == adoption.IndicatorId);
        }
    }

    /// <summary>
    /// The rule holds for the adoptions as for the other looked-after figures: a LAIT figure for a year a ceased table
    /// gives is compared, not stored. LAIT has no such year today, so a copy of seed/ is given two: Somerset 2017 as
    /// the table has it, and Buckinghamshire 2017 one more than the table. The copy's LAIT files keep only that
    /// measure's rows (and those the import requires), so the import reads them without the 280,000 others.
    /// </summary>
    [Fact]
    public void AdoptionYearInBoth_IsComparedAndTheCeasedTablesFigureServed()
    {
        const string sfr = "children-looked-after/sfr/SFR50_CEA2017.csv";
        const string lait = "lait/lait_bds_long_csc_topics_2026-04-08.csv";
        var somerset = SeedRows.Single(sfr, ("geog_c", "933"));
        var buckinghamshire = SeedRows.Single(sfr, ("geog_c", "825"));
        var more = (int.Parse(buckinghamshire["CEA_Adop1"], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        using var seed = TempSeed.CopyOfRealSeedWithLaitMeasures(["LACnum_Adopt_AppUnop"]);
        var laitPath = Path.Combine(seed.Directory, lait);
        var lines = File.ReadAllLines(laitPath).Length;
        File.AppendAllText(laitPath,
            $"LACnum_Adopt_AppUnop,,2017,Somerset,{somerset["CEA_Adop1"]},933,South West\n"
            + $"LACnum_Adopt_AppUnop,,2017,Buckinghamshire,{more},825,South East\n");

        var context = StoreImporter.Read(seed.Directory);

        const string indicatorId = "children-looked-after-adopted-application-unopposed";
        var disagreement = Assert.Single(context.Disagreements, d => d.IndicatorId == indicatorId);
        Assert.Equal(("825", 2017), (disagreement.Geography.LaCode, disagreement.Year));
        Assert.Equal((sfr, buckinghamshire.Line, buckinghamshire["CEA_Adop1"]), (disagreement.PublishedFile, disagreement.PublishedLine, disagreement.PublishedText));
        Assert.Equal((lait, lines + 2, more), (disagreement.RepublishedFile, disagreement.RepublishedLine, disagreement.RepublishedText));
        var served = context.Observations.Where(o => o.IndicatorId == indicatorId && o.Year == 2017 && o.Geography.LaCode is "825" or "933").ToList();
        Assert.Equal(2, served.Count);
        Assert.All(served, o => Assert.Equal(sfr, o.SourceFile.Path));
    }

    [Fact]
    public void WorkforceFromLait_FillsOnly2015And2016()
    {
        var workforce = LaitSource.Measures.Where(m => m.Title is null && m.Original == LaitSource.Workforce).Select(m => m.IndicatorId).ToHashSet();
        var years = SeededStore.Context.Observations
            .Where(o => workforce.Contains(o.IndicatorId) && o.SourceFile.Path.StartsWith("lait/", StringComparison.Ordinal))
            .Select(o => o.Year).Distinct().Order().ToList();
        var fileYears = SeededStore.Context.Observations
            .Where(o => workforce.Contains(o.IndicatorId) && o.SourceFile.Path.StartsWith("workforce/", StringComparison.Ordinal))
            .Select(o => o.Year).Distinct().Order().ToList();

        Assert.Equal([2015, 2016], years);
        Assert.Equal(Enumerable.Range(2017, 9), fileYears);
    }

    [Fact]
    public void LaitsRepeatOfAReportingGroupsFigure_IsComparedWithTheGroup()
    {
        // LAIT gives Kingston upon Thames and Richmond upon Thames each the joint figure of 2017 on (e.g. 2025 FTE 137.4);
        // the workforce file gives it once, for the group. The same figure is no disagreement.
        const string lait = "lait/lait_bds_long_csc_topics_2026-04-08.csv";
        foreach (var laCode in new[] { "314", "318" })
        {
            var row = SeedRows.Single(lait, ("Short Desc", "Work_Force_NoSW"), ("LA Number", laCode), ("Years", "2025"));
            var group = SeedRows.Single("workforce/csww_indicators_2017_to_2025.csv", ("time_period", "2025"), ("old_la_code", "314 / 318"));
            Assert.Equal(double.Parse(group["inpost_fte"], CultureInfo.InvariantCulture), double.Parse(row["Values"], CultureInfo.InvariantCulture));
        }

        var workforce = LaitSource.Measures.Where(m => m.Title is null && m.Original == LaitSource.Workforce).Select(m => m.IndicatorId).ToHashSet();
        Assert.DoesNotContain(SeededStore.Context.Disagreements, d => d.Geography.LaCode is "314" or "318" && workforce.Contains(d.IndicatorId));
    }
}
