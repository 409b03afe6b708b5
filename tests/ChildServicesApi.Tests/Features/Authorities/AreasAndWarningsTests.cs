using System.Globalization;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Authorities;

/// <summary>England and the regions answer on the authority-scoped series and spending routes; asking past the data warns.</summary>
[Collection(SeededApi.Features)]
public sealed class AreasAndWarningsTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("england", "National", "country_code", "E92000001")]
    [InlineData("E12000007", "Regional", "region_code", "E12000007")]
    public async Task AnAreasSeries_IsItsOwnPublishedRows(string id, string level, string codeColumn, string code)
    {
        // seed/children-in-need/b1_children_in_need_2013_to_2025.csv: the area's rows, one per year (line in the message).
        var csv = SeedRows.Open("children-in-need/b1_children_in_need_2013_to_2025.csv");
        var rows = csv.Records.Where(r => r["geographic_level"] == level && r[codeColumn] == code).ToList();

        var series = await client.GetJsonAsync($"/api/v1/authorities/{id}/indicators/children-in-need");
        var points = series.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("year").GetInt32());

        Assert.Equal(code, series.GetProperty("authority").GetProperty("gssCode").GetString());
        Assert.Equal(rows.Count, points.Count);
        Assert.All(rows, r => Assert.True(
            double.Parse(r["At31_episodes"], CultureInfo.InvariantCulture) == points[int.Parse(r["time_period"], CultureInfo.InvariantCulture)].GetProperty("value").GetDouble(),
            $"b1 line {r.Line}"));
    }

    [Fact]
    public async Task EnglandsSpending_IsServedOnTheAuthorityRoute()
    {
        // seed/lait/lait_bds_long_csc_topics_2026-04-08.csv, LA Number 970 (England), 2024-25: the four S251 block totals;
        // the total of children's social care is their sum.
        var blocks = new Dictionary<string, string>
        {
            ["TotalLACFinance"] = "children-looked-after",
            ["SafeguardingFinance"] = "safeguarding",
            ["FamilySupportFinance"] = "family-support",
            ["OtherChildren&FamilyFinance"] = "other-childrens-and-family-services",
        };
        var expected = SeedRows.Where("lait/lait_bds_long_csc_topics_2026-04-08.csv", ("LA Number", "970"), ("Years", "2024-25 (OT)"))
            .Where(r => blocks.ContainsKey(r["Short Desc"]))
            .ToDictionary(r => blocks[r["Short Desc"]], r => double.Parse(r["Values"], CultureInfo.InvariantCulture));
        Assert.Equal(blocks.Count, expected.Count);
        expected["total-childrens-social-care"] = expected.Values.Sum();

        var page = await client.GetJsonAsync("/api/v1/authorities/england/spending?year=2025");

        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal),
            page.Items().Select(l => KeyValuePair.Create(l.GetProperty("category").GetString()!, l.GetProperty("grossExpenditure").GetDouble())).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.All(page.Items(), l => Assert.Equal(("england", "2024-25"), (l.GetProperty("geography").GetProperty("slug").GetString(), l.GetProperty("financialYear").GetString())));
        Assert.Empty(page.GetProperty("warnings").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/v1/spending?year=2030")]
    [InlineData("/api/v1/authorities/barnet/spending?year=2030")]
    [InlineData("/api/v1/spending/per-child?year=2030")]
    public async Task SpendingYearAfterTheData_WarnsNamingTheLatestYear(string url)
    {
        var page = await client.GetJsonAsync(url);

        Assert.Empty(page.Items());
        var warning = Assert.Single(page.GetProperty("warnings").EnumerateArray());
        Assert.Equal(("after-latest-period", "year"), (warning.GetProperty("code").GetString(), warning.GetProperty("parameter").GetString()));
        Assert.Contains("2024-25 (2025)", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JudgementsInForce_AfterTheLatestOfstedEdition_Warns_AndOnItDoesNot()
    {
        // seed/ofsted/ofsted_la_judgements_as_at_2025-03-31.csv is the latest edition held.
        var later = await client.GetJsonAsync("/api/v1/inspections/judgements-in-force?asAt=2026-06-30");
        var onIt = await client.GetJsonAsync("/api/v1/inspections/judgements-in-force?asAt=2025-03-31");

        var warning = Assert.Single(later.GetProperty("warnings").EnumerateArray());
        Assert.Equal("asAt", warning.GetProperty("parameter").GetString());
        Assert.Contains("31 March 2025", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(onIt.GetProperty("warnings").EnumerateArray());
    }
}
