using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Boundaries;

[Collection(SeededApi.Features)]
public sealed class BoundariesApiTests(ApiFactory factory)
{
    public const string SeedFile = "boundaries/ctyua_2023_buc.geojson";
    public const string OsAttribution = "Contains OS data © Crown copyright and database right 2023";

    /// <summary>A seed feature's geometry as the API serves it: a Polygon as the MultiPolygon of that one polygon.</summary>
    public static JsonNode AsServed(JsonNode geometry) => geometry["type"]!.GetValue<string>() == "Polygon"
        ? new JsonObject { ["type"] = "MultiPolygon", ["coordinates"] = new JsonArray(geometry["coordinates"]!.DeepClone()) }
        : geometry;

    private readonly HttpClient client = factory.CreateClient();

    /// <summary>seed/boundaries/ctyua_2023_buc.geojson: each feature's properties.code and geometry, in file order.</summary>
    public static List<(string Code, JsonNode Geometry)> SeedFeatures()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(SeededStore.SeedDirectory, SeedFile)))!;
        return document["features"]!.AsArray().Select(f => (f!["properties"]!["code"]!.GetValue<string>(), f["geometry"]!)).ToList();
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> GetGeoJsonAsync(HttpClient client, string url, string accept = "application/geo+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Accept.ParseAdd(accept);
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        return (response, JsonDocument.Parse(body).RootElement.Clone());
    }

    private static Dictionary<string, JsonElement> ByCode(JsonElement collection) =>
        collection.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("gssCode").ValueKind == JsonValueKind.String)
            .ToDictionary(f => f.GetProperty("properties").GetProperty("gssCode").GetString()!);

    [Fact]
    public async Task Boundaries_Are153Features_EachCurrentAuthorityOnce_WithTheSeedFilesCodes()
    {
        var (response, collection) = await GetGeoJsonAsync(client, "/api/v1/boundaries");
        var current = await client.GetJsonAsync("/api/v1/authorities?status=current&pageSize=1000");
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        var codes = features.Select(f => f.GetProperty("properties").GetProperty("gssCode").GetString()!).ToList();

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        Assert.Equal(153, features.Count);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(SeedFeatures().Select(f => f.Code).Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
        Assert.Equal(current.Items().Select(a => a.GetProperty("gssCode").GetString()!).Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
        Assert.All(features, f =>
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            Assert.Equal("published", f.GetProperty("properties").GetProperty("boundary").GetString());
            Assert.Equal("MultiPolygon", f.GetProperty("geometry").GetProperty("type").GetString());
            Assert.Equal(4, f.GetProperty("bbox").GetArrayLength());
        });
    }

    [Fact]
    public async Task Boundaries_CarryTheAttributionLicenceAndSource()
    {
        var (_, collection) = await GetGeoJsonAsync(client, "/api/v1/boundaries");
        var source = collection.GetProperty("source");

        Assert.Contains("Office for National Statistics licensed under the Open Government Licence v3.0", collection.GetProperty("attribution").GetString(), StringComparison.Ordinal);
        Assert.Contains(OsAttribution, collection.GetProperty("attribution").GetString(), StringComparison.Ordinal);
        Assert.Equal("Open Government Licence v3.0", collection.GetProperty("licence").GetString());
        Assert.Equal(SeedFile, source.GetProperty("file").GetString());
        Assert.Equal("Counties and Unitary Authorities (December 2023) Boundaries UK BUC", source.GetProperty("publication").GetString());
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(SeededStore.SeedDirectory, SeedFile))));
        Assert.Equal(sha, source.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task EachGeometry_IsTheSeedFilesFeature_AndCodesNamesAndRegionsAreTheRegisters()
    {
        var (_, collection) = await GetGeoJsonAsync(client, "/api/v1/boundaries");
        var served = ByCode(collection);
        var barnet = await client.GetJsonAsync("/api/v1/authorities/E09000003");

        foreach (var (code, geometry) in SeedFeatures())
        {
            Assert.True(JsonNode.DeepEquals(AsServed(geometry), JsonNode.Parse(served[code].GetProperty("geometry").GetRawText())), $"{code}'s geometry differs from the seed file's");
        }
        var properties = served["E09000003"].GetProperty("properties");
        Assert.Equal("barnet", served["E09000003"].GetProperty("id").GetString());
        Assert.Equal(("302", "barnet", "Barnet"), (properties.GetProperty("laCode").GetString(), properties.GetProperty("slug").GetString(), properties.GetProperty("name").GetString()));
        Assert.Equal(barnet.GetProperty("region").GetProperty("code").GetString(), properties.GetProperty("regionCode").GetString());
        Assert.Equal("London", properties.GetProperty("regionName").GetString());
    }

    [Theory]
    [InlineData("application/geo+json")]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("application/*;q=0.5, text/csv;q=0.1")]
    public async Task JsonAcceptHeaders_AllGetGeoJson(string accept)
    {
        var (response, collection) = await GetGeoJsonAsync(client, "/api/v1/boundaries", accept);

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(153, collection.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task UnservableAccept_Is406NamingAccept()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/boundaries", UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/xml");
        using var response = await client.SendAsync(request);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("Accept", problem.GetProperty("parameter").GetString());
        Assert.Contains("application/geo+json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsAtBeforeApril2019_DrawsUnionsWhereExact_AndNoGeometryForDorsetBournemouthAndPoole()
    {
        var (_, collection) = await GetGeoJsonAsync(client, "/api/v1/boundaries?asAt=2019-03-31");
        var features = ByCode(collection);

        Assert.Equal(152, collection.GetProperty("features").GetArrayLength());
        foreach (var code in new[] { "E10000009", "E06000028", "E06000029" })
        {
            var feature = features[code];
            Assert.Equal(JsonValueKind.Null, feature.GetProperty("geometry").ValueKind);
            Assert.False(feature.TryGetProperty("bbox", out _), $"{code} has no geometry, so no bbox");
            Assert.Equal("no-matching-boundary", feature.GetProperty("properties").GetProperty("boundary").GetString());
            Assert.Contains("Bournemouth, Christchurch and Poole (E06000058)", feature.GetProperty("properties").GetProperty("boundaryNote").GetString(), StringComparison.Ordinal);
        }
        foreach (var code in new[] { "E10000006", "E10000021" })
        {
            Assert.Equal("union-of-successors", features[code].GetProperty("properties").GetProperty("boundary").GetString());
            Assert.StartsWith("Union of successors' December 2023 boundaries", features[code].GetProperty("properties").GetProperty("boundaryNote").GetString(), StringComparison.Ordinal);
        }
        // Never another authority's shape: the successors created later are not drawn at all.
        Assert.DoesNotContain("E06000058", features.Keys);
        Assert.DoesNotContain("E06000063", features.Keys);
    }

    [Fact]
    public async Task AsAtBefore2009_DrawsBedfordshireAndCheshireAsTheirSuccessorsUnion()
    {
        var (_, collection) = await GetGeoJsonAsync(client, "/api/v1/boundaries?asAt=2009-03-31");
        var names = collection.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("properties").GetProperty("slug").GetString()!);

        Assert.Equal("union-of-successors", names["bedfordshire"].GetProperty("properties").GetProperty("boundary").GetString());
        Assert.Equal("union-of-successors", names["cheshire"].GetProperty("properties").GetProperty("boundary").GetString());
        Assert.Equal(JsonValueKind.Null, names["cheshire"].GetProperty("properties").GetProperty("gssCode").ValueKind);
        Assert.DoesNotContain("cheshire-east", names.Keys);
    }

    [Fact]
    public async Task Csv_IsOneRowPerFeatureWithoutGeometry()
    {
        var (_, collection) = await GetGeoJsonAsync(client, "/api/v1/boundaries");
        using var response = await client.GetAsync(new Uri("/api/v1/boundaries?format=csv", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(154, lines.Length);
        Assert.Equal(["asAt", "gssCode", "laCode", "slug", "name", "regionCode", "regionName", "boundary", "boundaryNote"], header);
        Assert.DoesNotContain("coordinates", lines[1], StringComparison.Ordinal);
        var slugs = lines[1..].Select(l => System.Text.RegularExpressions.Regex.Match(l, ",(E\\d{8}),\\d{3},([a-z0-9-]+),").Groups[2].Value);
        Assert.Equal(collection.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()), slugs);
    }

    [Fact]
    public async Task ETag_AnswersARepeat304()
    {
        using var first = await client.GetAsync(new Uri("/api/v1/boundaries", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/boundaries", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/boundaries?asAt=1800-01-01", "asAt")]
    [InlineData("/api/v1/boundaries?asAt=31-03-2020", "asAt")]
    [InlineData("/api/v1/boundaries?format=xml", "format")]
    [InlineData("/api/v1/boundaries?year=2020", "year")]
    public async Task BadInput_Is400NamingTheParameter(string url, string parameter)
    {
        await client.GetProblemAsync(url, HttpStatusCode.BadRequest, parameter);
    }
}
