using System.Globalization;
using System.Text.Json;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Data.Import.Pipelines;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Indicators;

/// <summary>
/// The LAIT measures of LaitSource.Measures: social work workforce 2015 and 2016 on the workforce indicators (the file
/// starts at 2017), and DfE's weekly unit costs as indicators of their own. Each figure is compared with the LAIT cell
/// it came from, read from the file here, rounded to the decimals the table gives (LAIT's floats carry artefacts).
/// </summary>
public static class LaitMeasuresTests
{
    private const string Lait2026 = "lait/lait_bds_long_csc_topics_2026-04-08.csv";
    private const string Lait2024 = "lait/lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv";

    private static async Task<JsonElement> PointAsync(HttpClient client, string authority, string indicatorId, int year)
    {
        var series = await client.GetJsonAsync($"/api/v1/authorities/{authority}/indicators/{indicatorId}");
        return series.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("year").GetInt32() == year);
    }

    private static CsvRecord Cell(string file, int line, string measure, string laCode, string years)
    {
        var row = SeedRows.Open(file).Records.Single(r => r.Line == line);
        Assert.Equal((measure, laCode, years), (row["Short Desc"], row["LA Number"], row["Years"]));
        return row;
    }

    private static void AssertFromCell(JsonElement point, string file, CsvRecord row, int decimals)
    {
        var source = point.GetProperty("source");
        Assert.Equal((file, row.Line, row["Values"]), (source.GetProperty("file").GetString(), source.GetProperty("line").GetInt32(), source.GetProperty("cell").GetString()));
        Assert.Equal(Math.Round(double.Parse(row["Values"], CultureInfo.InvariantCulture), decimals, MidpointRounding.AwayFromZero), point.GetProperty("value").GetDouble());
        Assert.Equal("published", point.GetProperty("status").GetString());
    }

    [Collection(SeededApi.Series)]
    public sealed class Workforce2015And2016(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        /// <summary>One sample per measure that fills a year; Wolverhampton's 2016 FTE is a 17-digit float, Leeds's and Kent's carry binary artefacts.</summary>
        [Theory]
        [InlineData(Lait2024, 13604, "Work_Force_NoSW", "370", 2015, "social-workers-fte", 1)] // Barnsley, 101.3
        [InlineData(Lait2026, 165057, "Work_Force_NoSW", "336", 2016, "social-workers-fte", 1)] // Wolverhampton, 142.48648648648651
        [InlineData(Lait2026, 126895, "Work_Force_TO_Rate", "383", 2016, "social-worker-turnover-rate-fte", 1)] // Leeds, 8.8000000000000007
        [InlineData(Lait2024, 10125, "Work_Force_Vac_Rate", "928", 2015, "social-worker-vacancy-rate-fte", 1)] // Northamptonshire, abolished 2021
        [InlineData(Lait2026, 128588, "Work_Force_Agecy_Rate", "886", 2016, "agency-social-worker-rate-fte", 1)] // Kent, 13.700000000000001
        [InlineData(Lait2024, 11642, "Work_Force_SWAbsence", "352", 2015, "social-worker-sickness-absence-rate", 1)] // Manchester
        [InlineData(Lait2026, 166632, "Work_Force_Num_CaseHeld", "909", 2016, "social-work-cases", 0)] // Cumbria, abolished 2023
        public async Task YearTheFileDoesNotGive_IsLaitsCellRounded(string file, int line, string measure, string laCode, int year, string indicatorId, int decimals)
        {
            var row = Cell(file, line, measure, laCode, $"{year}");

            var point = await PointAsync(client, laCode, indicatorId, year);

            AssertFromCell(point, file, row, decimals);
        }

        [Fact]
        public async Task PreLgRow_IsFiledOnThePredecessorAuthority()
        {
            // Line 164912: "Bournemouth (Pre LG)", 837, 2016: 133.7132 FTE; Bournemouth (E06000028) was abolished on 1 April 2019.
            var row = Cell(Lait2026, 164912, "Work_Force_NoSW", "837", "2016");
            Assert.Equal("Bournemouth (Pre LG)", row["LA and Regions"]);

            var page = await client.GetJsonAsync("/api/v1/indicators/social-workers-fte/values?authority=E06000028&year=2016");
            var figure = page.Items().Single();

            Assert.Equal(("E06000028", "Bournemouth"), (figure.GetProperty("geography").GetProperty("code").GetString(), figure.GetProperty("geography").GetProperty("name").GetString()));
            Assert.Equal(133.7, figure.GetProperty("value").GetDouble());
            Assert.Equal((Lait2026, 164912), (figure.GetProperty("source").GetProperty("file").GetString(), figure.GetProperty("source").GetProperty("line").GetInt32()));
        }

        [Fact]
        public async Task DashCell_IsNotAvailableWithNoValue()
        {
            // Line 10228: City of London, 2015 turnover rate "-".
            var row = Cell(Lait2024, 10228, "Work_Force_TO_Rate", "201", "2015");
            Assert.Equal("-", row["Values"]);

            var point = await PointAsync(client, "201", "social-worker-turnover-rate-fte", 2015);

            Assert.Equal(JsonValueKind.Null, point.GetProperty("value").ValueKind);
            Assert.Equal("not-available", point.GetProperty("status").GetString());
            Assert.Equal("-", point.GetProperty("source").GetProperty("cell").GetString());
        }

        [Fact]
        public async Task KingstonAndRichmond_2015OnEachAuthority_2016JointReturnOnTheirGroup()
        {
            // 2015: Richmond has its own 59 FTE (line 13710) and Kingston a dash (line 13670). 2016: Kingston has 158.57884615384617
            // (line 164970) and Richmond a dash: the joint return DfE reports against Kingston, filed on the group as the 2017+ file does.
            var richmond2015 = Cell(Lait2024, 13710, "Work_Force_NoSW", "318", "2015");
            var kingston2016 = Cell(Lait2026, 164970, "Work_Force_NoSW", "314", "2016");
            Assert.Equal("-", SeedRows.Single(Lait2026, ("Short Desc", "Work_Force_NoSW"), ("LA Number", "318"), ("Years", "2016"))["Values"]);

            AssertFromCell(await PointAsync(client, "318", "social-workers-fte", 2015), Lait2024, richmond2015, 1);
            var groups = await client.GetJsonAsync("/api/v1/indicators/social-workers-fte/values?level=authority-group&year=2016");
            var group = groups.Items().Single(i => i.GetProperty("geography").GetProperty("laCode").GetString() == "314 / 318");
            Assert.Equal(158.6, group.GetProperty("value").GetDouble());
            Assert.Equal((Lait2026, kingston2016.Line), (group.GetProperty("source").GetProperty("file").GetString(), group.GetProperty("source").GetProperty("line").GetInt32()));
            var kingston = await client.GetJsonAsync("/api/v1/indicators/social-workers-fte/values?authority=314&year=2016");
            Assert.Empty(kingston.Items());
        }

        [Theory]
        [InlineData("social-workers-fte", 2015)]
        [InlineData("social-worker-turnover-rate-fte", 2015)]
        [InlineData("social-work-cases", 2016)]
        [InlineData("social-worker-starters-fte", 2017)] // LAIT gives 2017 on only: nothing to fill
        public async Task Catalogue_ListsTheJoinedYears(string indicatorId, int first)
        {
            var indicator = await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}");

            Assert.Equal(Enumerable.Range(first, 2025 - first + 1), indicator.GetProperty("yearsAvailable").EnumerateArray().Select(y => y.GetInt32()));
        }
    }

    [Collection(SeededApi.Series)]
    public sealed class UnitCosts(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        /// <summary>One sample per unit cost; the year of a financial year is the year it ends in (2016 is 2015-16).</summary>
        [Theory]
        [InlineData(Lait2024, 173, "LACFinance", "302", "2015-16 (OT)", 2016, "looked-after-children-weekly-unit-cost")] // Barnet
        [InlineData(Lait2026, 4495, "FosteringFinance", "383", "2024-25 (OT)", 2025, "fostering-weekly-unit-cost")] // Leeds
        [InlineData(Lait2026, 6638, "RescareFinance", "330", "2019-20 (OT)", 2020, "residential-care-weekly-unit-cost")] // Birmingham
        [InlineData(Lait2026, 5639, "AdoptionFinance", "908", "2022-23 (OT)", 2023, "adoption-weekly-unit-cost")] // Cornwall
        [InlineData(Lait2026, 7755, "SWFinance", "836", "2016-17 (OT)", 2017, "social-work-weekly-unit-cost")] // Poole (Pre LG), abolished 2019
        [InlineData(Lait2026, 10543, "SENFinance", "302", "2024-25 (OT)", 2025, "sen-services-weekly-unit-cost")] // Barnet
        public async Task Figure_IsLaitsCell(string file, int line, string measure, string laCode, string years, int year, string indicatorId)
        {
            var row = Cell(file, line, measure, laCode, years);

            var point = await PointAsync(client, laCode, indicatorId, year);

            AssertFromCell(point, file, row, 0);
            Assert.Equal(years[..7], point.GetProperty("period").GetString());
        }

        [Fact]
        public async Task DashCell_IsNotAvailableWithNoValue()
        {
            // Line 526: Brent, AdoptionFinance 2015-16 "-" (LAIT withholds it where fewer than 6 children are freed for adoption, among other reasons it does not give).
            var row = Cell(Lait2024, 526, "AdoptionFinance", "304", "2015-16 (OT)");
            Assert.Equal("-", row["Values"]);

            var point = await PointAsync(client, "304", "adoption-weekly-unit-cost", 2016);

            Assert.Equal(JsonValueKind.Null, point.GetProperty("value").ValueKind);
            Assert.Equal("not-available", point.GetProperty("status").GetString());
        }

        [Fact]
        public async Task PreLgRow_IsFiledOnThePredecessorAuthority()
        {
            // Line 1542: "Bournemouth (Pre LG)", 837, LACFinance 2016-17: 1360.
            var row = Cell(Lait2026, 1542, "LACFinance", "837", "2016-17 (OT)");

            var page = await client.GetJsonAsync("/api/v1/indicators/looked-after-children-weekly-unit-cost/values?authority=E06000028&year=2017");

            Assert.Equal(double.Parse(row["Values"], CultureInfo.InvariantCulture), page.Items().Single().GetProperty("value").GetDouble());
        }

        [Fact]
        public async Task Catalogue_CitesLaitAndTheOriginalPublication()
        {
            var indicator = await client.GetJsonAsync("/api/v1/indicators/looked-after-children-weekly-unit-cost");

            Assert.Equal("pounds", indicator.GetProperty("unit").GetString());
            Assert.Equal("financial-year", indicator.GetProperty("periodKind").GetString());
            Assert.Equal(Enumerable.Range(2016, 10), indicator.GetProperty("yearsAvailable").EnumerateArray().Select(y => y.GetInt32()));
            Assert.Contains("LAIT measure LACFinance", indicator.GetRawText(), StringComparison.Ordinal);
            Assert.Contains("LA and school expenditure", indicator.GetRawText(), StringComparison.Ordinal);
            Assert.Contains("nearest £5", indicator.GetRawText(), StringComparison.Ordinal);
        }
    }

    /// <summary>The SEN unit cost's caveats: the unit costs' own, and that the dictionary takes its spending from the S251 budget while LAIT labels it outturn.</summary>
    [Collection(SeededApi.Series)]
    public sealed class SenUnitCost(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task Caveats_SayBudgetOrOutturnCannotBeTold()
        {
            var indicator = await client.GetJsonAsync("/api/v1/indicators/sen-services-weekly-unit-cost");
            var caveats = indicator.GetProperty("caveats").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();
            var entry = SeedRows.Single("lait/lait_data_dictionary.csv", ("Measure_short", "SENFinance"));

            Assert.Contains("S251 financial budget statement", entry["Methodology"], StringComparison.Ordinal);
            Assert.Contains(caveats, c => c.Contains("Section 251 budget statement", StringComparison.Ordinal) && c.Contains("cannot be told", StringComparison.Ordinal));
            Assert.Contains(caveats, c => c.StartsWith("Computed by DfE for LAIT", StringComparison.Ordinal));
            Assert.Equal(("pounds", "financial-year"), (indicator.GetProperty("unit").GetString(), indicator.GetProperty("periodKind").GetString()));
        }
    }

    /// <summary>LAIT's start and cease rates fill 2018, which no publication file gives; from 2019 the file's figure is served.</summary>
    [Collection(SeededApi.Series)]
    public sealed class StartAndCeaseRates(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Theory]
        [InlineData(225933, "LAC_Start_Rate", "302", "children-starting-to-be-looked-after-rate")] // Barnet, 19
        [InlineData(227294, "LAC_Cease_Rate", "370", "children-ceasing-to-be-looked-after-rate")] // Barnsley, 22
        public async Task Year2018_IsLaitsCell(int line, string measure, string laCode, string indicatorId)
        {
            var row = Cell(Lait2026, line, measure, laCode, "2018");

            var point = await PointAsync(client, laCode, indicatorId, 2018);

            AssertFromCell(point, Lait2026, row, 1);
        }

        [Fact]
        public async Task YearTheFileGives_IsTheFilesFigureNotLaits()
        {
            // Gateshead 2020: LAIT 32 (line 227679), the 2023 release's file 33 (line 1583); listed in docs/lait-overlaps.csv.
            var lait = Cell(Lait2026, 227679, "LAC_Cease_Rate", "390", "2020");
            var file = SeedRows.Open("children-looked-after/release-2023/cla_number_and_rate_per_10k_children.csv").Records.Single(r => r.Line == 1583);
            Assert.Equal(("390", "32", "33"), (file["old_la_code"], lait["Values"], file["rate_per_10000"]));

            var point = await PointAsync(client, "390", "children-ceasing-to-be-looked-after-rate", 2020);

            Assert.Equal(33, point.GetProperty("value").GetDouble());
            Assert.Equal("children-looked-after/release-2023/cla_number_and_rate_per_10k_children.csv", point.GetProperty("source").GetProperty("file").GetString());
        }
    }

    /// <summary>
    /// Every new series, sampled: for each file, the last authority row of the measure's latest year that has a number.
    /// The series are the measures with indicators of their own and the rates (LAIT gives its rates to one decimal place).
    /// </summary>
    [Collection(SeededApi.Series)]
    public sealed class EveryNewSeries(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        private static readonly Dictionary<string, (string IndicatorId, PeriodKind PeriodKind, int Decimals)> Series =
            LaitSource.Measures.Where(m => m.Title is not null).Select(m => (m.Code, Series: (m.IndicatorId, m.PeriodKind, m.Decimals)))
                .Concat(LaitSource.Rates.Select(r => (Code: r.MeasureCode, Series: (r.IndicatorId, r.PeriodKind, 1))))
                .ToDictionary(s => s.Code, s => s.Series);

        public static TheoryData<string, string> Measures()
        {
            var data = new TheoryData<string, string>();
            foreach (var code in Series.Keys)
            {
                data.Add(Lait2026, code);
                data.Add(Lait2024, code);
            }
            return data;
        }

        [Theory]
        [MemberData(nameof(Measures))]
        public async Task Sample_IsLaitsCell(string file, string code)
        {
            var (indicatorId, periodKind, decimals) = Series[code];
            var numbers = SeedRows.Where(file, ("Short Desc", code))
                .Where(r => r["Values"] != "-" && !LaitSource.RepeatedCells.Contains((code, file, r["Years"])))
                .ToList();
            var rows = numbers
                .Where(r => string.CompareOrdinal(r["LA Number"], "970") < 0 && !r["LA and Regions"].Contains("(Pre LG)", StringComparison.Ordinal))
                .ToList();
            if (rows.Count == 0)
            {
                // The 2024-11-19 file holds a measure only where it gave a year the 2026 file lacks.
                Assert.Equal(Lait2024, file);
                Assert.Empty(numbers);
                return;
            }
            var latest = rows.Select(r => r["Years"]).Order(StringComparer.Ordinal).Last();
            var row = rows.Last(r => r["Years"] == latest);
            var year = periodKind == PeriodKind.FinancialYear ? int.Parse(latest[..4], CultureInfo.InvariantCulture) + 1 : int.Parse(latest, CultureInfo.InvariantCulture);

            var point = await PointAsync(client, row["LA Number"], indicatorId, year);

            AssertFromCell(point, file, row, decimals);
        }

        [Fact]
        public async Task YearsLaitGivesOneNumberForEveryAuthority_AreNotServed()
        {
            foreach (var years in LaitSource.RepeatedCells.GroupBy(c => (c.MeasureCode, c.Path)))
            {
                foreach (var (code, file, year) in years)
                {
                    var authorities = SeedRows.Where(file, ("Short Desc", code), ("Years", year))
                        .Where(r => string.CompareOrdinal(r["LA Number"], "970") < 0 && r["Values"] != "-").ToList();
                    Assert.True(authorities.Count > 100, $"{code} {year}: {authorities.Count} authorities");
                    Assert.Single(authorities.Select(r => r["Values"]).Distinct());
                }
                var indicatorId = Series[years.Key.MeasureCode].IndicatorId;
                var served = (await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}")).GetProperty("yearsAvailable").EnumerateArray().Select(y => y.GetInt32().ToString(CultureInfo.InvariantCulture));
                Assert.Empty(served.Intersect(years.Select(c => c.Years)));
            }
        }

        [Fact]
        public async Task CellLaitFilesUnderAnAbolishedAuthority_IsNotServed()
        {
            // Line 40330: "Dorset (Pre LG)", 835, CareLeaverEET 2020: 48, though that Dorset was abolished on 1 April 2019; the new Dorset (838) has "-" on line 40331.
            var misfiled = Cell(Lait2026, 40330, "CareLeaverEET", "835", "2020");
            var successor = Cell(Lait2026, 40331, "CareLeaverEET", "838", "2020");
            Assert.Equal(("48", "-"), (misfiled["Values"], successor["Values"]));

            var page = await client.GetJsonAsync("/api/v1/indicators/care-leavers-in-education-employment-or-training-percent/values?year=2020&region=south-west&pageSize=100");

            Assert.DoesNotContain(page.Items(), i => i.GetProperty("geography").GetProperty("laCode").GetString() == "835");
            var dorset = page.Items().Single(i => i.GetProperty("geography").GetProperty("laCode").GetString() == "838");
            Assert.Equal("not-available", dorset.GetProperty("status").GetString());
        }
    }

    /// <summary>
    /// Referrals by source. LAIT's dictionary notes that Hackney's 2021 and 2022 figures were not available and that DfE put
    /// its 2020 figures into those years' England, London and Inner London totals; Hackney's own cells for those years are
    /// dashes, not a repeat of 2020, so no cell is left out, and the rule that a dash-free repeat is no figure for the year
    /// is held by <see cref="NoAuthority_RepeatsItsPreviousYearInEveryShare"/>.
    /// </summary>
    [Collection(SeededApi.Series)]
    public sealed class ReferralSources(ApiFactory factory)
    {
        private static readonly string[] Shares = ["RefBySource_Schl_%", "RefBySource_HealthServ_%", "RefBySource_Police_%"];

        private readonly HttpClient client = factory.CreateClient();

        [Theory]
        [InlineData(201502, 201672, 201842, "RefBySource_Schl_%", "referrals-from-schools-percent")]
        [InlineData(203202, 203372, 203542, "RefBySource_HealthServ_%", "referrals-from-health-services-percent")]
        [InlineData(204902, 205072, 205242, "RefBySource_Police_%", "referrals-from-police-percent")]
        public async Task Hackney_2020Served_2021And2022NotAvailable(int line2020, int line2021, int line2022, string measure, string indicatorId)
        {
            var figure = Cell(Lait2026, line2020, measure, "204", "2020");
            Assert.Equal(("-", "-"), (Cell(Lait2026, line2021, measure, "204", "2021")["Values"], Cell(Lait2026, line2022, measure, "204", "2022")["Values"]));

            AssertFromCell(await PointAsync(client, "204", indicatorId, 2020), Lait2026, figure, 1);
            foreach (var year in (int[])[2021, 2022])
            {
                var point = await PointAsync(client, "204", indicatorId, year);
                Assert.Equal(JsonValueKind.Null, point.GetProperty("value").ValueKind);
                Assert.Equal("not-available", point.GetProperty("status").GetString());
            }
        }

        /// <summary>A year in which an authority's three shares are all numbers and all its previous year's would be that year repeated, not a figure: none is.</summary>
        [Fact]
        public void NoAuthority_RepeatsItsPreviousYearInEveryShare()
        {
            var cells = Shares.SelectMany(code => SeedRows.Where(Lait2026, ("Short Desc", code)).Concat(SeedRows.Where(Lait2024, ("Short Desc", code))))
                .Where(r => string.CompareOrdinal(r["LA Number"], "970") < 0)
                .ToDictionary(r => (r["Short Desc"], r["LA Number"], int.Parse(r["Years"], CultureInfo.InvariantCulture)), r => r["Values"]);
            var repeats = cells.Keys.Select(k => (k.Item2, k.Item3)).Distinct()
                .Where(a => Shares.All(code => cells.TryGetValue((code, a.Item1, a.Item2), out var now) && now != "-"
                    && cells.TryGetValue((code, a.Item1, a.Item2 - 1), out var before) && before == now))
                .ToList();

            Assert.True(cells.Count > 3 * 150 * 10, $"{cells.Count} cells");
            Assert.Empty(repeats);
        }

        [Fact]
        public async Task England2021_IsDfesTotal_WithTheDictionarysNoteAsACaveat()
        {
            var england = Cell(Lait2026, 201780, "RefBySource_Schl_%", "970", "2021");

            var page = await client.GetJsonAsync("/api/v1/indicators/referrals-from-schools-percent/values?level=national&year=2021");
            var indicator = await client.GetJsonAsync("/api/v1/indicators/referrals-from-schools-percent");

            Assert.Equal(double.Parse(england["Values"], CultureInfo.InvariantCulture), page.Items().Single().GetProperty("value").GetDouble());
            Assert.Contains("2020 data for Hackney has been included in 2021 and 2022 national totals", indicator.GetRawText(), StringComparison.Ordinal);
            Assert.Equal(Enumerable.Range(2015, 11), indicator.GetProperty("yearsAvailable").EnumerateArray().Select(y => y.GetInt32()));
        }
    }

    /// <summary>
    /// Ofsted's foster places. North and West Northamptonshire make one fostering return, which LAIT files under the
    /// abolished Northamptonshire (928) with a dash for each member: it is held on their group. The Tri-borough and
    /// Kingston and Richmond also make one return each, which LAIT gives under none of their members (a dash for each):
    /// no figure to file, so each member is served as not available.
    /// </summary>
    [Collection(SeededApi.Series)]
    public sealed class FosterPlaces(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Theory]
        [InlineData(162404, "205")]
        [InlineData(162417, "207")]
        [InlineData(162501, "213")]
        [InlineData(162420, "314")]
        [InlineData(162460, "318")]
        public async Task MemberOfAReturnLaitDoesNotGive_IsADashServedAsNotAvailable(int line, string laCode)
        {
            Assert.Equal("-", Cell(Lait2026, line, "Number_Foster_Places(New)", laCode, "2025")["Values"]);

            var point = await PointAsync(client, laCode, "foster-places-approved", 2025);

            Assert.Equal(JsonValueKind.Null, point.GetProperty("value").ValueKind);
            Assert.Equal("not-available", point.GetProperty("status").GetString());
            Assert.Equal(line, point.GetProperty("source").GetProperty("line").GetInt32());
        }

        [Theory]
        [InlineData("Number_Foster_Places(New)", "2022", "foster-places-approved")] // line 161935: 410
        [InlineData("Number_Foster_Places_Filled(New)", "2025", "foster-places-filled")]
        public async Task NorthamptonshireChildrensTrust_UnderTheFormerCounty_IsHeldOnTheGroupOnly(string measure, string year, string indicatorId)
        {
            var trust = SeedRows.Single(Lait2026, ("Short Desc", measure), ("LA Number", "928"), ("Years", year));
            Assert.Equal("Northamptonshire", trust["LA and Regions"]);
            foreach (var member in (string[])["940", "941"])
            {
                Assert.Equal("-", SeedRows.Single(Lait2026, ("Short Desc", measure), ("LA Number", member), ("Years", year))["Values"]);
            }

            var groups = await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}/values?level=authority-group&year={year}");
            var members = await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}/values?authority=940&authority=941&year={year}");

            var group = groups.Items().Single();
            Assert.Equal("940 / 941", group.GetProperty("geography").GetProperty("laCode").GetString());
            Assert.Equal(double.Parse(trust["Values"], CultureInfo.InvariantCulture), group.GetProperty("value").GetDouble());
            Assert.Equal((Lait2026, trust.Line), (group.GetProperty("source").GetProperty("file").GetString(), group.GetProperty("source").GetProperty("line").GetInt32()));
            Assert.Empty(members.Items());
        }

        [Theory]
        [InlineData("foster-places-approved")]
        [InlineData("foster-places-filled")]
        public async Task Catalogue_2022To2025_CitesOfstedAndTheJointReturns(string indicatorId)
        {
            var indicator = await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}");

            Assert.Equal(Enumerable.Range(2022, 4), indicator.GetProperty("yearsAvailable").EnumerateArray().Select(y => y.GetInt32()));
            Assert.Contains("Fostering in England", indicator.GetRawText(), StringComparison.Ordinal);
            Assert.Contains("London Tri-borough", indicator.GetRawText(), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Cafcass's care applications per 10,000 children (2015-2025), which LAIT republishes and no file in seed/ gives. From
    /// 2017 Cafcass gives them on the authorities of April 2019: Bournemouth, Christchurch and Poole has figures (and
    /// Bournemouth and Poole dashes) before it existed, and its "Dorset" is the Dorset Council, under the former county's code.
    /// </summary>
    [Collection(SeededApi.Series)]
    public sealed class CareApplications(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        private const string IndicatorId = "care-applications-rate";

        private async Task<List<JsonElement>> FiguresAsync(string authority, int year) =>
            [.. (await client.GetJsonAsync($"/api/v1/indicators/{IndicatorId}/values?authority={authority}&year={year}")).Items()];

        [Fact]
        public async Task DorsetUnderTheFormerCountyAfter2019_IsHeldForTheDorsetCouncil()
        {
            var underCounty = Cell(Lait2026, 119550, "CareApplications", "835", "2020");
            Assert.Equal("-", Cell(Lait2026, 119551, "CareApplications", "838", "2020")["Values"]);

            var figure = (await FiguresAsync("838", 2020)).Single();

            Assert.Equal("E06000059", figure.GetProperty("geography").GetProperty("code").GetString());
            AssertFromCell(figure, Lait2026, underCounty, 1);
        }

        [Fact]
        public async Task Before2020_TheCountysOwnFigureIn2016_NoAuthoritysFigureIn2017To2019()
        {
            // 2016: Bournemouth (837) and Poole (836) have figures of their own, so the county's is on the county's area.
            var county2016 = Cell(Lait2026, 118870, "CareApplications", "835", "2016");
            Assert.NotEqual("-", SeedRows.Single(Lait2026, ("Short Desc", "CareApplications"), ("LA Number", "837"), ("Years", "2016"))["Values"]);
            // 2019: Bournemouth, Christchurch and Poole (created 1 April 2019) has a figure and Bournemouth and Poole dashes.
            Assert.Equal("7.4", Cell(Lait2026, 119353, "CareApplications", "839", "2019")["Values"]);
            Assert.Equal("11.3", Cell(Lait2026, 119380, "CareApplications", "835", "2019")["Values"]);
            foreach (var former in (string[])["836", "837"])
            {
                Assert.Equal("-", SeedRows.Single(Lait2026, ("Short Desc", "CareApplications"), ("LA Number", former), ("Years", "2019"))["Values"]);
            }

            AssertFromCell((await FiguresAsync("835", 2016)).Single(), Lait2026, county2016, 1);
            Assert.Empty(await FiguresAsync("835", 2019));
            Assert.Empty(await FiguresAsync("839", 2019));
            Assert.Equal("published", (await FiguresAsync("839", 2020)).Single().GetProperty("status").GetString());
        }

        [Fact]
        public async Task NorthamptonshireAfter2021_IsHeldOnTheNorthAndWestGroupOnly()
        {
            var trust = Cell(Lait2026, 119945, "CareApplications", "928", "2022");

            var groups = await client.GetJsonAsync($"/api/v1/indicators/{IndicatorId}/values?level=authority-group&year=2022");

            var group = groups.Items().Single();
            Assert.Equal("940 / 941", group.GetProperty("geography").GetProperty("laCode").GetString());
            AssertFromCell(group, Lait2026, trust, 1);
            Assert.Empty(await FiguresAsync("940", 2022));
        }

        [Fact]
        public async Task Catalogue_CitesLaitAndCafcass()
        {
            var indicator = await client.GetJsonAsync($"/api/v1/indicators/{IndicatorId}");

            Assert.Equal(("rate-per-10000-children", "year-to-31-march"), (indicator.GetProperty("unit").GetString(), indicator.GetProperty("periodKind").GetString()));
            Assert.Equal(Enumerable.Range(2015, 11), indicator.GetProperty("yearsAvailable").EnumerateArray().Select(y => y.GetInt32()));
            Assert.Contains("LAIT measure CareApplications", indicator.GetRawText(), StringComparison.Ordinal);
            Assert.Contains("https://www.cafcass.gov.uk/about-cafcass/our-data/", indicator.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain(Publications.Dfe, indicator.GetProperty("source").GetProperty("publisher").GetString()!, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Social workers by role (2017-2025), which the workforce file does not give. LAIT repeats the figure of a unit that
    /// makes one workforce return under each member; it is held once, on the group the workforce file gives that unit.
    /// </summary>
    [Collection(SeededApi.Series)]
    public sealed class SocialWorkersByRole(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Theory]
        [InlineData(250140, 250180, "Social_Work_Caseholders_%", "314", "318", "2017", "314 / 318", "social-workers-case-holders-percent")]
        [InlineData(253906, 253907, "Social_Work_SeniorPractitioner_%", "940", "941", "2021", "940 / 941", "social-workers-senior-practitioners-percent")]
        public async Task RepeatedUnderEachMember_IsHeldOnceOnTheGroup(int firstLine, int secondLine, string measure, string first, string second, string year, string group, string indicatorId)
        {
            var reportsUnder = Cell(Lait2026, firstLine, measure, first, year);
            Assert.Equal(reportsUnder["Values"], Cell(Lait2026, secondLine, measure, second, year)["Values"]);

            var groups = await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}/values?level=authority-group&year={year}");
            var members = await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}/values?authority={first}&authority={second}&year={year}");

            var figure = groups.Items().Single(i => i.GetProperty("geography").GetProperty("laCode").GetString() == group);
            Assert.Equal(Math.Round(double.Parse(reportsUnder["Values"], CultureInfo.InvariantCulture), 1), figure.GetProperty("value").GetDouble());
            Assert.Equal((Lait2026, firstLine), (figure.GetProperty("source").GetProperty("file").GetString(), figure.GetProperty("source").GetProperty("line").GetInt32()));
            Assert.Empty(members.Items());
        }

        [Theory]
        [InlineData("social-workers-case-holders-percent")]
        [InlineData("social-workers-qualified-without-cases-percent")]
        [InlineData("social-workers-senior-practitioners-percent")]
        public async Task Catalogue_2017To2025_PercentOn30September(string indicatorId)
        {
            var indicator = await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}");

            Assert.Equal(("percent", "census-at-30-september"), (indicator.GetProperty("unit").GetString(), indicator.GetProperty("periodKind").GetString()));
            Assert.Equal(Enumerable.Range(2017, 9), indicator.GetProperty("yearsAvailable").EnumerateArray().Select(y => y.GetInt32()));
        }
    }

    /// <summary>
    /// The durations LAIT's dictionary left unclear. <c>CINTime*</c> carries the ended episodes' methodology, copied, but
    /// names DfE's table B4 (open episodes) as its source; <c>CPRDuration</c> is described as a percentage but is a number
    /// of ceased plans (its unit, chart title and table D7). Each reading is checked against the figures served, not only
    /// against the dictionary.
    /// </summary>
    [Collection(SeededApi.Series)]
    public sealed class Durations(ApiFactory factory)
    {
        private const string Dictionary = "lait/lait_data_dictionary.csv";

        private readonly HttpClient client = factory.CreateClient();

        private static readonly string[] OpenBands = ["under-3-months", "3-to-6-months", "6-months-to-1-year", "1-to-2-years", "2-years-or-more"];

        /// <summary>Every published figure of an indicator, at every level, by GSS code and year, as the API serves them.</summary>
        private async Task<Dictionary<(string Code, int Year), (string Level, double Value)>> FiguresAsync(string indicatorId)
        {
            var figures = new Dictionary<(string, int), (string, double)>();
            for (var page = 1; ; page++)
            {
                var items = (await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}/values?pageSize=1000&page={page}")).Items().ToList();
                if (items.Count == 0)
                {
                    return figures;
                }
                foreach (var item in items.Where(i => i.GetProperty("value").ValueKind == JsonValueKind.Number))
                {
                    var geography = item.GetProperty("geography");
                    figures.Add((geography.GetProperty("code").GetString()!, item.GetProperty("year").GetInt32()),
                        (geography.GetProperty("level").GetString()!, item.GetProperty("value").GetDouble()));
                }
            }
        }

        [Fact]
        public async Task OpenEpisodes_AreAt31March_CitingTheTableTheDictionaryNames()
        {
            // Dictionary lines 2433 (CINTime2more) and 2468 (CINCease2more): one methodology, two tables.
            var open = SeedRows.Single(Dictionary, ("Measure_short", "CINTime2more"));
            var ended = SeedRows.Single(Dictionary, ("Measure_short", "CINCease2more"));
            Assert.Equal(open["Methodology"], ended["Methodology"]);
            Assert.Equal(("b4_children_in_need_duration_of_open_episode_2013_to_2023.csv", "b5_children_in_need_duration_of_ended_episode_2013_to_2023.csv"),
                (open["Table_status"], ended["Table_status"]));

            var indicator = await client.GetJsonAsync("/api/v1/indicators/children-in-need-open-episode-lasting-2-years-or-more-percent");

            Assert.Equal(("percent", "at-31-march"), (indicator.GetProperty("unit").GetString(), indicator.GetProperty("periodKind").GetString()));
            Assert.Equal(Enumerable.Range(2015, 11), indicator.GetProperty("yearsAvailable").EnumerateArray().Select(y => y.GetInt32()));
            Assert.EndsWith($", table {open["Table_status"]} (as LAIT's data dictionary names it)", indicator.GetProperty("source").GetProperty("table").GetString(), StringComparison.Ordinal);
            Assert.Contains(indicator.GetProperty("caveats").EnumerateArray(), c => c.GetProperty("text").GetString()!.Contains("word for word", StringComparison.Ordinal));
        }

        [Fact]
        public async Task OpenEpisodes_ShareOneTotal_AndLastLongerThanTheEpisodesThatEnded()
        {
            var open = new List<Dictionary<(string Code, int Year), (string Level, double Value)>>();
            foreach (var band in OpenBands)
            {
                open.Add(await FiguresAsync($"children-in-need-open-episode-lasting-{band}-percent"));
            }
            var ended = await FiguresAsync("children-in-need-episodes-ended-lasting-2-years-or-more-percent");

            // Five shares of one count, each to one decimal place: they add up to 100 give or take their rounding.
            var complete = open[0].Keys.Where(k => open.All(band => band.ContainsKey(k))).ToList();
            Assert.True(complete.Count > 1700, $"{complete.Count} complete area-years");
            Assert.All(complete, k => Assert.InRange(open.Sum(band => band[k].Value), 99.75, 100.25));

            // A stock on 31 March holds the long episodes that a year's endings rarely do: the share lasting 2 years or more
            // is higher among the open episodes wherever either has any (the Isles of Scilly has none of either in 3 years).
            var both = open[4].Keys.Where(ended.ContainsKey).ToList();
            Assert.True(both.Count > 1700, $"{both.Count} area-years with both");
            Assert.All(both, k => Assert.True(open[4][k].Value > ended[k].Value || open[4][k].Value == 0 && ended[k].Value == 0,
                $"{k}: {open[4][k].Value}% of open episodes, {ended[k].Value}% of ended ones"));
        }

        [Fact]
        public async Task PlansCeasedCount_IsTheShareOfThePlansCeased()
        {
            // count / (share / 100) is the number of plans ceased, which DfE also publishes as a rate per 10,000 of the
            // mid-(Y-1) population. Every bound below is the published rounding: a share or rate to one decimal place, a
            // national or regional count to the nearest 10, an authority's count exact.
            var counts = await FiguresAsync("child-protection-plans-ceased-after-2-years-or-more");
            var shares = await FiguresAsync("child-protection-plans-ceased-after-2-years-or-more-percent");
            var rates = await FiguresAsync("child-protection-plans-ceased-rate");
            var population = await FiguresAsync("population-0-17");
            var checkedYears = 0;
            foreach (var ((code, year), (level, count)) in counts)
            {
                if (!shares.TryGetValue((code, year), out var share)
                    || !rates.TryGetValue((code, year), out var rate) || !population.TryGetValue((code, year - 1), out var people))
                {
                    continue;
                }
                checkedYears++;
                if (share.Value == 0)
                {
                    Assert.True(count == 0, $"{code} {year}: {count} plans at 0%");
                    continue;
                }
                var slack = level == "authority" ? 0.5 : 5;
                var (low, high) = ((count - slack) / (share.Value + 0.05) * 100, (count + slack) / (share.Value - 0.05) * 100);
                var (ceasedLow, ceasedHigh) = ((rate.Value - 0.05) * people.Value / 10_000, (rate.Value + 0.05) * people.Value / 10_000);
                Assert.True(high >= ceasedLow && low <= ceasedHigh,
                    $"{code} {year}: {count} plans at {share.Value}% gives {low:0}-{high:0} ceased; the rate gives {ceasedLow:0}-{ceasedHigh:0}");
            }
            Assert.True(checkedYears > 1400, $"{checkedYears} area-years checked");
        }

        [Fact]
        public async Task PlansCeasedCount_IsACount_WithTheDictionarysPercentageExplained()
        {
            // Dictionary line 266: described as "The percentage of children...", with unit "Number ceased plans" and table D7.
            var entry = SeedRows.Single(Dictionary, ("Measure_short", "CPRDuration"));
            Assert.StartsWith("The percentage of children", entry["Description"], StringComparison.Ordinal);
            Assert.Equal(("Number ceased plans", "d7_cpps_ending_by_duration_2013_to_2023.csv"), (entry["y_axis_name"], entry["Table_status"]));

            var indicator = await client.GetJsonAsync("/api/v1/indicators/child-protection-plans-ceased-after-2-years-or-more");

            Assert.Equal(("count", "year-to-31-march"), (indicator.GetProperty("unit").GetString(), indicator.GetProperty("periodKind").GetString()));
            Assert.EndsWith($", table {entry["Table_status"]} (as LAIT's data dictionary names it)", indicator.GetProperty("source").GetProperty("table").GetString(), StringComparison.Ordinal);
            Assert.Contains(indicator.GetProperty("caveats").EnumerateArray(), c => c.GetProperty("text").GetString()!.Contains("it is served as a count", StringComparison.Ordinal));
            // England's 2025 cell is 2,710 plans, no percentage.
            var row = Cell(Lait2026, 31440, "CPRDuration", "970", "2025");
            AssertFromCell(await PointAsync(client, "england", "child-protection-plans-ceased-after-2-years-or-more", 2025), Lait2026, row, 0);
            Assert.True(double.Parse(row["Values"], CultureInfo.InvariantCulture) > 100);
        }

        [Fact]
        public async Task RatesWhoseDictionaryTableIsWrong_CiteNoTable()
        {
            // Dictionary: DeRegCPR (child protection plans ceased per 10,000) names c5, the referrals by source table.
            Assert.StartsWith("c5_children_in_need_referrals_by_source", SeedRows.Single(Dictionary, ("Measure_short", "DeRegCPR"))["Table_status"], StringComparison.Ordinal);

            var indicator = await client.GetJsonAsync("/api/v1/indicators/child-protection-plans-ceased-rate");

            Assert.DoesNotContain(", table ", indicator.GetProperty("source").GetProperty("table").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public void CheckDictionary_RefusesAnotherTable()
        {
            var measure = LaitSource.Measures.Single(m => m.Code == "CINTime2more");
            var entry = new LaitPipeline.DictionaryEntry("Children in Need, by duration (2 years or more)",
                Publications.ChildrenInNeed.Url, null, 2433, "Financial Year", "", "", "b5_children_in_need_duration_of_ended_episode_2013_to_2023.csv", "Children in Need", "NA");

            var error = Assert.Throws<SourceDataException>(() => LaitPipeline.CheckDictionary(measure, entry));

            Assert.Equal((LaitSource.DictionaryFile, 2433, "Table_status"), (error.File, error.Line, error.Column));
            LaitPipeline.CheckDictionary(measure, entry with { Table = "b4_children_in_need_duration_of_open_episode_2013_to_2023.csv" });
        }
    }
}
