using System.Text.Json;
using System.Text.Json.Nodes;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Http;

/// <summary>
/// The committed openapi/v1.json is the contract clients generate from: it must equal what the API serves.
/// To regenerate it after changing the API: <c>UPDATE_OPENAPI=1 dotnet test --filter OpenApiDocumentTests</c>.
/// </summary>
public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string CommittedPath = Path.Combine(Path.GetDirectoryName(SeededStore.SeedDirectory)!, "openapi", "v1.json");

    private async Task<JsonNode> ServedAsync()
    {
        using var client = factory.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
    }

    [Fact]
    public async Task CommittedDocument_MatchesWhatTheApiServes()
    {
        var served = await ServedAsync();
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, served.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(CommittedPath));

        Assert.True(JsonNode.DeepEquals(committed, served),
            "openapi/v1.json differs from /openapi/v1.json; regenerate it with UPDATE_OPENAPI=1 dotnet test --filter OpenApiDocumentTests and commit it.");
    }

    [Fact]
    public async Task EveryOperation_HasAnIdASummaryAndDocumentedProblems()
    {
        var served = await ServedAsync();
        var operations = served["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Operation: o.Value!))).ToList();

        Assert.Equal(21, operations.Count);
        Assert.Equal(operations.Count, operations.Select(o => o.Operation["operationId"]!.GetValue<string>()).Distinct().Count());
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Operation["summary"]?.GetValue<string>()), $"{o.Path} has no summary");
            Assert.NotNull(o.Operation["responses"]!["400"]!["content"]!["application/problem+json"]);
            foreach (var parameter in o.Operation["parameters"]?.AsArray() ?? [])
            {
                Assert.False(string.IsNullOrWhiteSpace(parameter!["description"]?.GetValue<string>()), $"{o.Path} parameter {parameter!["name"]} has no description");
                Assert.NotNull(parameter["example"]);
            }
        });
        Assert.All(operations.Where(o => o.Path.Contains('{', StringComparison.Ordinal)),
            o => Assert.NotNull(o.Operation["responses"]!["404"]!["content"]!["application/problem+json"]));
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
