using System.Globalization;
using ChildServicesApi.Data.Import;
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
        var csv = CsvFile.Read(Path.Combine(SeededStore.SeedDirectory, "children-in-need/b1_children_in_need_2013_to_2025.csv"), "b1");
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
        var page = await client.GetJsonAsync("/api/v1/authorities/england/spending?year=2025");

        Assert.NotEmpty(page.Items());
        Assert.All(page.Items(), l => Assert.Equal("england", l.GetProperty("geography").GetProperty("slug").GetString()));
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
