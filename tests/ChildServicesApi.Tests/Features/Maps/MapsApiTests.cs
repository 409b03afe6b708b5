using System.Net;
using System.Text.Json;
using ChildServicesApi.Tests.Features.Boundaries;
using ChildServicesApi.Tests.Infrastructure;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace ChildServicesApi.Tests.Features.Maps;

public sealed class MapsApiTests
{
    private const string B1 = "children-in-need/b1_children_in_need_2013_to_2025.csv";

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    private static Dictionary<string, JsonElement> BySlug(JsonElement collection) =>
        collection.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);

    private static JsonElement Properties(JsonElement feature) => feature.GetProperty("properties");

    private static Geometry Geometry(JsonElement feature) => JsonSerializer.Deserialize<Geometry>(feature.GetProperty("geometry").GetRawText(), GeoJson)!;

    /// <summary>A CSV line's cells, commas inside quotes kept (quotes left on; no cell compared here is quoted).</summary>
    private static string[] Cells(string line) => System.Text.RegularExpressions.Regex.Split(line, ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

    /// <summary>The At31_episodes cell of table B1 for an authority and year, with its line number.</summary>
    private static (string Cell, int Line) B1Cell(string gssCode, int year)
    {
        var lines = File.ReadAllLines(Path.Combine(SeededStore.SeedDirectory, B1));
        var header = lines[0].Split(',');
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = Cells(lines[i]);
            if (cells[0] == year.ToString(System.Globalization.CultureInfo.InvariantCulture) && cells[Array.IndexOf(header, "new_la_code")] == gssCode)
            {
                return (cells[Array.IndexOf(header, "At31_episodes")], i + 1);
            }
        }
        throw new InvalidOperationException($"{gssCode} {year} is not in {B1}");
    }

    [Collection(SeededApi.Features)]
    public sealed class GetIndicatorMap(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task ChildrenInNeed2025_Has153Features_WhoseFiguresAreTheValuesEndpointsRows()
        {
            var (response, map) = await BoundariesApiTests.GetGeoJsonAsync(client, "/api/v1/indicators/children-in-need/map?year=2025");
            var values = (await client.GetJsonAsync("/api/v1/indicators/children-in-need/values?year=2025&level=authority&pageSize=1000")).Items()
                .ToDictionary(v => v.GetProperty("geography").GetProperty("slug").GetString()!);
            var features = BySlug(map);

            Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(153, features.Count);
            Assert.Equal(values.Keys.Order(StringComparer.Ordinal), features.Keys.Order(StringComparer.Ordinal));
            foreach (var (slug, feature) in features)
            {
                var properties = Properties(feature);
                Assert.Equal(values[slug].GetProperty("value").GetRawText(), properties.GetProperty("value").GetRawText());
                Assert.Equal(values[slug].GetProperty("status").GetString(), properties.GetProperty("status").GetString());
                Assert.Equal("published", properties.GetProperty("boundary").GetString());
                Assert.Equal(JsonValueKind.Object, feature.GetProperty("geometry").ValueKind);
            }
            Assert.Equal("children-in-need", map.GetProperty("indicator").GetProperty("id").GetString());
            Assert.Equal(2025, map.GetProperty("year").GetInt32());
            Assert.Contains(BoundariesApiTests.OsAttribution, map.GetProperty("attribution").GetString(), StringComparison.Ordinal);
            Assert.Contains("Department for Education", map.GetProperty("attribution").GetString(), StringComparison.Ordinal);
            Assert.Equal([BoundariesApiTests.SeedFile, B1], map.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
            Assert.Matches(@"^\d+\.[0-9a-f]{16}$", map.GetProperty("dataVersion").GetString());
        }

        [Fact]
        public async Task BarnetsValue_IsTableB1sCell_WithItsPermalink()
        {
            var (_, map) = await BoundariesApiTests.GetGeoJsonAsync(client, "/api/v1/indicators/children-in-need/map?year=2025");
            var barnet = Properties(BySlug(map)["barnet"]);
            // seed/children-in-need/b1_children_in_need_2013_to_2025.csv line 149: Barnet 2025 At31_episodes 1978.
            var (cell, line) = B1Cell("E09000003", 2025);

            Assert.Equal(149, line);
            Assert.Equal(double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture), barnet.GetProperty("value").GetDouble());
            var permalink = barnet.GetProperty("permalink").GetString()!;
            Assert.StartsWith("/api/v1/indicators/children-in-need/values?authority=E09000003&year=2025&dataVersion=", permalink, StringComparison.Ordinal);
            var linked = await client.GetJsonAsync(permalink);
            Assert.Equal(barnet.GetProperty("value").GetDouble(), linked.Items().Single().GetProperty("value").GetDouble());
        }

        [Fact]
        public async Task RanksAndQuintiles_RankThePublishedValuesHighestFirst()
        {
            var (_, map) = await BoundariesApiTests.GetGeoJsonAsync(client, "/api/v1/indicators/children-in-need/map?year=2025");
            var rows = map.GetProperty("features").EnumerateArray().Select(Properties)
                .Select(p => (Value: p.GetProperty("value").GetDouble(), Rank: p.GetProperty("rank").GetInt32(), Quintile: p.GetProperty("quintile").GetInt32())).ToList();

            foreach (var row in rows)
            {
                Assert.Equal(1 + rows.Count(r => r.Value > row.Value), row.Rank);
                Assert.Equal(1 + 5 * rows.Count(r => r.Value < row.Value) / rows.Count, row.Quintile);
            }
            Assert.Equal(1, rows.MaxBy(r => r.Value).Rank);
            Assert.Equal(5, rows.MaxBy(r => r.Value).Quintile);
            Assert.Equal(1, rows.MinBy(r => r.Value).Quintile);
            Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.Quintile).Distinct().Order());
        }

        [Theory]
        // b1 line 455: Isles of Scilly 2023 At31_episodes "c" (suppressed).
        [InlineData("E06000053", "isles-of-scilly", 2023, "c", "suppressed")]
        // b1 line 629: Hackney 2022 At31_episodes "x" (not available).
        [InlineData("E09000012", "hackney", 2022, "x", "not-available")]
        public async Task ASpecialValue_IsDrawnApart_WithItsReasonAndNoRankOrQuintile(string gssCode, string slug, int year, string symbol, string status)
        {
            var (cell, _) = B1Cell(gssCode, year);
            var (_, map) = await BoundariesApiTests.GetGeoJsonAsync(client, $"/api/v1/indicators/children-in-need/map?year={year}");
            var feature = BySlug(map)[slug];
            var properties = Properties(feature);

            Assert.Equal(symbol, cell);
            Assert.Equal(status, properties.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, properties.GetProperty("value").ValueKind);
            Assert.Equal(JsonValueKind.Null, properties.GetProperty("rank").ValueKind);
            Assert.Equal(JsonValueKind.Null, properties.GetProperty("quintile").ValueKind);
            // The same reason, with its source, as the figure's own row gives.
            var row = (await client.GetJsonAsync($"/api/v1/indicators/children-in-need/values?authority={gssCode}&year={year}")).Items().Single();
            Assert.Equal(row.GetProperty("reason").GetProperty("text").GetString(), properties.GetProperty("statusReason").GetString());
            Assert.Equal(row.GetProperty("reason").GetProperty("source").GetString(), properties.GetProperty("statusReasonSource").GetString());
            Assert.Contains($"'{symbol}'", properties.GetProperty("statusReasonSource").GetString(), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Object, feature.GetProperty("geometry").ValueKind);
            var ranks = map.GetProperty("features").EnumerateArray().Select(Properties)
                .Where(p => p.GetProperty("rank").ValueKind == JsonValueKind.Number).Select(p => p.GetProperty("rank").GetInt32()).ToList();
            Assert.Equal(map.GetProperty("features").GetArrayLength() - 1, ranks.Count);
        }

        [Fact]
        public async Task AFigurePublishedForAReportingGroup_IsNotDrawnOnItsMembers()
        {
            // seed/workforce/csww_indicators_2017_to_2025.csv line 160: 2025, "314 / 318", Kingston upon Thames / Richmond upon Thames as one unit.
            var line = File.ReadLines(Path.Combine(SeededStore.SeedDirectory, "workforce/csww_indicators_2017_to_2025.csv")).ElementAt(159);
            var (_, map) = await BoundariesApiTests.GetGeoJsonAsync(client, "/api/v1/indicators/social-workers-fte/map?year=2025");
            var features = BySlug(map);

            Assert.StartsWith("2025,", line, StringComparison.Ordinal);
            Assert.Contains(",314 / 318,E09000021 / E09000027,Kingston upon Thames / Richmond upon Thames,", line, StringComparison.Ordinal);
            foreach (var slug in new[] { "kingston-upon-thames", "richmond-upon-thames" })
            {
                var properties = Properties(features[slug]);
                Assert.Equal("missing", properties.GetProperty("status").GetString());
                Assert.Equal(JsonValueKind.Null, properties.GetProperty("value").ValueKind);
                Assert.Contains("is published only as part of 'Kingston upon Thames / Richmond upon Thames'", properties.GetProperty("statusReason").GetString(), StringComparison.Ordinal);
            }
        }

        [Fact]
        public async Task Year2021_DrawsCumbriaAndNorthamptonshireAsTheUnionOfTheirSuccessors()
        {
            var (_, map2021) = await BoundariesApiTests.GetGeoJsonAsync(client, "/api/v1/indicators/children-in-need/map?year=2021");
            var (_, boundaries) = await BoundariesApiTests.GetGeoJsonAsync(client, "/api/v1/boundaries");
            var then = BySlug(map2021);
            var now = BySlug(boundaries);

            Assert.Equal(151, then.Count);
            foreach (var (predecessor, successors) in new[] { ("cumbria", new[] { "cumberland", "westmorland-and-furness" }), ("northamptonshire", ["north-northamptonshire", "west-northamptonshire"]) })
            {
                var feature = then[predecessor];
                Assert.Equal("union-of-successors", Properties(feature).GetProperty("boundary").GetString());
                Assert.Equal("published", Properties(feature).GetProperty("status").GetString());
                var sum = successors.Sum(s => Geometry(now[s]).Area);
                var union = Geometry(feature);
                Assert.True(Math.Abs(union.Area - sum) <= 1e-6 * sum, $"{predecessor}: union area {union.Area}, successors' areas sum to {sum}");
                Assert.True(union.Covers(Geometry(now[successors[0]])) && union.Covers(Geometry(now[successors[1]])));
                Assert.All(successors, s => Assert.DoesNotContain(s, then.Keys));
            }
        }

        [Fact]
        public async Task Year2018_GivesOldDorsetBournemouthAndPooleTheirFiguresButNoGeometry()
        {
            var (_, map) = await BoundariesApiTests.GetGeoJsonAsync(client, "/api/v1/indicators/children-in-need/map?year=2018");
            var features = BySlug(map);

            foreach (var (slug, gssCode) in new[] { ("dorset-until-2019", "E10000009"), ("bournemouth", "E06000028"), ("poole", "E06000029") })
            {
                var feature = features[slug];
                var properties = Properties(feature);
                // seed/children-in-need/b1_children_in_need_2013_to_2025.csv: the authority's 2018 At31_episodes row.
                var (cell, _) = B1Cell(gssCode, 2018);
                Assert.Equal(gssCode, properties.GetProperty("gssCode").GetString());
                Assert.Equal(JsonValueKind.Null, feature.GetProperty("geometry").ValueKind);
                Assert.Equal("no-matching-boundary", properties.GetProperty("boundary").GetString());
                Assert.Contains("no December 2023 boundary", properties.GetProperty("boundaryNote").GetString(), StringComparison.Ordinal);
                Assert.Equal(double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture), properties.GetProperty("value").GetDouble());
            }
            Assert.DoesNotContain("bournemouth-christchurch-and-poole", features.Keys);
            Assert.DoesNotContain("dorset", features.Keys);
        }

        [Fact]
        public async Task Csv_HasTheSameRowsWithoutGeometry()
        {
            var (_, map) = await BoundariesApiTests.GetGeoJsonAsync(client, "/api/v1/indicators/children-in-need/map?year=2014");
            using var response = await client.GetAsync(new Uri("/api/v1/indicators/children-in-need/map?year=2014&format=csv", UriKind.Relative));
            var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var header = lines[0].Split(',');
            var features = map.GetProperty("features").EnumerateArray().Select(Properties).ToList();

            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment; filename=\"get-indicator-map.csv\"", response.Content.Headers.ContentDisposition!.ToString());
            Assert.Equal(header.Length, header.Distinct().Count());
            Assert.DoesNotContain("geometry", header);
            Assert.Equal(features.Count + 1, lines.Length);
            var (slug, value, status, rank) = (Array.IndexOf(header, "slug"), Array.IndexOf(header, "value"), Array.IndexOf(header, "status"), Array.IndexOf(header, "rank"));
            for (var i = 0; i < features.Count; i++)
            {
                var cells = Cells(lines[i + 1]);
                Assert.Equal(features[i].GetProperty("slug").GetString(), cells[slug]);
                Assert.Equal(features[i].GetProperty("value").ValueKind == JsonValueKind.Null ? "" : features[i].GetProperty("value").GetRawText(), cells[value]);
                Assert.Equal(features[i].GetProperty("status").GetString(), cells[status]);
                Assert.Equal(features[i].GetProperty("rank").ValueKind == JsonValueKind.Null ? "" : features[i].GetProperty("rank").GetRawText(), cells[rank]);
            }
        }

        [Fact]
        public async Task ETag_AnswersARepeat304_AndJsonAcceptGetsGeoJson()
        {
            const string url = "/api/v1/indicators/children-in-need/map?year=2025";
            var (first, _) = await BoundariesApiTests.GetGeoJsonAsync(client, url, "application/json");
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            using var again = await client.SendAsync(request);

            Assert.Equal("application/geo+json", first.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            first.Dispose();
        }

        [Theory]
        [InlineData("/api/v1/indicators/no-such-thing/map?year=2025", HttpStatusCode.NotFound, "indicatorId")]
        [InlineData("/api/v1/indicators/children-in-need/map?year=2010", HttpStatusCode.NotFound, "year")]
        [InlineData("/api/v1/indicators/children-in-need/map?year=1800", HttpStatusCode.BadRequest, "year")]
        [InlineData("/api/v1/indicators/children-in-need/map?year=twenty", HttpStatusCode.BadRequest, "year")]
        [InlineData("/api/v1/indicators/children-in-need/map?format=shapefile", HttpStatusCode.BadRequest, "format")]
        public async Task BadInput_IsAProblemNamingTheParameter(string url, HttpStatusCode status, string parameter)
        {
            await client.GetProblemAsync(url, status, parameter);
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetInspectionMap(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task March2025_GivesEachAuthorityTheGradeInForce_AsJudgementsInForceDoes()
        {
            var (response, map) = await BoundariesApiTests.GetGeoJsonAsync(client, "/api/v1/inspections/map?asAt=2025-03-31");
            var inForce = (await client.GetJsonAsync("/api/v1/inspections/judgements-in-force?asAt=2025-03-31")).GetProperty("items").EnumerateArray()
                .ToDictionary(i => i.GetProperty("authority").GetProperty("slug").GetString()!);
            var official = await client.GetJsonAsync("/api/v1/inspections/official-snapshot?asAt=2025-03-31");
            var features = BySlug(map);

            Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(153, features.Count);
            Assert.Equal(inForce.Keys.Order(StringComparer.Ordinal), features.Keys.Order(StringComparer.Ordinal));
            foreach (var (slug, feature) in features)
            {
                Assert.Equal(inForce[slug].GetProperty("grade").GetRawText(), Properties(feature).GetProperty("grade").GetRawText());
                Assert.Equal(inForce[slug].GetProperty("publicationDate").GetRawText(), Properties(feature).GetProperty("publicationDate").GetRawText());
            }
            // Ofsted's own snapshot (seed/ofsted/ofsted_la_judgements_as_at_2025-03-31.csv) counts the same grades.
            foreach (var grade in official.GetProperty("grades").EnumerateArray())
            {
                Assert.Equal(grade.GetProperty("count").GetInt32(), features.Values.Count(f => Properties(f).GetProperty("grade").GetString() == grade.GetProperty("grade").GetString()));
            }
            Assert.Equal("inspection", map.GetProperty("basis").GetString());
        }

        [Fact]
        public async Task March2017_DrawsTheAuthoritiesOfThatDay()
        {
            var (_, map) = await BoundariesApiTests.GetGeoJsonAsync(client, "/api/v1/inspections/map?asAt=2017-03-31&basis=publication");
            var features = BySlug(map);

            Assert.Equal(152, features.Count);
            Assert.Equal("union-of-successors", Properties(features["northamptonshire"]).GetProperty("boundary").GetString());
            Assert.Equal(JsonValueKind.Null, features["poole"].GetProperty("geometry").ValueKind);
            Assert.Equal("publication", map.GetProperty("basis").GetString());
        }

        [Theory]
        [InlineData("/api/v1/inspections/map?asAt=2025-13-01", "asAt")]
        [InlineData("/api/v1/inspections/map?basis=report", "basis")]
        [InlineData("/api/v1/inspections/map?asAt=1900-01-01", "asAt")]
        public async Task BadInput_Is400NamingTheParameter(string url, string parameter)
        {
            await client.GetProblemAsync(url, HttpStatusCode.BadRequest, parameter);
        }
    }
}
