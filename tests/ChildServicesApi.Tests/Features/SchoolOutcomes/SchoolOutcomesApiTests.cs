using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.SchoolOutcomes;

public sealed partial class SchoolOutcomesApiTests
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Words();

    private const string Dictionary = "lait/lait_data_dictionary.csv";
    private const string Latest = "lait/lait_bds_long_csc_topics_2026-04-08.csv";
    private const string Earlier = "lait/lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv";
    private static readonly string[] DataFiles = [Latest, Earlier];

    /// <summary>The measures of the LAIT files whose data dictionary entry's Year_Type is "Academic Year", read from the files, not from the code.</summary>
    private static HashSet<string> AcademicYearMeasures()
    {
        var academic = SeedRows.Where(Dictionary).Where(r => r["Year_Type"] == "Academic Year").Select(r => r["Measure_short"]).ToHashSet(StringComparer.Ordinal);
        return DataFiles.SelectMany(f => SeedRows.Where(f)).Select(r => r["Short Desc"]).Where(academic.Contains).ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<List<JsonElement>> AllAsync(HttpClient client, string url)
    {
        var page = await client.GetJsonAsync(url);
        return [.. page.Items()];
    }

    [Collection(SeededApi.Features)]
    public sealed class ListSchoolOutcomes(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task Catalogue_IsEveryAcademicYearMeasureOfTheLaitFiles()
        {
            var outcomes = await AllAsync(client, "/api/v1/school-outcomes?pageSize=1000");

            Assert.Equal(45, outcomes.Count);
            Assert.Equal(AcademicYearMeasures().Order(StringComparer.Ordinal),
                outcomes.Select(o => o.GetProperty("source").GetProperty("laitCode").GetString()!).Order(StringComparer.Ordinal));
            Assert.Equal(outcomes.Count, outcomes.Select(o => o.GetProperty("id").GetString()).Distinct().Count());
        }

        [Fact]
        public async Task Catalogue_IsByCohort_AndFiltersByCohortAndTopic()
        {
            var outcomes = await AllAsync(client, "/api/v1/school-outcomes?pageSize=1000");
            var cohorts = outcomes.Select(o => o.GetProperty("cohort").GetString()).ToList();
            var keyStage2LookedAfter = await AllAsync(client, "/api/v1/school-outcomes?cohort=looked-after&topic=key-stage-2");
            var freeSchoolMeals = await AllAsync(client, "/api/v1/school-outcomes?topic=free-school-meals");

            Assert.Equal(["children-in-need", "child-protection-plan", "looked-after"], cohorts.Distinct());
            Assert.Equal(8, keyStage2LookedAfter.Count);
            Assert.All(keyStage2LookedAfter, o => Assert.Equal(("looked-after", "key-stage-2"), (o.GetProperty("cohort").GetString(), o.GetProperty("topic").GetString())));
            Assert.Equal("CINFSM", Assert.Single(freeSchoolMeals).GetProperty("source").GetProperty("laitCode").GetString());
        }

        [Theory]
        [InlineData("/api/v1/school-outcomes?cohort=pupils", "cohort")]
        [InlineData("/api/v1/school-outcomes?topic=key-stage-5", "topic")]
        [InlineData("/api/v1/school-outcomes?pageSize=1001", "pageSize")]
        public async Task BadFilter_Returns400NamingIt(string url, string parameter) =>
            await client.GetProblemAsync(url, HttpStatusCode.BadRequest, parameter);

        [Fact]
        public async Task Csv_HasOneRowPerOutcome()
        {
            var csv = await client.GetStringAsync("/api/v1/school-outcomes?format=csv&pageSize=1000");
            var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

            Assert.StartsWith("id,title,cohort,topic,unit,decimals,", lines[0], StringComparison.Ordinal);
            Assert.Equal(1 + 45, csv.Split("\r\n").Count(l => l.Length > 0 && (l.StartsWith("children-in-need-", StringComparison.Ordinal)
                || l.StartsWith("child-protection-plan-", StringComparison.Ordinal) || l.StartsWith("looked-after-", StringComparison.Ordinal) || l.StartsWith("id,", StringComparison.Ordinal))));
            Assert.Contains(lines, l => l.StartsWith("looked-after-progress-8,", StringComparison.Ordinal));
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetSchoolOutcome(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task Outcome_CitesThePublicationAndItsDictionaryLine()
        {
            var outcome = await client.GetJsonAsync("/api/v1/school-outcomes/children-in-need-ks2-expected-standard-reading-writing-maths");
            var source = outcome.GetProperty("source");
            var entry = SeedRows.Single(Dictionary, ("Measure_short", "CIN_KS2_ExpStd_RWM"));

            Assert.Equal(("percent", 0, "key-stage-2", "2024/25"), (outcome.GetProperty("unit").GetString(), outcome.GetProperty("decimals").GetInt32(),
                outcome.GetProperty("topic").GetString(), outcome.GetProperty("latest").GetString()));
            Assert.Equal($"{Dictionary}, line {entry.Line}", source.GetProperty("dictionary").GetString());
            Assert.Equal(entry["Hyperlink(s)"], source.GetProperty("url").GetString());
            Assert.Equal(entry["Measure"], source.GetProperty("laitName").GetString());
            Assert.Equal(("Department for Education", "Outcomes for children in need, including children looked after by local authorities in England", "Open Government Licence v3.0"),
                (source.GetProperty("publisher").GetString(), source.GetProperty("publication").GetString(), source.GetProperty("licence").GetString()));
            Assert.Equal(Words().Replace(entry["Description"], " "), Words().Replace(outcome.GetProperty("definition").GetString()!, " "));
            // The dictionary writes a line break as CR CR LF; the definition has each as one LF, and no CR.
            Assert.Contains("\r\r\n", entry["Description"], StringComparison.Ordinal);
            Assert.Equal(entry["Description"].Split("\r\r\n").Length, outcome.GetProperty("definition").GetString()!.Split('\n').Length);
            Assert.DoesNotContain('\r', outcome.GetProperty("definition").GetString()!);
            Assert.Equal(JsonValueKind.Null, outcome.GetProperty("methodology").ValueKind);
            Assert.Equal("-", entry["Methodology"]);
        }

        /// <summary>Each outcome's decimals, worked out from its cells and the dictionary, not from the code: the dictionary's dps where the first entry gives one, else the most decimals of any cell.</summary>
        [Fact]
        public async Task Decimals_AreTheDictionarysOrTheCells()
        {
            foreach (var outcome in await AllAsync(client, "/api/v1/school-outcomes?pageSize=1000"))
            {
                var code = outcome.GetProperty("source").GetProperty("laitCode").GetString()!;
                var dps = SeedRows.Where(Dictionary, ("Measure_short", code)).First()["dps"];
                var expected = dps != "NA" ? int.Parse(dps, CultureInfo.InvariantCulture)
                    : SeedRows.Where(Latest, ("Short Desc", code)).Where(r => r["Values"] != "-")
                        .Max(r => double.Parse(r["Values"], CultureInfo.InvariantCulture).ToString("0.########", CultureInfo.InvariantCulture) is var shortest
                            && shortest.Contains('.', StringComparison.Ordinal) ? shortest.Length - shortest.IndexOf('.', StringComparison.Ordinal) - 1 : 0);

                Assert.True(expected == outcome.GetProperty("decimals").GetInt32(), $"{code}: {outcome.GetProperty("decimals").GetInt32()} decimals served, {expected} expected");
            }
        }

        /// <summary>Authorities with a number are the file's authority cells with a number; with the dashes, every authority of the year (153 in 2024/25).</summary>
        [Fact]
        public async Task Coverage_CountsTheAuthoritiesWithAFigureEachYear()
        {
            var outcome = await client.GetJsonAsync("/api/v1/school-outcomes/looked-after-ks2-expected-standard-reading-writing-maths");
            var year = outcome.GetProperty("coverage").EnumerateArray().Single(c => c.GetProperty("year").GetInt32() == 2025);
            var numbers = SeedRows.Where(Latest, ("Short Desc", "LAC_KS2_ExpStd_RWM"), ("Years", "2025"))
                .Count(r => r["Values"] != "-" && r["LA Number"] is var code && code != "970" && !(code.Length == 3 && code[0] == '9' && code[1] >= '8'));

            Assert.Equal(("2024/25", numbers, 153), (year.GetProperty("academicYear").GetString(), year.GetProperty("published").GetInt32(),
                year.GetProperty("published").GetInt32() + year.GetProperty("notAvailable").GetInt32()));
        }

        [Fact]
        public async Task AverageScore_IsItsUnit()
        {
            var outcome = await client.GetJsonAsync("/api/v1/school-outcomes/looked-after-progress-8");

            Assert.Equal(("average-score", 2, "LAC_KS4_AVG_Prog8"), (outcome.GetProperty("unit").GetString(), outcome.GetProperty("decimals").GetInt32(),
                outcome.GetProperty("source").GetProperty("laitCode").GetString()));
        }

        [Fact]
        public async Task UnknownId_Returns404ProblemWithCloseIds()
        {
            var problem = await client.GetProblemAsync("/api/v1/school-outcomes/attainment-8", HttpStatusCode.NotFound, "outcomeId");

            Assert.Contains("looked-after-attainment-8", problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class ListSchoolOutcomeValues(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        /// <summary>
        /// For every outcome, its first year's first authority figure, its latest year's first authority figure with a number
        /// and its England figure, each against its LAIT line: the number (LAIT's float at the published decimals), the
        /// status, the file, the line and the cell as written. (The 2024-11-19 snapshot holds no academic-year rows.)
        /// </summary>
        [Fact]
        public async Task EveryOutcome_SampledFiguresAreTheirLaitCells()
        {
            var outcomes = await AllAsync(client, "/api/v1/school-outcomes?pageSize=1000");
            var checkedCells = 0;
            foreach (var outcome in outcomes)
            {
                var code = outcome.GetProperty("source").GetProperty("laitCode").GetString()!;
                var decimals = outcome.GetProperty("decimals").GetInt32();
                var rows = DataFiles.SelectMany(f => SeedRows.Where(f, ("Short Desc", code)).Select(r => (File: f, Row: r))).ToList();
                var latestYear = rows.Where(r => r.Row["Values"] != "-").Max(r => r.Row["Years"]);
                var firstYear = rows.Where(r => r.Row["Years"] != "0").Min(r => r.Row["Years"]);
                var samples = new[]
                {
                    rows.First(r => r.Row["Years"] == firstYear && r.Row["LA Number"] == "302"),
                    rows.First(r => r.Row["Years"] == latestYear && r.Row["Values"] != "-" && r.Row["LA Number"].Length == 3 && r.Row["LA Number"][0] != '9'),
                    rows.Single(r => r.Row["Years"] == latestYear && r.Row["LA Number"] == "970"),
                };
                foreach (var (file, row) in samples)
                {
                    var level = row["LA Number"] == "970" ? "level=national" : $"authority={row["LA Number"]}";
                    var figure = (await client.GetJsonAsync($"/api/v1/school-outcomes/{outcome.GetProperty("id").GetString()}/values?{level}&year={row["Years"]}")).Items().Single();
                    var source = figure.GetProperty("source");
                    var cell = row["Values"];

                    Assert.Equal((file, row.Line, cell), (source.GetProperty("file").GetString(), source.GetProperty("line").GetInt32(), source.GetProperty("cell").GetString()));
                    if (cell == "-")
                    {
                        Assert.Equal((JsonValueKind.Null, "not-available"), (figure.GetProperty("value").ValueKind, figure.GetProperty("status").GetString()));
                    }
                    else
                    {
                        var published = Math.Round(double.Parse(cell, CultureInfo.InvariantCulture), decimals, MidpointRounding.AwayFromZero);
                        Assert.Equal((published, "published"), (figure.GetProperty("value").GetDouble(), figure.GetProperty("status").GetString()));
                    }
                    checkedCells++;
                }
            }
            Assert.Equal(3 * 45, checkedCells);
        }

        [Fact]
        public async Task Figure_IsTheCellAtItsPublishedDecimals_WithTheAcademicYearItsLabelNames()
        {
            // lait_bds_long_csc_topics_2026-04-08.csv: LAC_KS4_AVG_Attain8, 2025, Barnet (302): "16.100000000000001".
            var row = SeedRows.Single(Latest, ("Short Desc", "LAC_KS4_AVG_Attain8"), ("Years", "2025"), ("LA Number", "302"));
            var figure = (await client.GetJsonAsync("/api/v1/school-outcomes/looked-after-attainment-8/values?authority=barnet&year=2025")).Items().Single();

            Assert.Equal("16.100000000000001", row["Values"]);
            Assert.Equal((16.1, "2024/25", row.Line), (figure.GetProperty("value").GetDouble(), figure.GetProperty("academicYear").GetString(),
                figure.GetProperty("source").GetProperty("line").GetInt32()));
        }

        /// <summary>Key stage 2 was not assessed in 2019/20 and 2020/21: LAIT's labels 2020 and 2021 are dashes in every area, so its labels are the year an academic year ends in.</summary>
        [Fact]
        public async Task KeyStage2_YearsWithoutAssessments_AreNotAvailableInEveryArea_NotZero()
        {
            var figures = await AllAsync(client, "/api/v1/school-outcomes/children-in-need-ks2-expected-standard-reading-writing-maths/values?from=2020&to=2021&pageSize=1000");
            var cells = SeedRows.Where(Latest, ("Short Desc", "CIN_KS2_ExpStd_RWM")).Where(r => r["Years"] is "2020" or "2021").ToList();

            Assert.All(cells, c => Assert.Equal("-", c["Values"]));
            Assert.NotEmpty(figures);
            Assert.All(figures, f => Assert.Equal((JsonValueKind.Null, "not-available"), (f.GetProperty("value").ValueKind, f.GetProperty("status").GetString())));
            Assert.Equal(["2019/20", "2020/21"], figures.Select(f => f.GetProperty("academicYear").GetString()).Distinct());
        }

        [Fact]
        public async Task YearZeroPlaceholder_IsNotServed()
        {
            var outcome = await client.GetJsonAsync("/api/v1/school-outcomes/children-in-need-permanent-exclusion");

            Assert.Contains(SeedRows.Where(Latest, ("Short Desc", "CINPermExclusion")), r => r["Years"] == "0");
            Assert.Equal(2016, outcome.GetProperty("yearsAvailable").EnumerateArray().First().GetInt32());
        }

        /// <summary>LAIT files 2022/23 under Cumbria, abolished on 1 April 2023, and 2023/24 under Cumberland: the authority on 31 March of the year.</summary>
        [Fact]
        public async Task Figures_AreFiledOnTheAuthorityThatExistedOn31March()
        {
            var cumbria = await AllAsync(client, "/api/v1/school-outcomes/children-in-need-free-school-meals/values?authority=909");
            var cumberland = await AllAsync(client, "/api/v1/school-outcomes/children-in-need-free-school-meals/values?authority=942");

            Assert.Equal(2023, cumbria.Max(f => f.GetProperty("year").GetInt32()));
            Assert.Equal(2024, cumberland.Min(f => f.GetProperty("year").GetInt32()));
            Assert.Equal(SeedRows.Single(Latest, ("Short Desc", "CINFSM"), ("Years", "2023"), ("LA Number", "909"))["Values"],
                cumbria.Single(f => f.GetProperty("year").GetInt32() == 2023).GetProperty("source").GetProperty("cell").GetString());
        }

        [Fact]
        public async Task SortByValueDescending_RanksAuthorities_MissingLast()
        {
            var figures = await AllAsync(client, "/api/v1/school-outcomes/looked-after-ks2-expected-standard-reading-writing-maths/values?year=2025&level=authority&sort=-value&pageSize=1000");
            var values = figures.Select(f => f.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : f.GetProperty("value").GetDouble()).ToList();
            var published = values.TakeWhile(v => v is not null).ToList();

            Assert.Equal(153, figures.Count);
            Assert.Equal(published.OrderDescending(), published);
            Assert.All(values.Skip(published.Count), v => Assert.Null(v));
            Assert.All(figures, f => Assert.Equal("authority", f.GetProperty("geography").GetProperty("level").GetString()));
        }

        [Fact]
        public async Task RegionFilter_IsTheRegionAndItsAuthorities()
        {
            var figures = await AllAsync(client, "/api/v1/school-outcomes/children-in-need-attainment-8/values?region=north-east&year=2025");
            var northEast = (await client.GetJsonAsync("/api/v1/authorities?region=north-east&pageSize=1000")).Items().Select(a => a.GetProperty("gssCode").GetString()).ToHashSet();

            Assert.Equal(13, figures.Count);
            Assert.Equal("North East", Assert.Single(figures, f => f.GetProperty("geography").GetProperty("level").GetString() == "region").GetProperty("geography").GetProperty("name").GetString());
            Assert.All(figures.Where(f => f.GetProperty("geography").GetProperty("level").GetString() == "authority"),
                f => Assert.Contains(f.GetProperty("geography").GetProperty("code").GetString(), northEast));
        }

        [Fact]
        public async Task Dash_HasLaitsReason_AndEveryFigureAPermalinkToItself()
        {
            var figure = (await client.GetJsonAsync("/api/v1/school-outcomes/looked-after-english-maths-grade-4/values?authority=barnet&year=2025")).Items().Single();
            var permalink = figure.GetProperty("permalink").GetString()!;
            var meta = await client.GetJsonAsync("/api/v1/meta");

            Assert.Equal("not-available", figure.GetProperty("status").GetString());
            Assert.StartsWith("No figure: LAIT marks a missing figure with '-'", figure.GetProperty("reason").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains($"dataVersion={meta.GetProperty("dataVersion").GetString()}", permalink, StringComparison.Ordinal);
            Assert.Equal(figure.GetRawText(), (await client.GetJsonAsync(permalink)).Items().Single().GetRawText());
            var england = (await client.GetJsonAsync("/api/v1/school-outcomes/looked-after-english-maths-grade-4/values?level=national&year=2025")).Items().Single();
            Assert.Equal(JsonValueKind.Null, england.GetProperty("reason").ValueKind);
            Assert.Equal(england.GetRawText(), (await client.GetJsonAsync(england.GetProperty("permalink").GetString()!)).Items().Single().GetRawText());
        }

        [Fact]
        public async Task YearAfterTheOutcomesLatest_IsWarnedOf_NamingTheLatestAcademicYear()
        {
            // Progress 8 of children looked after stops at 2023/24 (LAIT's 2024), while most outcomes reach 2024/25.
            var page = await client.GetJsonAsync("/api/v1/school-outcomes/looked-after-progress-8/values?year=2025");
            var warning = Assert.Single(page.GetProperty("warnings").EnumerateArray());
            var none = await client.GetJsonAsync("/api/v1/school-outcomes/looked-after-progress-8/values?year=2024");

            Assert.Empty(page.Items());
            Assert.Equal(("after-latest-period", "year"), (warning.GetProperty("code").GetString(), warning.GetProperty("parameter").GetString()));
            Assert.Contains("2023/24", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Empty(none.GetProperty("warnings").EnumerateArray());
        }

        [Theory]
        [InlineData("/api/v1/school-outcomes/looked-after-progress-8/values?authority=nowhere", HttpStatusCode.NotFound, "authority")]
        [InlineData("/api/v1/school-outcomes/looked-after-progress-8/values?region=nowhere", HttpStatusCode.NotFound, "region")]
        [InlineData("/api/v1/school-outcomes/nothing/values", HttpStatusCode.NotFound, "outcomeId")]
        [InlineData("/api/v1/school-outcomes/looked-after-progress-8/values?year=20x5", HttpStatusCode.BadRequest, "year")]
        [InlineData("/api/v1/school-outcomes/looked-after-progress-8/values?from=2024&to=2020", HttpStatusCode.BadRequest, "from")]
        [InlineData("/api/v1/school-outcomes/looked-after-progress-8/values?sort=rank", HttpStatusCode.BadRequest, "sort")]
        [InlineData("/api/v1/school-outcomes/looked-after-progress-8/values?level=school", HttpStatusCode.BadRequest, "level")]
        public async Task BadInput_IsAProblemNamingTheParameter(string url, HttpStatusCode status, string parameter) =>
            await client.GetProblemAsync(url, status, parameter);
    }

    [Collection(SeededApi.Features)]
    public sealed class ListAuthoritySchoolOutcomes(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task OneAuthority_IsCatalogueOrderThenYear_FilteredByTopic()
        {
            var catalogue = (await AllAsync(client, "/api/v1/school-outcomes?topic=key-stage-4&pageSize=1000")).Select(o => o.GetProperty("id").GetString()!).ToList();
            var figures = await AllAsync(client, "/api/v1/authorities/E09000003/school-outcomes?topic=key-stage-4&pageSize=1000");
            var keys = figures.Select(f => (Outcome: catalogue.IndexOf(f.GetProperty("outcome").GetString()!), Year: f.GetProperty("year").GetInt32())).ToList();

            Assert.All(figures, f => Assert.Equal("barnet", f.GetProperty("geography").GetProperty("slug").GetString()));
            Assert.DoesNotContain(keys, k => k.Outcome < 0);
            Assert.Equal(keys.OrderBy(k => k.Outcome).ThenBy(k => k.Year), keys);
            Assert.Equal(catalogue.Count, keys.Select(k => k.Outcome).Distinct().Count());
        }

        [Fact]
        public async Task England_GivesItsOwnFigures()
        {
            var figures = await AllAsync(client, "/api/v1/authorities/england/school-outcomes?cohort=looked-after&year=2025&pageSize=1000");
            var row = SeedRows.Single(Latest, ("Short Desc", "LAC_KS2_ExpStd_RWM"), ("Years", "2025"), ("LA Number", "970"));

            Assert.All(figures, f => Assert.Equal("national", f.GetProperty("geography").GetProperty("level").GetString()));
            Assert.Equal(double.Parse(row["Values"], CultureInfo.InvariantCulture),
                figures.Single(f => f.GetProperty("outcome").GetString() == "looked-after-ks2-expected-standard-reading-writing-maths").GetProperty("value").GetDouble());
        }

        /// <summary>The exclusions stop at 2023/24 while most outcomes reach 2024/25: asking for 2025 of them alone is warned of.</summary>
        [Fact]
        public async Task YearAfterTheChosenOutcomesLatest_IsWarnedOf()
        {
            var exclusions = await client.GetJsonAsync("/api/v1/authorities/barnet/school-outcomes?topic=exclusions&year=2025");
            var all = await client.GetJsonAsync("/api/v1/authorities/barnet/school-outcomes?year=2025");

            Assert.Empty(exclusions.Items());
            Assert.Contains("2023/24", Assert.Single(exclusions.GetProperty("warnings").EnumerateArray()).GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.NotEmpty(all.Items());
            Assert.Empty(all.GetProperty("warnings").EnumerateArray());
        }

        [Fact]
        public async Task UnknownAuthority_Returns404NamingId() =>
            await client.GetProblemAsync("/api/v1/authorities/nowhere/school-outcomes", HttpStatusCode.NotFound, "id");
    }
}
