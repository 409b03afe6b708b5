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

    /// <summary>Thirteen of the values operation's parameters that take one value.</summary>
    private static readonly string[] ValuesSingleParameters = ["year", "from", "to", "min", "max", "region", "level", "sort", "page", "pageSize", "release", "dataVersion", "format"];

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
    public async Task ParameterIsNamedAsTheContractSpellsIt_AndPastTenTheRestAreCounted()
    {
        var spelt = await client.GetProblemAsync("/api/v1/indicators/referrals/values?PAGESIZE=1&pagesize=2", HttpStatusCode.BadRequest, "pageSize");
        Assert.Single(spelt.GetProperty("errors").EnumerateObject());

        var query = string.Join('&', ValuesSingleParameters.SelectMany(name => new[] { $"{name}=1", $"{name}=2" }));
        var many = await client.GetProblemAsync($"/api/v1/indicators/referrals/values?{query}", HttpStatusCode.BadRequest, "year");

        Assert.Equal(10, many.GetProperty("errors").EnumerateObject().Count());
        Assert.EndsWith("and 3 more. Each takes one value.", many.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/explore?format=json&format=csv")]
    [InlineData("/health/live?dataVersion=1&dataVersion=2")]
    public async Task PagesOutsideTheApi_AreNotChecked(string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    // A client asking for CSV gets its error as problem+json all the same, with its traceId (the default writer
    // declines such a client: it got an empty 400 for a value that cannot be bound, and problems without a traceId).
    [InlineData("/api/v1/indicators/referrals/values?year=abc", HttpStatusCode.BadRequest, "year")]
    [InlineData("/api/v1/indicators/referrals/values?year=2020&year=2021", HttpStatusCode.BadRequest, "year")]
    [InlineData("/api/v1/indicators/referrals/values?yeer=2020", HttpStatusCode.BadRequest, "yeer")]
    [InlineData("/api/v1/indicators/referals/values", HttpStatusCode.NotFound, "indicatorId")]
    [InlineData("/api/v1/inspections?from=notadate", HttpStatusCode.BadRequest, "from")]
    public async Task ClientAskingForCsv_GetsItsProblemWithATraceId(string url, HttpStatusCode status, string parameter)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/csv");

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.NotNull(problem["traceId"]);
        Assert.True(problem["errors"]?[parameter] is not null || problem["parameter"]?.GetValue<string>() == parameter, body);
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
                var problem = await client.GetProblemAsync($"{url}?{name}=1&{name}=2", HttpStatusCode.BadRequest, name);
                Assert.Contains("given 2 times", problem.GetProperty("errors").GetProperty(name)[0].GetString(), StringComparison.Ordinal);
                checkedParameters++;
            }
        }
        Assert.True(checkedParameters > 100, $"{checkedParameters} parameters checked");
    }
}
