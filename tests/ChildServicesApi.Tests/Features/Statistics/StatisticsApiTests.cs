using System.Globalization;
using System.Net;
using System.Text.Json;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Statistics;

public sealed class StatisticsApiTests
{
    private const string B1 = "children-in-need/b1_children_in_need_2013_to_2025.csv";

    [Collection(SeededApi.Features)]
    public sealed class GetRanking(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task TiedAuthorities_ShareAPositionAndTheNextIsSkipped()
        {
            // LAIT CIN rate 2025: Barnet and Hertfordshire are both 210.8.
            var answer = await client.GetJsonAsync("/api/v1/indicators/children-in-need-rate/rankings?year=2025&order=ascending");
            var items = answer.GetProperty("items").EnumerateArray().ToList();
            var tied = items.Where(i => i.GetProperty("value").GetDouble() == 210.8).ToList();
            var next = items.First(i => i.GetProperty("value").GetDouble() > 210.8);

            Assert.Equal(["Barnet", "Hertfordshire"], tied.Select(t => t.GetProperty("authority").GetProperty("name").GetString()));
            Assert.All(tied, t => Assert.True(t.GetProperty("tied").GetBoolean()));
            Assert.Equal(tied[0].GetProperty("position").GetInt32(), tied[1].GetProperty("position").GetInt32());
            Assert.Equal(tied[0].GetProperty("position").GetInt32() + 2, next.GetProperty("position").GetInt32());
            Assert.Equal(tied[0].GetProperty("percentile").GetDouble(), tied[1].GetProperty("percentile").GetDouble());
            Assert.Equal(153, answer.GetProperty("ranked").GetInt32());
            Assert.Equal(0d, items[0].GetProperty("percentile").GetDouble());
            Assert.Equal(100d, items[^1].GetProperty("percentile").GetDouble());
        }

        [Fact]
        public async Task Descending_PutsTheHighestFirst_AndNamesTheExcluded()
        {
            // b1 2014: one authority suppressed (c), one not available (x).
            var answer = await client.GetJsonAsync("/api/v1/indicators/children-in-need/rankings?year=2014");
            var values = answer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("value").GetDouble()).ToList();

            Assert.Equal("descending", answer.GetProperty("order").GetString());
            Assert.Equal(values.OrderDescending(), values);
            Assert.Equal(150, values.Count);
            Assert.Equal(["not-available", "suppressed"], answer.GetProperty("excluded").EnumerateArray().Select(e => e.GetProperty("status").GetString()).Order());
        }

