using System.Net;
using System.Text.Json;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChildServicesApi.Tests.Features.Indicators;

/// <summary>The wide layout: /values/wide, and values?layout=wide answered by a 303 to it.</summary>
[Collection(SeededApi.Features)]
public sealed class WideValuesTests(ApiFactory factory)
{
    private const string B1 = "children-in-need/b1_children_in_need_2013_to_2025.csv";
    private const string Wide = "/api/v1/indicators/children-in-need/values/wide?level=authority&from=2013&to=2025&pageSize=1000";

    private readonly HttpClient client = factory.CreateClient();

    private static string? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<List<JsonElement>> AllLongItemsAsync(string query)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var answer = await client.GetJsonAsync($"/api/v1/indicators/children-in-need/values?{query}&page={page}&pageSize=1000");
            items.AddRange(answer.Items());
            if (page >= answer.GetProperty("paging").GetProperty("totalPages").GetInt32())
            {
                return items;
            }
        }
    }

    [Fact]
    public async Task ChildrenInNeedByAuthority_EveryCellIsTheLongLayoutsFigure_AndTheRestAreMissingWithAReason()
    {
        var wide = await client.GetJsonAsync(Wide);
        var longItems = await AllLongItemsAsync("level=authority&from=2013&to=2025");
        var byKey = longItems.ToDictionary(i => (i.GetProperty("geography").GetProperty("slug").GetString(), i.GetProperty("year").GetInt32()));
        var rows = wide.Items().ToList();

        Assert.Equal(Enumerable.Range(2013, 13), wide.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal(longItems.Select(i => i.GetProperty("geography").GetProperty("slug").GetString()).Distinct().Count(), rows.Count);
        Assert.Equal(rows.Count, wide.TotalItems());
        var matched = 0;
        foreach (var row in rows)
        {
            var slug = row.GetProperty("geography").GetProperty("slug").GetString();
            foreach (var cell in row.GetProperty("cells").EnumerateArray())
            {
                if (byKey.TryGetValue((slug, cell.GetProperty("year").GetInt32()), out var figure))
                {
                    matched++;
                    foreach (var member in new[] { "value", "status", "reason", "release", "source", "permalink" })
                    {
                        Assert.Equal(figure.GetProperty(member).GetRawText(), cell.GetProperty(member).GetRawText());
                    }
                }
                else
                {
                    Assert.Equal("missing", cell.GetProperty("status").GetString());
                    Assert.Equal(JsonValueKind.Null, cell.GetProperty("value").ValueKind);
                    Assert.False(string.IsNullOrEmpty(cell.GetProperty("reason").GetProperty("text").GetString()));
                }
            }
        }
        Assert.Equal(longItems.Count, matched);
    }

    [Fact]
    public async Task Json_CarriesThePublishedCell_AndASuppressedCellsStatusAndReason()
    {
        var wide = await client.GetJsonAsync(Wide);
        JsonElement Cell(string slug, int year) => wide.Items().Single(r => r.GetProperty("geography").GetProperty("slug").GetString() == slug)
            .GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("year").GetInt32() == year);

        // seed/children-in-need/b1_children_in_need_2013_to_2025.csv line 149: Barnet 2025 At31_episodes 1978.
        var barnet = SeedRows.Single(B1, ("time_period", "2025"), ("new_la_code", "E09000003"));
        Assert.Equal(149, barnet.Line);
        var cell = Cell("barnet", 2025);
        Assert.Equal(double.Parse(barnet["At31_episodes"], System.Globalization.CultureInfo.InvariantCulture), cell.GetProperty("value").GetDouble());
        Assert.Equal("published", cell.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, cell.GetProperty("reason").ValueKind);
        Assert.Equal(149, cell.GetProperty("source").GetProperty("line").GetInt32());

        // seed/children-in-need/b1_children_in_need_2013_to_2025.csv line 1928: Isles of Scilly 2014 At31_episodes c.
        var scilly = SeedRows.Single(B1, ("time_period", "2014"), ("new_la_code", "E06000053"));
        Assert.Equal((1928, "c"), (scilly.Line, scilly["At31_episodes"]));
        var suppressed = Cell("isles-of-scilly", 2014);
        Assert.Equal("suppressed", suppressed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, suppressed.GetProperty("value").ValueKind);
        Assert.StartsWith("Suppressed", suppressed.GetProperty("reason").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal((1928, "c"), (suppressed.GetProperty("source").GetProperty("line").GetInt32(), suppressed.GetProperty("source").GetProperty("cell").GetString()));
        Assert.Contains(wide.GetProperty("sources").EnumerateArray(), s => s.GetProperty("path").GetString() == B1);
        Assert.EndsWith("&dataVersion=" + SeededStore.ImportReport.DataVersion, wide.GetProperty("permalink").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_HasTheGeographyThenOneColumnPerYear_WithTheJsonValues_AndEmptyCellsWhereNoneIsPublished()
    {
        using var response = await client.GetAsync(new Uri(Wide + "&format=csv", UriKind.Relative));
        var csv = CsvFile.Parse(await response.Content.ReadAsStringAsync(), "list-indicator-values-wide.csv");
        var wide = await client.GetJsonAsync(Wide);

        Assert.Equal("attachment; filename=\"list-indicator-values-wide.csv\"", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal(["geographyName", "geographyCode", "geographyLaCode", "geographySlug", "geographyLevel", .. Enumerable.Range(2013, 13).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            csv.Header);
        Assert.Equal(csv.Header.Count, csv.Header.Distinct(StringComparer.Ordinal).Count());
        var rows = wide.Items().ToList();
        Assert.Equal(rows.Count, csv.Records.Count);
        foreach (var (row, record) in rows.Zip(csv.Records))
        {
            Assert.Equal(row.GetProperty("geography").GetProperty("slug").GetString(), record["geographySlug"]);
            foreach (var cell in row.GetProperty("cells").EnumerateArray())
            {
                var text = record[cell.GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)];
                Assert.Equal(Number(cell.GetProperty("value")) ?? "", text);
                Assert.True(cell.GetProperty("status").GetString() == "published" || text.Length == 0, "a cell without a published figure is empty, never 0");
            }
        }
        // seed/children-in-need/b1_children_in_need_2013_to_2025.csv line 1928: Isles of Scilly 2014 is c; line 149: Barnet 2025 is 1978.
        Assert.Equal("", csv.Records.Single(r => r["geographySlug"] == "isles-of-scilly")["2014"]);
        Assert.Equal(SeedRows.Single(B1, ("time_period", "2025"), ("new_la_code", "E09000003"))["At31_episodes"], csv.Records.Single(r => r["geographySlug"] == "barnet")["2025"]);
    }

    [Fact]
    public async Task LayoutWide_Answers303SeeOtherToValuesWide_WithTheSameQuery()
    {
        using var noRedirects = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await noRedirects.GetAsync(new Uri("/api/v1/indicators/children-in-need/values?region=london&layout=wide&sort=-value&authority=barnet&authority=E09000002&format=csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString.Split('?');
        Assert.Equal("/api/v1/indicators/children-in-need/values/wide", location[0]);
        Assert.Equal(["authority=E09000002", "authority=barnet", "format=csv", "region=london", "sort=-value"], location[1].Split('&').Order(StringComparer.Ordinal));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        // A client that follows it gets /values/wide's answer, whose permalink is /values/wide's own.
        var followed = await client.GetStringAsync(new Uri("/api/v1/indicators/children-in-need/values?layout=wide&level=region", UriKind.Relative));
        Assert.Equal(await client.GetStringAsync(new Uri("/api/v1/indicators/children-in-need/values/wide?level=region", UriKind.Relative)), followed);
    }

    [Fact]
    public async Task LayoutLong_IsTodaysAnswer()
    {
        var plain = await client.GetStringAsync(new Uri("/api/v1/indicators/children-in-need/values?region=london&year=2025", UriKind.Relative));
        var explicitLong = await client.GetStringAsync(new Uri("/api/v1/indicators/children-in-need/values?region=london&year=2025&layout=long", UriKind.Relative));

        Assert.Equal(plain, explicitLong);
        Assert.StartsWith("{\"items\":[{\"geography\":", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_AreGeographiesThatPage_SortByTheLatestYearsValue_AndMinusYearReversesTheColumns()
    {
        var page2 = await client.GetJsonAsync("/api/v1/indicators/children-in-need/values/wide?level=authority&pageSize=10&page=2");
        var byValue = await client.GetJsonAsync("/api/v1/indicators/children-in-need/values/wide?level=authority&from=2023&sort=-value&pageSize=1000");
        var newestFirst = await client.GetJsonAsync("/api/v1/indicators/children-in-need/values/wide?authority=barnet&sort=-year");
        var link = await client.LinkHeaderAsync("/api/v1/indicators/children-in-need/values/wide?level=authority&pageSize=10&page=2");

        Assert.Equal(10, page2.Items().Count());
        Assert.Equal((2, 10), (page2.GetProperty("paging").GetProperty("page").GetInt32(), page2.GetProperty("paging").GetProperty("pageSize").GetInt32()));
        Assert.Contains("rel=\"next\"", link, StringComparison.Ordinal);
        var latest = byValue.Items().Select(r => r.GetProperty("cells").EnumerateArray().Last()).Select(c => c.GetProperty("status").GetString() == "published" ? c.GetProperty("value").GetDouble() : (double?)null).ToList();
        // Authorities abolished on 1 April 2023 (Cumbria, Northamptonshire) have 2023 figures but none for 2025.
        var firstWithout = latest.IndexOf(null);
        Assert.True(firstWithout > 100, $"most authorities have a 2025 figure, and some not: {firstWithout}");
        Assert.Equal(latest.Take(firstWithout).OrderDescending(), latest.Take(firstWithout));
        Assert.All(latest.Skip(firstWithout), Assert.Null);
        Assert.Equal(Enumerable.Range(2013, 13).Reverse(), newestFirst.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal(2025, newestFirst.Items().Single().GetProperty("cells")[0].GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task AnAuthorityThatDidNotExist_HasMissingCellsSayingWhy()
    {
        var answer = await client.GetJsonAsync("/api/v1/indicators/children-in-need/values/wide?authority=cumbria&authority=cumberland");
        var cumbria = answer.Items().Single(r => r.GetProperty("geography").GetProperty("slug").GetString() == "cumbria");
        var cell2025 = cumbria.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("year").GetInt32() == 2025);

        Assert.Equal("missing", cell2025.GetProperty("status").GetString());
        Assert.StartsWith("Cumbria did not exist on 31 March 2025", cell2025.GetProperty("reason").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, cell2025.GetProperty("source").ValueKind);
    }

    [Theory]
    [InlineData("/api/v1/indicators/children-in-need/values?layout=sideways", HttpStatusCode.BadRequest, "layout")]
    [InlineData("/api/v1/indicators/children-in-need/values?layout=wide&min=100", HttpStatusCode.BadRequest, "min")]
    [InlineData("/api/v1/indicators/children-in-need/values?layout=wide&max=100", HttpStatusCode.BadRequest, "max")]
    [InlineData("/api/v1/indicators/children-in-need/values?layout=wide&release=all", HttpStatusCode.BadRequest, "release")]
    [InlineData("/api/v1/indicators/children-in-need/values?layout=wide&sort=percent", HttpStatusCode.BadRequest, "sort")]
    [InlineData("/api/v1/indicators/children-in-need/values/wide?release=all", HttpStatusCode.BadRequest, "release")]
    [InlineData("/api/v1/indicators/children-in-need/values/wide?sort=percent", HttpStatusCode.BadRequest, "sort")]
    [InlineData("/api/v1/indicators/children-in-need/values/wide?min=100", HttpStatusCode.BadRequest, "min")]
    [InlineData("/api/v1/indicators/children-in-need/values/wide?layout=wide", HttpStatusCode.BadRequest, "layout")]
    [InlineData("/api/v1/indicators/children-in-need/values/wide?pageSize=5000", HttpStatusCode.BadRequest, "pageSize")]
    [InlineData("/api/v1/indicators/children-in-need/values/wide?from=2020&to=2015", HttpStatusCode.BadRequest, "from")]
    [InlineData("/api/v1/indicators/children-in-need/values/wide?authority=atlantis", HttpStatusCode.NotFound, "authority")]
    [InlineData("/api/v1/indicators/no-such-thing/values/wide", HttpStatusCode.NotFound, "indicatorId")]
    public async Task BadInput_IsAProblemNamingTheParameter(string url, HttpStatusCode status, string parameter)
    {
        await client.GetProblemAsync(url, status, parameter);
    }
}
