using System.Globalization;
using System.Net;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Indicators;

/// <summary>
/// A year asked for after the latest period held is never answered silently: the body (or the problem) carries a
/// warning naming the latest period, read here from the seed file itself.
/// </summary>
public sealed class PeriodWarningTests
{
    private const string B1 = "children-in-need/b1_children_in_need_2013_to_2025.csv";

    /// <summary>The last year of table B1 (seed/children-in-need/b1_children_in_need_2013_to_2025.csv, column time_period).</summary>
    private static int LatestB1Year() => SeedRows.Open(B1).Records.Max(r => int.Parse(r["time_period"], CultureInfo.InvariantCulture));

    private static void AssertAfterLatest(System.Text.Json.JsonElement warnings, string parameter, int asked)
    {
        var latest = LatestB1Year();
        var warning = warnings.EnumerateArray().Single(w => w.GetProperty("parameter").GetString() == parameter);
        Assert.Equal("after-latest-period", warning.GetProperty("code").GetString());
        Assert.StartsWith($"{parameter}={asked} is after the latest period held for children-in-need: 31 March {latest} ({latest}, release ",
            warning.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Collection(SeededApi.Features)]
    public sealed class ListIndicatorValues(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task YearAfterTheData_IsAnEmptyPageWithAWarningNamingTheLatestPeriod()
        {
            var page = await client.GetJsonAsync("/api/v1/indicators/children-in-need/values?year=2030");

            Assert.Equal(0, page.TotalItems());
            AssertAfterLatest(page.GetProperty("warnings"), "year", 2030);
        }

        [Fact]
        public async Task ToAfterTheData_GivesTheYearsHeldAndWarnsAboutTo()
        {
            var latest = LatestB1Year();

            var page = await client.GetJsonAsync($"/api/v1/indicators/children-in-need/values?level=national&from={latest - 1}&to={latest + 3}");

            Assert.Equal([latest - 1, latest], page.Items().Select(i => i.GetProperty("year").GetInt32()));
            Assert.Single(page.GetProperty("warnings").EnumerateArray());
            AssertAfterLatest(page.GetProperty("warnings"), "to", latest + 3);
        }

        [Fact]
        public async Task YearWithinTheData_HasNoWarnings()
        {
            var page = await client.GetJsonAsync($"/api/v1/indicators/children-in-need/values?level=national&year={LatestB1Year()}");

            Assert.Equal(0, page.GetProperty("warnings").GetArrayLength());
        }

        [Fact]
        public async Task Csv_CarriesTheWarningAsADataWarningHeader()
        {
            using var response = await client.GetAsync(new Uri("/api/v1/indicators/children-in-need/values?year=2030&format=csv", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var warning = Assert.Single(response.Headers.GetValues("Data-Warning"));
            Assert.StartsWith($"year=2030 is after the latest period held for children-in-need: 31 March {LatestB1Year()}", warning, StringComparison.Ordinal);
            Assert.Single((await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class StatisticsEndpoints(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Theory]
        [InlineData("/api/v1/indicators/children-in-need/rankings?year=2030", "year")]
        [InlineData("/api/v1/indicators/children-in-need/distribution?year=2030", "year")]
        [InlineData("/api/v1/indicators/children-in-need/change?from=2013&to=2030", "to")]
        public async Task YearAfterTheData_Is404WithTheWarning(string url, string parameter)
        {
            var problem = await client.GetProblemAsync(url, HttpStatusCode.NotFound, parameter);

            AssertAfterLatest(problem.GetProperty("warnings"), parameter, 2030);
        }

        [Fact]
        public async Task Comparison_ToAfterTheData_WarnsInTheBody()
        {
            var comparison = await client.GetJsonAsync("/api/v1/authorities/barnet/indicators/children-in-need/comparison?to=2030");

            Assert.Equal(LatestB1Year(), comparison.GetProperty("years").EnumerateArray().Last().GetProperty("year").GetInt32());
            AssertAfterLatest(comparison.GetProperty("warnings"), "to", 2030);
        }

        [Fact]
        public async Task Ranking_WithinTheData_HasAnEmptyWarningsList()
        {
            var ranking = await client.GetJsonAsync("/api/v1/indicators/children-in-need/rankings");

            Assert.Equal(0, ranking.GetProperty("warnings").GetArrayLength());
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetAuthorityTimeSeries(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task GroupMember_HasNoPointsAndAWarningNamingItsGroup()
        {
            // seed/workforce/csww_indicators_2017_to_2025.csv: Kingston upon Thames (E09000021) appears only in the rows of
            // "Kingston upon Thames / Richmond upon Thames" (e.g. line 160, 2025).
            var file = SeedRows.Open("workforce/csww_indicators_2017_to_2025.csv");
            Assert.DoesNotContain(file.Records, r => r["new_la_code"] == "E09000021");
            var group = file.Records.First(r => r["new_la_code"] == "E09000021 / E09000027")["la_name"];

            // Headcount: LAIT gives no headcount, so no 2015 or 2016 figure of Kingston's own (it does for FTE).
            var series = await client.GetJsonAsync("/api/v1/authorities/kingston-upon-thames/indicators/social-workers-headcount");

            Assert.Equal(0, series.GetProperty("points").GetArrayLength());
            var warning = series.GetProperty("warnings").EnumerateArray().Single();
            Assert.Equal("published-in-group", warning.GetProperty("code").GetString());
            Assert.Contains($"'{group}'", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }
}
