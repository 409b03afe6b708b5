using System.Text.Json;
using System.Text.Json.Nodes;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Http;

/// <summary>
/// The committed openapi/v1.json is the contract clients generate from: it must equal what the API serves.
/// To regenerate it after changing the API: <c>UPDATE_OPENAPI=1 dotnet test --filter OpenApiDocumentTests</c>; that run
/// writes the file and fails the drift check on purpose, and a run without <c>UPDATE_OPENAPI</c> then checks it.
/// </summary>
[Collection(SeededApi.Http)]
public sealed class OpenApiDocumentTests(ApiFactory factory)
{
    private static readonly string CommittedPath = Path.Combine(Path.GetDirectoryName(SeededStore.SeedDirectory)!, "openapi", "v1.json");

    private async Task<JsonNode> ServedAsync()
    {
        using var client = factory.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
    }

    /// <summary>A parameter as written, or the shared component it references.</summary>
    internal static JsonNode Resolve(JsonNode document, JsonNode node) =>
        node["$ref"]?.GetValue<string>() is { } reference
            ? reference.TrimStart('#', '/').Split('/').Aggregate(document, (at, segment) => at[segment]!)
            : node;

    internal static List<(string Path, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Operation: o.Value!))).ToList();

    /// <summary>An operation's URL with each parameter that has an example set to it, as Swagger UI pre-fills them.</summary>
    internal static string ExampleUrl(JsonNode document, string path, JsonNode operation)
    {
        var parameters = (operation["parameters"]?.AsArray() ?? []).Select(p => Resolve(document, p!)).Where(p => p["example"] is not null).ToList();
        var url = parameters.Where(p => p["in"]!.GetValue<string>() == "path")
            .Aggregate(path, (u, p) => u.Replace($"{{{p["name"]}}}", p["example"]!.ToString(), StringComparison.Ordinal));
        var query = parameters.Where(p => p["in"]!.GetValue<string>() == "query")
            .SelectMany(p => p["example"] is JsonArray values ? values.Select(v => (p, v: v!.ToString())) : [(p, v: p["example"]!.ToString())])
            .Select(x => $"{x.p["name"]}={Uri.EscapeDataString(x.v)}");
        return url + "?" + string.Join('&', query);
    }

    [Fact]
    public async Task CommittedDocument_MatchesWhatTheApiServes()
    {
        var served = await ServedAsync();
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(CommittedPath));
        var same = JsonNode.DeepEquals(committed, served);
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("UPDATE_OPENAPI")))
        {
            // A run that regenerates the document is not a drift check: it writes, then fails, so it never counts as a pass.
            if (!same)
            {
                await File.WriteAllTextAsync(CommittedPath, served.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            }
            Assert.Fail(same
                ? "UPDATE_OPENAPI is set, so the drift check did not run: openapi/v1.json already matched /openapi/v1.json and was left as it was. Run the tests without UPDATE_OPENAPI."
                : "UPDATE_OPENAPI is set, so the drift check did not run: openapi/v1.json was rewritten from /openapi/v1.json. Review and commit it, then run the tests without UPDATE_OPENAPI.");
        }

        Assert.True(same,
            "openapi/v1.json differs from /openapi/v1.json; regenerate it with UPDATE_OPENAPI=1 dotnet test --filter OpenApiDocumentTests (which rewrites it and fails), then commit it.");
    }

    /// <summary>A client that validates requests against the document must be able to ask for every id the catalogues list.</summary>
    [Fact]
    public async Task PathIdLimits_AdmitEveryIdTheCataloguesList()
    {
        var served = await ServedAsync();
        var client = factory.CreateClient();
        var catalogues = new Dictionary<string, string> { ["indicatorId"] = "/api/v1/indicators?pageSize=1000", ["outcomeId"] = "/api/v1/school-outcomes?pageSize=1000",
            ["measureId"] = "/api/v1/other-measures?pageSize=1000" };
        foreach (var (parameter, catalogue) in catalogues)
        {
            var limits = served["paths"]!.AsObject().SelectMany(p => p.Value!["get"]!["parameters"]?.AsArray() ?? [])
                .Select(p => Resolve(served, p!)).Where(p => p["name"]!.GetValue<string>() == parameter)
                .Select(p => p["schema"]!["maxLength"]!.GetValue<int>()).Distinct().ToList();
            var longest = (await client.GetJsonAsync(catalogue)).Items().Max(i => i.GetProperty("id").GetString()!.Length);

            Assert.NotEmpty(limits);
            Assert.All(limits, limit => Assert.True(longest <= limit, $"{parameter}: maxLength {limit}, but an id of {longest} characters is listed"));
        }
    }

    private static readonly string[] FileMediaTypes = ["application/vnd.sqlite3", "application/zip"];
    private static readonly string[] FileBodies = ["200", "206"];

    [Fact]
    public async Task EveryOperation_DeclaresEveryStatusItCanReturn_WithTheOneProblemSchema()
    {
        var served = await ServedAsync();
        var operations = Operations(served);

        Assert.Equal(38, operations.Count);
        Assert.Equal(operations.Count, operations.Select(o => o.Operation["operationId"]!.GetValue<string>()).Distinct().Count());
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Operation["summary"]?.GetValue<string>()), $"{o.Path} has no summary");
            var responses = o.Operation["responses"]!.AsObject();
            // The one file download sends binary bodies with ranges and ignores Accept; everything else is JSON (or CSV).
            var file = o.Path == "/api/v1/downloads/{file}";
            var expected = file
                ? new List<string> { "200", "206", "304", "400", "410", "412", "416", "429", "500", "503" }
                : new List<string> { "200", "304", "400", "406", "410", "429", "500", "503" };
            if (o.Path.Contains('{', StringComparison.Ordinal))
            {
                expected.Add("404");
            }
            Assert.Empty(expected.Except(responses.Select(r => r.Key)));
            Assert.Null(responses["304"]!["content"]);
            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
            {
                Assert.Equal("#/components/schemas/Problem", response!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>());
            }
            if (file)
            {
                foreach (var status in FileBodies)
                {
                    Assert.Equal(FileMediaTypes, responses[status]!["content"]!.AsObject().Select(c => c.Key));
                    Assert.All(responses[status]!["content"]!.AsObject(), c => Assert.Equal("binary", c.Value!["schema"]!["format"]!.GetValue<string>()));
                }
                Assert.Equal("#/components/headers/FileETag", responses["200"]!["headers"]!["ETag"]!["$ref"]!.GetValue<string>());
                Assert.NotNull(responses["206"]!["headers"]!["Content-Range"]);
                Assert.DoesNotContain("406", responses.Select(r => r.Key));
                return;
            }
            // The map operations answer GeoJSON, declared as application/geo+json; every other operation answers application/json.
            var json = o.Path.EndsWith("/map", StringComparison.Ordinal) || o.Path == "/api/v1/boundaries" ? "application/geo+json" : "application/json";
            Assert.NotNull(responses["200"]!["content"]![json]);
            Assert.NotNull(responses["200"]!["headers"]!["ETag"]);
        });
        Assert.DoesNotContain("ProblemDetails", served["components"]!["schemas"]!.AsObject().Select(s => s.Key));
    }

    [Fact]
    public async Task Parameters_AreDescribedAndTheirExamplesNeverPinAVersionOrAskForCsv()
    {
        var served = await ServedAsync();

        foreach (var (path, operation) in Operations(served))
        {
            var parameters = (operation["parameters"]?.AsArray() ?? []).Select(p => Resolve(served, p!)).ToList();
            Assert.Single(parameters, p => p["name"]!.GetValue<string>() == "dataVersion");
            foreach (var parameter in parameters)
            {
                var name = parameter["name"]!.GetValue<string>();
                Assert.False(string.IsNullOrWhiteSpace(parameter["description"]?.GetValue<string>()), $"{path} parameter {name} has no description");
                if (parameter["required"]?.GetValue<bool>() == true)
                {
                    Assert.True(parameter["example"] is not null, $"{path}: required parameter {name} has no example");
                }
            }
            Assert.Null(parameters.Single(p => p["name"]!.GetValue<string>() == "dataVersion")["example"]);
            Assert.DoesNotContain(parameters, p => p["name"]!.GetValue<string>() == "format" && p["example"]?.GetValue<string>() == "csv");
        }
        // One shared format parameter, not an inline enum per operation.
        Assert.Equal(["json", "csv"], served["components"]!["parameters"]!["format"]!["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task ParameterRangesAndValues_AreTheServersOwn()
    {
        var served = await ServedAsync();
        JsonNode Parameter(string path, string name) => served["paths"]![path]!["get"]!["parameters"]!.AsArray()
            .Select(p => Resolve(served, p!)).Single(p => p["name"]!.GetValue<string>() == name);

        var year = Parameter("/api/v1/indicators/{indicatorId}/values", "year")["schema"]!;
        Assert.Equal(1990, year["minimum"]!.GetValue<int>());
        Assert.Equal(2100, year["maximum"]!.GetValue<int>());
        var pageSize = Parameter("/api/v1/authorities", "pageSize")["schema"]!;
        Assert.Equal((1, 1000), (pageSize["minimum"]!.GetValue<int>(), pageSize["maximum"]!.GetValue<int>()));
        Assert.Equal(["current", "abolished", "all"], Parameter("/api/v1/authorities", "status")["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("#/components/schemas/AuthorityType", Parameter("/api/v1/authorities", "type")["schema"]!["$ref"]!.GetValue<string>());
        Assert.Contains("-value", Parameter("/api/v1/indicators/{indicatorId}/values", "sort")["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal([2025, 2021], Parameter("/api/v1/authorities/{id}/neighbours", "model")["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<int>()));
        Assert.True(Parameter("/api/v1/indicators/{indicatorId}/change", "from")["required"]!.GetValue<bool>());
        Assert.True(Parameter("/api/v1/indicators/{indicatorId}/change", "to")["required"]!.GetValue<bool>());
    }

    private static bool Nullable(JsonNode property) =>
        property["type"] is JsonArray types ? types.Any(t => t!.GetValue<string>() == "null")
        : property["oneOf"] is JsonArray options && options.Any(o => o!["type"]?.GetValue<string>() == "null");

    [Fact]
    public async Task NullableProperties_AreNullableInTheSchema_RefsIncluded_AndEveryPropertyIsRequired()
    {
        var document = await ServedAsync();
        var schemas = document["components"]!["schemas"]!;
        var authority = schemas["AuthorityResponse"]!;

        Assert.StartsWith("3.1.", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        var subregion = authority["properties"]!["subregion"]!;
        Assert.True(Nullable(subregion));
        Assert.Equal("#/components/schemas/RegionRef", subregion["oneOf"]!.AsArray().Single(o => o!["$ref"] is not null)!["$ref"]!.GetValue<string>());
        Assert.True(Nullable(authority["properties"]!["gssCode"]!));
        Assert.False(Nullable(authority["properties"]!["name"]!));
        Assert.Equal("#/components/schemas/AuthorityStatus", authority["properties"]!["status"]!["$ref"]!.GetValue<string>());
        Assert.Equal(authority["properties"]!.AsObject().Select(p => p.Key).Order(), authority["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order());
        foreach (var (schema, property) in new[] { ("SpendingLineResponse", "category"), ("ChangeRow", "rate"), ("ChangeEnd", "reportedAs"), ("ComparisonYear", "rank"),
            ("InspectionResponse", "overallEffectiveness"), ("JudgementInForce", "grade"), ("JudgementInForce", "framework"), ("GradeHistoryResponse", "current") })
        {
            Assert.True(Nullable(schemas[schema]!["properties"]![property]!), $"{schema}.{property} is nullable");
        }
    }

    [Fact]
    public async Task EveryOperationTag_IsDescribedInTheDocumentsTags_AndEveryDescribedTagIsUsed()
    {
        var document = await ServedAsync();
        var used = Operations(document).SelectMany(o => o.Operation["tags"]!.AsArray().Select(t => t!.GetValue<string>())).ToHashSet(StringComparer.Ordinal);
        var described = document["tags"]!.AsArray().Where(t => !string.IsNullOrWhiteSpace(t!["description"]?.GetValue<string>()))
            .Select(t => t!["name"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(used.Order(StringComparer.Ordinal), described.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Servers_AreAbsentUnlessAPublicBaseUrlIsConfigured()
    {
        Assert.Null((await ServedAsync())["servers"]);

        await using var configured = ApiFactory.WithSettings(("OpenApi:ServerUrl", "https://api.example.org/"));
        using var client = configured.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        Assert.Equal("https://api.example.org", document["servers"]![0]!["url"]!.GetValue<string>());
    }

    /// <summary>
    /// What Swagger UI's "Try it out" then "Execute" sends: each path and required parameter's example, and each optional
    /// parameter's example too (Swagger UI pre-fills them). Every operation must succeed as a first try. The real
    /// browser check is clients/swagger-ui (run by .ci/run).
    /// </summary>
    [Fact]
    public async Task PrefilledExamples_SucceedTogether_OnEveryOperation()
    {
        var served = await ServedAsync();
        using var client = factory.CreateClient();

        foreach (var (path, operation) in Operations(served))
        {
            var url = ExampleUrl(served, path, operation);

            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task SwaggerUi_IsServedAtDocs()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/docs/index.html", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