        [Fact]
        public async Task Region_LimitsTheRankingAndCsvQuotesNames()
        {
            // seed/children-in-need/b1_children_in_need_2013_to_2025.csv, 2025: the South West's (E12000009) authorities.
            var southWest = SeedRows.Where(B1, ("time_period", "2025"), ("geographic_level", "Local authority"), ("region_code", "E12000009"))
                .ToDictionary(r => r["new_la_code"], r => r["At31_episodes"]);
            var ranking = await client.GetJsonAsync("/api/v1/indicators/children-in-need/rankings?year=2025&region=south-west");
            var ranked = ranking.GetProperty("items").EnumerateArray().ToList();
            var excluded = ranking.GetProperty("excluded").EnumerateArray().ToList();

            Assert.Equal(southWest.Keys.Order(StringComparer.Ordinal),
                ranked.Concat(excluded).Select(i => i.GetProperty("authority").GetProperty("code").GetString()).Order(StringComparer.Ordinal));
            Assert.All(ranked, i => Assert.Equal(double.Parse(southWest[i.GetProperty("authority").GetProperty("code").GetString()!], CultureInfo.InvariantCulture), i.GetProperty("value").GetDouble()));

            using var response = await client.GetAsync(new Uri("/api/v1/indicators/children-in-need/rankings?year=2025&region=south-west&format=csv", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal("attachment; filename=\"get-ranking.csv\"", response.Content.Headers.ContentDisposition!.ToString());
            Assert.Contains(",\"Bristol, City of\",bristol-city-of,", body, StringComparison.Ordinal);
            Assert.Contains(",\"Bournemouth, Christchurch and Poole\",", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Barnet", body, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("/api/v1/indicators/children-in-need/rankings?order=sideways", HttpStatusCode.BadRequest, "order")]
        [InlineData("/api/v1/indicators/children-in-need/rankings?year=1800", HttpStatusCode.BadRequest, "year")]
        [InlineData("/api/v1/indicators/children-in-need/rankings?year=2010", HttpStatusCode.NotFound, "year")]
        [InlineData("/api/v1/indicators/children-in-need/rankings?region=atlantis", HttpStatusCode.NotFound, "region")]
        [InlineData("/api/v1/indicators/no-such-thing/rankings", HttpStatusCode.NotFound, "indicatorId")]
        public async Task BadInput_IsAProblemNamingTheParameter(string url, HttpStatusCode status, string parameter)
        {
            await client.GetProblemAsync(url, status, parameter);
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetDistribution(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task SpendPerChildInNeed_GivesTheRangeWithNamedAuthorities()
        {
            var answer = await client.GetJsonAsync("/api/v1/indicators/spend-per-child-in-need/distribution?year=2025");
            var ranking = await client.GetJsonAsync("/api/v1/indicators/spend-per-child-in-need/rankings?year=2025&order=ascending");
            var values = ranking.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("value").GetDouble()).ToArray();

            Assert.Equal(values.Length, answer.GetProperty("count").GetInt32());
            Assert.Equal(values[0], answer.GetProperty("min").GetProperty("value").GetDouble());
            Assert.Equal(values[^1], answer.GetProperty("max").GetProperty("value").GetDouble());
            Assert.Equal(Math.Round(values[^1] / values[0], 6), answer.GetProperty("ratio").GetDouble());
            Assert.Equal(ranking.GetProperty("items")[0].GetProperty("authority").GetProperty("name").GetString(),
                answer.GetProperty("min").GetProperty("authorities")[0].GetProperty("authority").GetProperty("name").GetString());
            Assert.Equal(Math.Round(values.Average(), 6), answer.GetProperty("mean").GetDouble());
            Assert.Equal(153 - values.Length, answer.GetProperty("excludedCount").GetInt32());
            Assert.Equal("published", answer.GetProperty("england").GetProperty("status").GetString());
        }

        [Fact]
        public async Task AllNotAvailable_GivesNoStatisticsAndListsEveryAuthority()
        {
            // c3 2018: child criminal exploitation was not yet collected; every authority's cell is x.
            var answer = await client.GetJsonAsync("/api/v1/indicators/assessment-factor-child-criminal-exploitation/distribution?year=2018");

            Assert.Equal(0, answer.GetProperty("count").GetInt32());
            Assert.Equal(JsonValueKind.Null, answer.GetProperty("min").ValueKind);
            Assert.Equal(JsonValueKind.Null, answer.GetProperty("median").ValueKind);
            Assert.Equal(152, answer.GetProperty("excludedCount").GetInt32());
            Assert.All(answer.GetProperty("excluded").EnumerateArray(), e => Assert.Equal("not-available", e.GetProperty("status").GetString()));
        }

        [Fact]
        public async Task Csv_IsNotOffered()
        {
            await client.GetProblemAsync("/api/v1/indicators/children-in-need/distribution?format=csv", HttpStatusCode.BadRequest, "format");
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetChange(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task EnglandSection47_2013To2025()
        {
            // c4: England Section47 2013 = 127190 (line 1970), 2025 = 230590 (line 2).
            var answer = await client.GetJsonAsync("/api/v1/indicators/section-47-enquiries/change?from=2013&to=2025");
            var england = answer.GetProperty("england");

            Assert.Equal(127190d, england.GetProperty("start").GetProperty("value").GetDouble());
            Assert.Equal(230590d, england.GetProperty("end").GetProperty("value").GetDouble());
            Assert.Equal(103400d, england.GetProperty("absolute").GetDouble());
            Assert.Equal(81.3, england.GetProperty("percent").GetDouble());
            Assert.Equal("section-47-enquiries-rate", answer.GetProperty("rateIndicator").GetProperty("id").GetString());
            // Rates are published from 2015: no 2013 rate, so no rate change.
            Assert.Equal("missing", england.GetProperty("rate").GetProperty("start").GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, england.GetProperty("rate").GetProperty("absolute").ValueKind);
        }

        [Fact]
        public async Task BoundaryChanges_AreFlaggedNotCompared_AndCodeChangesAreJoined()
        {
            // c4: Buckinghamshire 2013 = 614 under E10000002 (line 2068), 2025 = 2605 under E06000060 (line 102).
            var answer = await client.GetJsonAsync("/api/v1/indicators/section-47-enquiries/change?from=2013&to=2025&region=south-west&authority=buckinghamshire&authority=E06000058&authority=E06000028");
            var rows = answer.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("geography").GetProperty("code").GetString()!);

            Assert.Equal(["E06000028", "E06000058"], rows.Keys.Order());
            Assert.All(rows.Values, r => Assert.Equal("boundary-changed", r.GetProperty("outcome").GetString()));
            Assert.Contains("Poole (E06000029)", rows["E06000058"].GetProperty("note").GetString(), StringComparison.Ordinal);

            var buckinghamshire = Assert.Single((await client.GetJsonAsync("/api/v1/indicators/section-47-enquiries/change?from=2013&to=2025&authority=E06000060"))
                .GetProperty("items").EnumerateArray());
            Assert.Equal("compared", buckinghamshire.GetProperty("outcome").GetString());
            // One authority across the recoding: the 2013 figure published under E10000002 is its own.
            Assert.Equal("E06000060", buckinghamshire.GetProperty("start").GetProperty("reportedAs").GetProperty("code").GetString());
            Assert.Equal(614d, buckinghamshire.GetProperty("start").GetProperty("value").GetDouble());
            Assert.Equal(2605d, buckinghamshire.GetProperty("end").GetProperty("value").GetDouble());
            Assert.Equal(324.3, buckinghamshire.GetProperty("percent").GetDouble());
        }

        [Fact]
        public async Task SortPercentDescendingWithLimit10_GivesTheTenLargestComparedIncreases()
        {
            var all = await client.GetJsonAsync("/api/v1/indicators/children-in-need/change?from=2013&to=2025");
            var top = await client.GetJsonAsync("/api/v1/indicators/children-in-need/change?from=2013&to=2025&sort=-percent&limit=10");
            var largest = all.Items().Where(r => r.GetProperty("outcome").GetString() == "compared")
                .Select(r => r.GetProperty("percent").GetDouble()).OrderDescending().Take(10).ToList();
            var items = top.Items().ToList();

            Assert.Equal(10, items.Count);
            Assert.All(items, r => Assert.Equal("compared", r.GetProperty("outcome").GetString()));
            Assert.Equal(largest, items.Select(r => r.GetProperty("percent").GetDouble()));
            Assert.True(largest[^1] > 0, "the ten are increases");
            // England is in its own member, not counted in the limit.
            Assert.Equal("national", top.GetProperty("england").GetProperty("geography").GetProperty("level").GetString());
            Assert.DoesNotContain(items, r => r.GetProperty("geography").GetProperty("level").GetString() == "national");
            // The largest against the published file: seed/children-in-need/b1_children_in_need_2013_to_2025.csv
            // Wokingham At31_episodes 2013 = 553 (line 2084), 2025 = 1283 (line 118).
            var first = items[0];
            var code = first.GetProperty("geography").GetProperty("code").GetString()!;
            var start = SeedRows.Single(B1, ("time_period", "2013"), ("new_la_code", code));
            var end = SeedRows.Single(B1, ("time_period", "2025"), ("new_la_code", code));
            Assert.Equal((2084, 118), (start.Line, end.Line));
            Assert.Equal(double.Parse(start["At31_episodes"], CultureInfo.InvariantCulture), first.GetProperty("start").GetProperty("value").GetDouble());
            Assert.Equal(double.Parse(end["At31_episodes"], CultureInfo.InvariantCulture), first.GetProperty("end").GetProperty("value").GetDouble());
        }

        [Theory]
        [InlineData("percent")]
        [InlineData("-percent")]
        [InlineData("ratePercent")]
        [InlineData("-absolute")]
        public async Task RowsNotCompared_NeverComeAheadOfComparedOnes_InEitherDirection(string sort)
        {
            var answer = await client.GetJsonAsync($"/api/v1/indicators/children-in-need/change?from=2015&to=2025&sort={sort}");
            var field = sort.TrimStart('-');
            var figures = answer.Items().Select(r => field == "ratePercent"
                    ? r.GetProperty("rate") is { ValueKind: JsonValueKind.Object } rate ? rate.GetProperty("percent") : default
                    : r.GetProperty(field))
                .Select(v => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : (double?)null).ToList();
            var outcomes = answer.Items().Select(r => r.GetProperty("outcome").GetString()).ToList();

            // Cumbria, Northamptonshire and their successors changed boundaries between 2015 and 2025.
            Assert.Contains("boundary-changed", outcomes);
            var firstWithout = figures.IndexOf(null);
            Assert.True(firstWithout > 0, "some rows have the figure, some not");
            Assert.All(figures.Skip(firstWithout), f => Assert.Null(f));
            Assert.All(outcomes.Take(firstWithout), o => Assert.Equal("compared", o));
            var compared = figures.Take(firstWithout).Select(f => f!.Value).ToList();
            Assert.Equal(sort.StartsWith('-') ? compared.OrderDescending() : compared.Order(), compared);
        }

        [Fact]
        public async Task SortName_IsTheDefaultAndMinusNameReversesIt()
        {
            var byDefault = await client.GetJsonAsync("/api/v1/indicators/children-in-need/change?from=2013&to=2025&region=london");
            var reversed = await client.GetJsonAsync("/api/v1/indicators/children-in-need/change?from=2013&to=2025&region=london&sort=-name");
            static List<string> Names(JsonElement answer) => answer.Items().Select(r => r.GetProperty("geography").GetProperty("name").GetString()!).ToList();

            Assert.Equal(Names(byDefault).Order(StringComparer.Ordinal), Names(byDefault));
            Assert.Equal(Enumerable.Reverse(Names(byDefault)), Names(reversed));
        }

        [Fact]
        public async Task OneYearPair_AskedForAllThenForARegionAndAList_GivesEachTheSameRowsFilteredNotOthers()
        {
            var all = await client.GetJsonAsync("/api/v1/indicators/child-protection-plans/change?from=2014&to=2024");
            var london = await client.GetJsonAsync("/api/v1/indicators/child-protection-plans/change?from=2014&to=2024&region=london");
            var two = await client.GetJsonAsync("/api/v1/indicators/child-protection-plans/change?from=2014&to=2024&authority=barnet&authority=E06000001");
            static Dictionary<string, string> ByCode(JsonElement answer) =>
                answer.Items().ToDictionary(r => r.GetProperty("geography").GetProperty("code").GetString()!, r => r.GetRawText());
            var londonCodes = (await client.GetJsonAsync("/api/v1/authorities?region=london&pageSize=200")).Items()
                .Select(a => a.GetProperty("gssCode").GetString()!).ToHashSet();

            var (everyRow, londonRows, twoRows) = (ByCode(all), ByCode(london), ByCode(two));
            Assert.Equal(33, londonCodes.Count);
            Assert.Equal(everyRow.Keys.Where(londonCodes.Contains).Order(), londonRows.Keys.Order());
            Assert.All(londonRows, r => Assert.Equal(everyRow[r.Key], r.Value));
            Assert.Equal(["E06000001", "E09000003"], twoRows.Keys.Order());
            Assert.All(twoRows, r => Assert.Equal(everyRow[r.Key], r.Value));
            Assert.Equal(all.GetProperty("england").GetRawText(), london.GetProperty("england").GetRawText());
        }

        [Fact]
        public async Task Csv_HasEnglandAsItsFirstRow_BeforeTheSortedAndLimitedAuthorities()
        {
            using var response = await client.GetAsync(new Uri("/api/v1/indicators/children-in-need/change?from=2013&to=2025&sort=-percent&limit=3&format=csv", UriKind.Relative));
            var csv = CsvFile.Parse(await response.Content.ReadAsStringAsync(), "get-change.csv");
            var top = await client.GetJsonAsync("/api/v1/indicators/children-in-need/change?from=2013&to=2025&sort=-percent&limit=3");

            Assert.Equal(4, csv.Records.Count);
            var england = csv.Records[0];
            Assert.Equal(("E92000001", "England", "national"), (england["geographyCode"], england["geographyName"], england["geographyLevel"]));
            // seed/children-in-need/b1_children_in_need_2013_to_2025.csv line 1970 (England 2013) and line 2 (England 2025), At31_episodes.
            var (start, end) = (SeedRows.Single(B1, ("time_period", "2013"), ("geographic_level", "National")), SeedRows.Single(B1, ("time_period", "2025"), ("geographic_level", "National")));
            Assert.Equal((1970, 2), (start.Line, end.Line));
            Assert.Equal((start["At31_episodes"], end["At31_episodes"]), (england["startValue"], england["endValue"]));
            Assert.Equal(top.Items().Select(r => r.GetProperty("geography").GetProperty("code").GetString()), csv.Records.Skip(1).Select(r => r["geographyCode"]));
            Assert.Equal(csv.Header.Count, csv.Header.Distinct(StringComparer.Ordinal).Count());
        }

        [Theory]
        [InlineData("/api/v1/indicators/section-47-enquiries/change?from=2013&to=2025&sort=sideways", "sort")]
        [InlineData("/api/v1/indicators/section-47-enquiries/change?from=2013&to=2025&sort=--percent", "sort")]
        [InlineData("/api/v1/indicators/section-47-enquiries/change?from=2013&to=2025&sort=rate-percent", "sort")]
        [InlineData("/api/v1/indicators/section-47-enquiries/change?from=2013&to=2025&limit=0", "limit")]
        [InlineData("/api/v1/indicators/section-47-enquiries/change?from=2013&to=2025&limit=201", "limit")]
        [InlineData("/api/v1/indicators/section-47-enquiries/change?from=2013&to=2025&limit=ten", "limit")]
        public async Task BadSortOrLimit_Is400NamingIt(string url, string parameter)
        {
            await client.GetProblemAsync(url, HttpStatusCode.BadRequest, parameter);
        }

        [Theory]
        [InlineData("/api/v1/indicators/section-47-enquiries/change?to=2025", HttpStatusCode.BadRequest, "from")]
        [InlineData("/api/v1/indicators/section-47-enquiries/change?from=2025&to=2013", HttpStatusCode.BadRequest, "from")]
        [InlineData("/api/v1/indicators/section-47-enquiries/change?from=2010&to=2025", HttpStatusCode.NotFound, "from")]
        [InlineData("/api/v1/indicators/section-47-enquiries/change?from=2013&to=2025&authority=atlantis", HttpStatusCode.NotFound, "authority")]
        [InlineData("/api/v1/indicators/section-47-enquiries/change?from=x&to=2025", HttpStatusCode.BadRequest, "from")]
        public async Task BadInput_IsAProblemNamingTheParameter(string url, HttpStatusCode status, string parameter)
        {
            await client.GetProblemAsync(url, status, parameter);
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class ListCoverage(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task ChildrenInNeed_CountsEachKindOfHole()
        {
            // b1 2014: 150 published, 1 suppressed (c), 1 not available (x) of 152 authorities.
            var page = await client.GetJsonAsync("/api/v1/coverage?indicator=children-in-need");
            var year2014 = page.Items().Single(r => r.GetProperty("year").GetInt32() == 2014);

            Assert.Equal(13, page.TotalItems());
            Assert.Equal(152, year2014.GetProperty("authorities").GetInt32());
            Assert.Equal(150, year2014.GetProperty("published").GetInt32());
            Assert.Equal(1, year2014.GetProperty("suppressed").GetInt32());
            Assert.Equal(1, year2014.GetProperty("notAvailable").GetInt32());
            Assert.Equal(0, year2014.GetProperty("missing").GetInt32());
            Assert.True(year2014.GetProperty("england").GetBoolean());
        }

        [Fact]
        public async Task UnknownIndicator_Is404NamingIt()
        {
            await client.GetProblemAsync("/api/v1/coverage?indicator=nope", HttpStatusCode.NotFound, "indicator");
        }
    }
}
