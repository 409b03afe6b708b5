using System.Globalization;
using System.Net;
using System.Text.Json;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Spending;

[Collection(SeededApi.Features)]
public sealed class PerChildApiTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Barnet2025_ShowsTheWorking()
    {
        // lait/lait_bds_long_csc_topics_2026-04-08.csv, Barnet 2024-25: TotalLACFinance 52713538 (line 15133),
        // OtherChildren&FamilyFinance 5778349 (16663), SafeguardingFinance 24870042 (18193), FamilySupportFinance 4633727 (19723):
        // 87995656 in all. b1 line 149: Barnet children in need at 31 March 2025 = 1978. 87995656 / 1978 = 44487.19.
        var page = await client.GetJsonAsync("/api/v1/spending/per-child?authority=barnet&year=2025");
        var item = Assert.Single(page.Items());

        Assert.Equal(44487.19, item.GetProperty("value").GetDouble());
        Assert.Equal("2024-25", item.GetProperty("financialYear").GetString());
        Assert.Equal(87995656d, item.GetProperty("numerator").GetProperty("amount").GetDouble());
        Assert.Equal(15133, item.GetProperty("numerator").GetProperty("line").GetInt32());
        Assert.Equal(1978d, item.GetProperty("denominator").GetProperty("value").GetDouble());
        Assert.Equal("children-in-need/b1_children_in_need_2013_to_2025.csv", item.GetProperty("denominator").GetProperty("file").GetString());
        Assert.Equal(149, item.GetProperty("denominator").GetProperty("line").GetInt32());
        Assert.Contains("children in need at 31 March Y", item.GetProperty("formula").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PerChild_UsesTheMidYearPopulationOfTheYearBefore()
    {
        var page = await client.GetJsonAsync("/api/v1/spending/per-child?measure=spend-per-child&authority=barnet&year=2025");
        var item = Assert.Single(page.Items());
        var population = await client.GetJsonAsync("/api/v1/indicators/population-0-17/values?authority=barnet&year=2024");
        var children = Assert.Single(population.Items()).GetProperty("value").GetDouble();

        Assert.Equal(2024, item.GetProperty("denominator").GetProperty("year").GetInt32());
        Assert.Equal("Mid-2024", item.GetProperty("denominator").GetProperty("period").GetString());
        Assert.Equal(Math.Round(87995656 / children, 2, MidpointRounding.AwayFromZero), item.GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task SafeguardingSpendPerChildInNeed_IsAnIndicator()
    {
        var values = await client.GetJsonAsync("/api/v1/indicators/safeguarding-spend-per-child-in-need/values?authority=barnet&year=2025");

        // 24870042 / 1978 = 12573.33
        Assert.Equal(12573.33, Assert.Single(values.Items()).GetProperty("value").GetDouble());
    }

    private const string Lait = "lait/lait_bds_long_csc_topics_2026-04-08.csv";
    private const string B1 = "children-in-need/b1_children_in_need_2013_to_2025.csv";
    private static readonly string[] Blocks = ["TotalLACFinance", "SafeguardingFinance", "FamilySupportFinance", "OtherChildren&FamilyFinance"];

    /// <summary>The statuses the API gives DfE's symbols in its statistics files and LAIT's dash (its only symbol).</summary>
    private static readonly Dictionary<string, string> SymbolStatuses = new(StringComparer.Ordinal)
    {
        ["c"] = "suppressed", ["x"] = "not-available", ["z"] = "not-applicable", ["u"] = "low-reliability", ["low"] = "rounds-to-zero", ["-"] = "not-available",
    };

    private static string StatusOf(string cell) => SymbolStatuses.GetValueOrDefault(cell, "published");

    /// <summary>
    /// Each authority's spend per child in need against its inputs in the seed: LAIT's four S251 block totals (one not
    /// a number and the spending total is not available) and table B1's children in need at 31 March. A spending total
    /// that is not published decides the figure's status; then the child count's own symbol does.
    /// </summary>
    [Theory]
    // 2020-21: Hackney's children in need are x (b1 line 792).
    [InlineData(2021, "hackney", "not-available")]
    // 2023-24: Hampshire's children in need are u (b1 line 269); its four LAIT blocks are numbers.
    [InlineData(2024, "hampshire", "low-reliability")]
    // 2024-25: Middlesbrough's four LAIT blocks are "-" (first at line 15215).
    [InlineData(2025, "middlesbrough", "not-available")]
    public async Task DerivedFigures_AreIndicatorsThatKeepTheirInputsStatus(int year, string withheld, string status)
    {
        var label = $"{year - 1}-{year % 100:00} (OT)";
        var spending = SeedRows.Open(Lait).Records.Where(r => r["Years"] == label && Blocks.Contains(r["Short Desc"]))
            .GroupBy(r => r["LA Number"]).ToDictionary(g => g.Key, g => g.ToList());
        var childCounts = SeedRows.Where(B1, ("time_period", year.ToString(CultureInfo.InvariantCulture)), ("geographic_level", "Local authority"))
            .ToDictionary(r => r["old_la_code"], r => r["At31_episodes"]);

        var page = await client.GetJsonAsync($"/api/v1/spending/per-child?year={year}&level=authority&pageSize=1000");
        var indicator = (await client.GetJsonAsync($"/api/v1/indicators/spend-per-child-in-need/values?year={year}&level=authority&pageSize=1000")).Items()
            .ToDictionary(i => i.GetProperty("geography").GetProperty("code").GetString()!, i => i.GetProperty("status").GetString());

        Assert.Equal(page.TotalItems(), indicator.Count);
        foreach (var item in page.Items())
        {
            var laCode = item.GetProperty("geography").GetProperty("laCode").GetString()!;
            var blocks = spending[laCode];
            Assert.Equal(Blocks.Length, blocks.Count);
            var spendStatus = blocks.All(b => StatusOf(b["Values"]) == "published") ? "published" : "not-available";
            var countStatus = StatusOf(childCounts[laCode]);
            // A count of zero is published, but there is nothing to divide by.
            var divisible = countStatus != "published" || childCounts[laCode] != "0";
            var expected = spendStatus != "published" ? spendStatus : divisible ? countStatus : "not-applicable";
            var name = item.GetProperty("geography").GetProperty("name").GetString();

            Assert.True(expected == item.GetProperty("status").GetString(), $"{name} {year}: expected {expected}, got {item.GetProperty("status").GetString()}");
            Assert.Equal((spendStatus, countStatus), (item.GetProperty("numerator").GetProperty("status").GetString(), item.GetProperty("denominator").GetProperty("status").GetString()));
            Assert.Equal(expected == "published", item.GetProperty("value").ValueKind == JsonValueKind.Number);
            Assert.Equal(expected, indicator[item.GetProperty("geography").GetProperty("code").GetString()!]);
        }
        var named = Assert.Single(page.Items(), i => i.GetProperty("geography").GetProperty("slug").GetString() == withheld);
        Assert.Equal(status, named.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, named.GetProperty("value").ValueKind);
    }

    [Theory]
    [InlineData("/api/v1/spending/per-child?measure=per-cat", "measure")]
    [InlineData("/api/v1/spending/per-child?level=planet", "level")]
    [InlineData("/api/v1/spending/per-child?authority=", "authority")]
    public async Task BadInput_Is400NamingTheParameter(string url, string parameter)
    {
        await client.GetProblemAsync(url, HttpStatusCode.BadRequest, parameter);
    }
}
