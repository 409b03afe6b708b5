using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ChildServicesApi.Http;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildServicesApi.Tests.Http;

[Collection(SeededApi.Http)]
public sealed class CsvOutputTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpResponseMessage Response, string[] Lines)> GetCsvAsync(string url, bool viaAccept = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (viaAccept)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        }
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response, body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Values_QuoteCommasAndLeaveSpecialValuesEmptyWithTheirStatus()
    {
        // b1: Bristol 2021 At31_episodes 2325; Hackney 2021 is x (line 792).
        var (response, lines) = await GetCsvAsync("/api/v1/indicators/children-in-need/values?authority=hackney&authority=bristol-city-of&year=2021&sort=name&format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment; filename=\"list-indicator-values.csv\"", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal(
            "geographyCode,geographyLaCode,geographyName,geographySlug,geographyLevel,year,period,value,status,reasonText,reasonSource,release," +
            "sourcePublisher,sourcePublication,sourceFile,sourceTable,sourceLine,sourceCell,sourceUrl,sourceLicence,permalink", lines[0]);
        Assert.StartsWith("E06000023,801,\"Bristol, City of\",bristol-city-of,authority,2021,31 March 2021,2325,published,,,2025,Department for Education,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("E09000012,204,Hackney,hackney,authority,2021,31 March 2021,,not-available,\"Not available: ", lines[2], StringComparison.Ordinal);
        Assert.Contains(",children-in-need/b1_children_in_need_2013_to_2025.csv,Table B1: children in need (b1_children_in_need_2013_to_2025.csv),792,x,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",/api/v1/indicators/children-in-need/values?authority=E09000012&year=2021&dataVersion=" + SeededStore.ImportReport.DataVersion, lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptHeader_AlsoGivesCsvWithItsOwnETag()
    {
        var (csv, lines) = await GetCsvAsync("/api/v1/authorities/barnet/indicators/child-protection-plans", viaAccept: true);
        using var json = await client.GetAsync(new Uri("/api/v1/authorities/barnet/indicators/child-protection-plans", UriKind.Relative));

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(14, lines.Length);
        Assert.StartsWith("E09000003,302,Barnet,barnet,london-borough,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",2013,31 March 2013,203,published,,,2025,", lines[1], StringComparison.Ordinal);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.NotEqual(csv.Headers.ETag, json.Headers.ETag);
    }

    [Fact]
    public async Task ApostrophesAndIsoDates_AreWrittenAsIs()
    {
        // s251/outturn_1314.csv line 522: Barnet's "17 Other children's and families services".
        var (_, spending) = await GetCsvAsync("/api/v1/spending?authority=barnet&year=2014&category=other-childrens-and-family-services&format=csv");
        var (_, inspections) = await GetCsvAsync("/api/v1/authorities/barnet/inspections?format=csv");

        Assert.Contains(",Other children's and families services,1697070,", spending[1], StringComparison.Ordinal);
        var sif = inspections.Single(line => line.Contains(",sif,", StringComparison.Ordinal));
        Assert.Contains(",sif,2017-04-25,\"Derived: read from the SIF report's printed dates (\"\"25 April - 18 May 2017\"\"), ofsted/ofsted_sif_judgements_2013_2018_extracted.csv line 3\",2017-07-07,inadequate,", sif, StringComparison.Ordinal);
    }

    /// <summary>Requests beyond the documented examples that reach other shapes of the same operations.</summary>
    private static readonly string[] CsvVariants =
    [
        // A count with a companion rate: the answer's rateIndicator and each row's rate change.
        "/api/v1/indicators/section-47-enquiries/change?from=2015&to=2025",
        "/api/v1/indicators/children-in-need/rankings?year=2025&region=london",
        "/api/v1/authorities/barnet/neighbours?model=2021",
        "/api/v1/indicators/children-in-need/values?release=all&level=national",
        "/api/v1/indicators/children-looked-after/values?layout=wide&sort=-year&pageSize=1000",
    ];

    /// <summary>
    /// Every operation that answers CSV, found by its <see cref="CsvCapable"/> endpoint metadata (so a new one is covered
    /// without editing this test), asked with its documented examples and the variants above: spreadsheets and chart
    /// tools key columns by name, so no name may appear twice in a header.
    /// </summary>
    [Fact]
    public async Task EveryCsvOperation_HasUniqueColumnNames()
    {
        var csvOperations = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<CsvCapable>() is not null)
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName)
            .ToHashSet(StringComparer.Ordinal);
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var documented = OpenApiDocumentTests.Operations(document).Where(o => csvOperations.Contains(o.Operation["operationId"]!.GetValue<string>())).ToList();
        Assert.Equal(csvOperations.Order(StringComparer.Ordinal), documented.Select(o => o.Operation["operationId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.True(csvOperations.Count >= 12, $"only {csvOperations.Count} CSV operations found");

        foreach (var url in documented.Select(o => OpenApiDocumentTests.ExampleUrl(document, o.Path, o.Operation)).Concat(CsvVariants))
        {
            // The format parameter's example is json.
            var (response, lines) = await GetCsvAsync(url.Contains("format=json", StringComparison.Ordinal)
                ? url.Replace("format=json", "format=csv", StringComparison.Ordinal)
                : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "format=csv");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            var repeated = lines[0].Split(',').GroupBy(name => name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"{url} repeats {string.Join(", ", repeated)} in its header: {lines[0]}");
        }
    }

    [Fact]
    public async Task AnswerColumnsBesideRowColumnsOfTheSameName_ArePrefixedAnswer()
    {
        var (_, ranking) = await GetCsvAsync("/api/v1/indicators/children-in-need/rankings?year=2025&format=csv");
        var (_, neighbours) = await GetCsvAsync("/api/v1/authorities/barnet/neighbours?format=csv");
        var (_, change) = await GetCsvAsync("/api/v1/indicators/section-47-enquiries/change?from=2015&to=2025&authority=barnet&format=csv");

        var header = ranking[0].Split(',');
        Assert.Equal("/api/v1/indicators/children-in-need/rankings?year=2025&format=csv&dataVersion=" + SeededStore.ImportReport.DataVersion,
            ranking[1].Split(',')[Array.IndexOf(header, "answerPermalink")]);
        Assert.StartsWith("/api/v1/indicators/children-in-need/values?authority=", ranking[1].Split(',')[Array.IndexOf(header, "permalink")], StringComparison.Ordinal);
        header = neighbours[0].Split(',');
        Assert.Equal("Barnet", neighbours[1].Split(',')[Array.IndexOf(header, "answerAuthorityName")]);
        Assert.NotEqual("Barnet", neighbours[1].Split(',')[Array.IndexOf(header, "authorityName")]);
        // The rate indicator is named once, by the answer; each row keeps its rate figures.
        header = change[0].Split(',');
        Assert.Single(header, h => h == "rateIndicatorId");
        Assert.Contains("rateStartValue", header);
        Assert.Equal("section-47-enquiries-rate", change[1].Split(',')[Array.IndexOf(header, "rateIndicatorId")]);
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("King's Lynn", "King's Lynn")]
    [InlineData("plain", "plain")]
    public void Quote_FollowsRfc4180(string field, string expected)
    {
        Assert.Equal(expected, CsvOutput.Quote(field));
    }

    [Fact]
    public async Task UnknownFormat_Is400NamingIt()
    {
        await client.GetProblemAsync("/api/v1/regions?format=xml", HttpStatusCode.BadRequest, "format");
    }

    [Fact]
    public async Task FormatOnANonListEndpoint_IsAnUnknownParameter()
    {
        await client.GetProblemAsync("/api/v1/authorities/barnet?format=csv", HttpStatusCode.BadRequest, "format");
    }

    [Fact]
    public async Task CsvRequests_HaveTheirOwnStricterLimit()
    {
        await using var limited = ApiFactory.WithSettings(("RateLimits:Enabled", "true"), ("RateLimits:PermitsPerMinute", "600"),
            ("RateLimits:Burst", "100"), ("RateLimits:ExpensivePermitsPerMinute", "6"));
        using var limitedClient = limited.CreateClient();

        using var first = await limitedClient.GetAsync(new Uri("/api/v1/regions?format=csv", UriKind.Relative));
        using var second = await limitedClient.GetAsync(new Uri("/api/v1/regions?format=csv", UriKind.Relative));
        using var json = await limitedClient.GetAsync(new Uri("/api/v1/regions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
    }
}
