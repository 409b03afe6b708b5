using System.Net;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Neighbours;

public sealed class NeighboursApiTests
{
    [Collection(SeededApi.Features)]
    public sealed class GetNeighbours(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task Barnet_Has2025NeighboursInRankOrderWithCloseness()
        {
            // neighbours/sn_model_2025_wide.csv line 3: 302,Barnet,...,320,"Close ",870,"Close ",310,...
            var answer = await client.GetJsonAsync("/api/v1/authorities/barnet/neighbours");
            var neighbours = answer.GetProperty("neighbours").EnumerateArray().ToList();

            Assert.Equal(2025, answer.GetProperty("model").GetProperty("year").GetInt32());
            Assert.Equal(10, neighbours.Count);
            Assert.Equal("Waltham Forest", neighbours[0].GetProperty("authority").GetProperty("name").GetString());
            Assert.Equal("close", neighbours[0].GetProperty("closeness").GetString());
            Assert.Equal("Reading", neighbours[1].GetProperty("authority").GetProperty("name").GetString());
            Assert.Equal([2021], answer.GetProperty("otherModels").EnumerateArray().Select(m => m.GetInt32()));
            Assert.Equal("neighbours/sn_model_2025_wide.csv", answer.GetProperty("sources")[0].GetProperty("path").GetString());
            Assert.Contains("dataVersion=", answer.GetProperty("permalink").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Model2021_UsesTheCodesOfApril2021AndKeepsPredecessors()
        {
            // New_Statistical_Neighbour_Groupings_April_2021.csv line 89: 825 Buckinghamshire, first neighbour 936 (Surrey), "Very Close";
            // line 160: 928 Northamptonshire under "Old SNs".
            var buckinghamshire = await client.GetJsonAsync("/api/v1/authorities/E06000060/neighbours?model=2021");
            var northamptonshire = await client.GetJsonAsync("/api/v1/authorities/northamptonshire/neighbours?model=2021");

            Assert.Equal("E06000060", buckinghamshire.GetProperty("authority").GetProperty("gssCode").GetString());
            Assert.Equal("Surrey", buckinghamshire.GetProperty("neighbours")[0].GetProperty("authority").GetProperty("name").GetString());
            Assert.Equal("very-close", buckinghamshire.GetProperty("neighbours")[0].GetProperty("closeness").GetString());
            Assert.Equal("abolished", northamptonshire.GetProperty("authority").GetProperty("status").GetString());
            Assert.Equal(10, northamptonshire.GetProperty("neighbours").GetArrayLength());
        }

        [Fact]
        public async Task AnAuthorityOutsideTheModel_Is404NamingModel()
        {
            var problem = await client.GetProblemAsync("/api/v1/authorities/cumberland/neighbours?model=2021", HttpStatusCode.NotFound, "model");
            Assert.Contains("2025", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("/api/v1/authorities/barnet/neighbours?model=2019", "model")]
        [InlineData("/api/v1/authorities/barnet/neighbours?model=abc", "model")]
        [InlineData("/api/v1/authorities/barnet/neighbours?modle=2025", "modle")]
        public async Task BadInput_Is400NamingTheParameter(string url, string parameter)
        {
            await client.GetProblemAsync(url, HttpStatusCode.BadRequest, parameter);
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetComparison(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task Barnet2025_SitsBesideLondonEnglandAndItsNeighbours()
        {
            // lait/lait_bds_long_csc_topics_2026-04-08.csv, CPP_rate 2025: Barnet 24.0 (line 59503), London 37.2 (line 59667),
            // England 40.6 (line 59660), Waltham Forest 38.8 (line 59645).
            var answer = await client.GetJsonAsync("/api/v1/authorities/barnet/indicators/child-protection-plans-rate/comparison?from=2025");
            var year = Assert.Single(answer.GetProperty("years").EnumerateArray());
            var neighbours = year.GetProperty("neighbours").EnumerateArray().ToList();
            var values = neighbours.Select(n => n.GetProperty("value").GetDouble()).ToList();

            Assert.Equal(24.0, year.GetProperty("figure").GetProperty("value").GetDouble());
            Assert.Equal(37.2, year.GetProperty("region").GetProperty("value").GetDouble());
            Assert.Equal(40.6, year.GetProperty("england").GetProperty("value").GetDouble());
            Assert.Equal(38.8, neighbours[0].GetProperty("value").GetDouble());
            Assert.Equal(Math.Round(values.Average(), 6), year.GetProperty("neighbourAverage").GetProperty("value").GetDouble());
            Assert.Equal(10, year.GetProperty("neighbourAverage").GetProperty("count").GetInt32());
            // Rank 1 = highest: one more than the neighbours above Barnet's 24.0.
            Assert.Equal(values.Count(v => v > 24.0) + 1, year.GetProperty("rank").GetProperty("position").GetInt32());
            Assert.Equal(11, year.GetProperty("rank").GetProperty("of").GetInt32());
        }

        [Fact]
        public async Task NeighboursWithoutAFigure_AreMissingAndLeftOutOfTheAverage()
        {
            // Cumberland (a 2025-model neighbour of several) did not exist before April 2023: no 2015 figure.
            var answer = await client.GetJsonAsync("/api/v1/authorities/E06000064/indicators/children-in-need-rate/comparison?from=2016&to=2016");
            var year = Assert.Single(answer.GetProperty("years").EnumerateArray());
            var missing = year.GetProperty("neighbours").EnumerateArray().Count(n => n.GetProperty("status").GetString() == "missing");

            Assert.Equal("missing", year.GetProperty("figure").GetProperty("status").GetString());
            Assert.Equal(JsonValueKindNull, year.GetProperty("rank").ValueKind);
            Assert.Equal(missing, year.GetProperty("neighbourAverage").GetProperty("excluded").GetInt32());
        }

        private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

        [Fact]
        public async Task Csv_HasOneRowPerNeighbourPerYear()
        {
            using var response = await client.GetAsync(new Uri("/api/v1/authorities/barnet/indicators/child-protection-plans-rate/comparison?from=2024&format=csv", UriKind.Relative));
            var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(1 + 2 * 10, lines.Length);
            Assert.Contains("figureValue", lines[0], StringComparison.Ordinal);
            Assert.Contains("neighboursAuthorityName", lines[0], StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("/api/v1/authorities/nowhere/indicators/children-in-need/comparison", HttpStatusCode.NotFound, "id")]
        [InlineData("/api/v1/authorities/barnet/indicators/nothing/comparison", HttpStatusCode.NotFound, "indicatorId")]
        [InlineData("/api/v1/authorities/barnet/indicators/children-in-need/comparison?from=2025&to=2013", HttpStatusCode.BadRequest, "from")]
        [InlineData("/api/v1/authorities/barnet/indicators/children-in-need/comparison?model=1999", HttpStatusCode.BadRequest, "model")]
        public async Task BadInput_IsAProblemNamingTheParameter(string url, HttpStatusCode status, string parameter)
        {
            await client.GetProblemAsync(url, status, parameter);
        }
    }
}
