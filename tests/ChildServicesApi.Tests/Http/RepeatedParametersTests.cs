using System.Net;
using System.Text.Json.Nodes;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Http;

/// <summary>
/// A parameter that takes one value, given twice, is a 400 naming it, on every operation; a list parameter may be
/// repeated. Before, the two values were joined with a comma and failed as one odd value ("'2020,2021' is not a
/// valid whole number") or as an id nothing has (a 404 for region "london,london").
/// </summary>
[Collection(SeededApi.Http)]
public sealed class RepeatedParametersTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/indicators/referrals/values?year=2020&year=2021", "year")]
    [InlineData("/api/v1/authorities?region=london&region=london", "region")]
    [InlineData("/api/v1/indicators/referrals/values?sort=value&sort=-value", "sort")]
    [InlineData("/api/v1/indicators?format=csv&format=csv", "format")]
    [InlineData("/api/v1/regions?dataVersion=1&dataVersion=1", "dataVersion")]
    [InlineData("/api/v1/indicators/referrals/values?YEAR=2020&year=2020", "year")]
    public async Task SingleValueGivenTwice_Is400NamingIt(string url, string parameter)
    {
        var problem = await client.GetProblemAsync(url, HttpStatusCode.BadRequest, parameter);

        Assert.Contains("given 2 times; it takes one value", problem.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListParameter_MayBeRepeated()
    {
        var page = await client.GetJsonAsync("/api/v1/indicators/referrals/values?authority=302&authority=303&year=2020");

        Assert.Equal(["302", "303"], page.Items().Select(i => i.GetProperty("geography").GetProperty("laCode").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryOperation_RejectsEachOfItsSingleValueParametersGivenTwice()
    {
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var checkedParameters = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var parameters = item!["get"]!["parameters"]?.AsArray().Select(p => OpenApiDocumentTests.Resolve(document, p!)).ToList() ?? [];
            var url = parameters.Where(p => p["in"]!.GetValue<string>() == "path")
                .Aggregate(path, (u, p) => u.Replace($"{{{p["name"]}}}", p["name"]!.GetValue<string>() == "id" ? "barnet" : "referrals", StringComparison.Ordinal));
            foreach (var query in parameters.Where(p => p["in"]!.GetValue<string>() == "query" && p["schema"]?["type"]?.ToString() != "array"))
            {
                var name = query["name"]!.GetValue<string>();
                await client.GetProblemAsync($"{url}?{name}=1&{name}=2", HttpStatusCode.BadRequest, name);
                checkedParameters++;
            }
        }
        Assert.True(checkedParameters > 100, $"{checkedParameters} parameters checked");
    }
}
