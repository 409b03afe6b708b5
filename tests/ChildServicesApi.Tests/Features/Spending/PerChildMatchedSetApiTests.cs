using System.Globalization;
using System.Text.Json;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Domain;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Spending;

/// <summary>
/// England's and the regions' spend per child on matched sets, recomputed here from the seed files themselves:
/// LAIT's four S251 block totals per authority (lait/lait_bds_long_csc_topics_2026-04-08.csv), children in need at
/// 31 March (children-in-need/b1_children_in_need_2013_to_2025.csv, At31_episodes) and the mid-year 0-17 population
/// (population/ons_mid-year_population_estimates_2012_to_2024.csv). Each authority counts in both sums or in neither.
/// </summary>
[Collection(SeededApi.Features)]
public sealed class PerChildMatchedSetApiTests(ApiFactory factory)
{
    private const string LaitFile = "lait/lait_bds_long_csc_topics_2026-04-08.csv";
    private const string B1File = "children-in-need/b1_children_in_need_2013_to_2025.csv";
    private const string PopulationFile = "population/ons_mid-year_population_estimates_2012_to_2024.csv";
    private static readonly string[] AllBlocks = ["TotalLACFinance", "SafeguardingFinance", "FamilySupportFinance", "OtherChildren&FamilyFinance"];

    private readonly HttpClient client = factory.CreateClient();

    private sealed record Cell(string Text, int Line)
    {
        public double? Number => double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>One authority of table B1 in one year: its codes, its region (E13 for London boroughs) and children in need.</summary>
    private sealed record B1Authority(string LaCode, string Gss, string Name, string RegionCode, Cell ChildrenInNeed);

    private static readonly Lazy<CsvFile> Lait = new(() => SeedRows.Open(LaitFile));
    private static readonly Lazy<CsvFile> B1 = new(() => SeedRows.Open(B1File));
    private static readonly Lazy<CsvFile> Population = new(() => SeedRows.Open(PopulationFile));

    /// <summary>B1's local-authority rows for a year: every authority that existed on 31 March of it.</summary>
    private static List<B1Authority> AuthoritiesIn(int year) => B1.Value.Records
        .Where(r => r["time_period"] == year.ToString(CultureInfo.InvariantCulture) && r["geographic_level"] == "Local authority")
        .Select(r => new B1Authority(r["old_la_code"], r["new_la_code"], r["la_name"], r["region_code"], new Cell(r["At31_episodes"], r.Line)))
        .ToList();

    /// <summary>An authority's LAIT block totals for a financial year ending in <paramref name="year"/>, by DfE code.</summary>
    private static Dictionary<string, List<Cell>> LaitBlocks(int year, string[] blocks)
    {
        var label = $"{year - 1}-{year % 100:00} (OT)";
        return Lait.Value.Records.Where(r => r["Years"] == label && blocks.Contains(r["Short Desc"]))
            .GroupBy(r => r["LA Number"])
            .ToDictionary(g => g.Key, g => g.Select(r => new Cell(r["Values"], r.Line)).ToList());
    }

    /// <summary>The authority's spending: the sum of the blocks, or null unless every block is a number.</summary>
    private static double? Spend(List<Cell>? cells, int blockCount) =>
        cells is { Count: var n } && n == blockCount && cells.All(c => c.Number is not null) ? cells.Sum(c => c.Number!.Value) : null;

    private static Dictionary<string, Cell> PopulationAt(int year) => Population.Value.Records
        .Where(r => r["time_period"] == year.ToString(CultureInfo.InvariantCulture) && r["geographic_level"] == "Local authority")
        .ToDictionary(r => r["old_la_code"], r => new Cell(r["population_estimate"], r.Line));

    private static bool LiesIn(B1Authority authority, string area) => area switch
    {
        GeographyRegistry.EnglandCode => true,
        GeographyRegistry.LondonCode => authority.RegionCode.StartsWith("E13", StringComparison.Ordinal),
        _ => authority.RegionCode == area,
    };

    private sealed record Expected(double Value, double Spending, double Children, int Included, SortedSet<string> LeftOut);

    private static Expected Recompute(string measure, string area, int year)
    {
        var blocks = measure == DerivedMeasures.SafeguardingSpendPerChildInNeed ? ["SafeguardingFinance"] : AllBlocks;
        var spending = LaitBlocks(year, blocks);
        var population = measure == DerivedMeasures.SpendPerChild ? PopulationAt(year - 1) : null;
        var included = new List<(double Spend, double Children)>();
        var leftOut = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var authority in AuthoritiesIn(year).Where(a => LiesIn(a, area)))
        {
            var spend = Spend(spending.GetValueOrDefault(authority.LaCode), blocks.Length);
            var children = (population is null ? authority.ChildrenInNeed : population.GetValueOrDefault(authority.LaCode))?.Number;
            if (spend is not null && children is not null)
            {
                included.Add((spend.Value, children.Value));
            }
            else
            {
                leftOut.Add(authority.LaCode);
            }
        }
        var (sumSpend, sumChildren) = (included.Sum(i => i.Spend), included.Sum(i => i.Children));
        return new Expected(Math.Round(sumSpend / sumChildren, 2, MidpointRounding.AwayFromZero), sumSpend, sumChildren, included.Count, leftOut);
    }

    private async Task<JsonElement> AreaAsync(string measure, string area, int year)
    {
        var level = area switch { GeographyRegistry.EnglandCode => "national", _ when area.StartsWith("E13", StringComparison.Ordinal) => "subregion", _ => "region" };
        var page = await client.GetJsonAsync($"/api/v1/spending/per-child?measure={measure}&level={level}&year={year}&pageSize=100");
        return Assert.Single(page.Items(), i => i.GetProperty("geography").GetProperty("code").GetString() == area);
    }

    [Theory]
    // 2024-25: Middlesbrough (806) and Wandsworth (212) have "-" for every block in LAIT; England's published total leaves them out.
    [InlineData(DerivedMeasures.SpendPerChildInNeed, GeographyRegistry.EnglandCode, 2025)]
    [InlineData(DerivedMeasures.SafeguardingSpendPerChildInNeed, GeographyRegistry.EnglandCode, 2025)]
    [InlineData(DerivedMeasures.SpendPerChild, GeographyRegistry.EnglandCode, 2025)]
    // 2023-24: Cumberland and Westmorland and Furness have no S251 totals; Hampshire's children in need are u.
    [InlineData(DerivedMeasures.SpendPerChildInNeed, GeographyRegistry.EnglandCode, 2024)]
    // 2020-21: Hackney's children in need are x (b1 line 792).
    [InlineData(DerivedMeasures.SpendPerChildInNeed, GeographyRegistry.EnglandCode, 2021)]
    // 2017-18: nothing left out of spend per child in need; Dorset, Poole and Bournemouth's mid-2017 populations are x.
    [InlineData(DerivedMeasures.SpendPerChildInNeed, GeographyRegistry.EnglandCode, 2018)]
    [InlineData(DerivedMeasures.SpendPerChild, GeographyRegistry.EnglandCode, 2018)]
    // Regions: the North East (Middlesbrough), London and Inner London (Wandsworth; Hackney in 2021), the South East (Hampshire 2024).
    [InlineData(DerivedMeasures.SpendPerChildInNeed, "E12000001", 2025)]
    [InlineData(DerivedMeasures.SpendPerChildInNeed, GeographyRegistry.LondonCode, 2025)]
    [InlineData(DerivedMeasures.SpendPerChildInNeed, "E13000001", 2025)]
    [InlineData(DerivedMeasures.SpendPerChildInNeed, "E13000001", 2021)]
    [InlineData(DerivedMeasures.SafeguardingSpendPerChildInNeed, "E12000008", 2024)]
    public async Task Area_IsTheRatioOfSumsOverItsAuthoritiesWithBothFigures(string measure, string area, int year)
    {
        var expected = Recompute(measure, area, year);
        var item = await AreaAsync(measure, area, year);
        var basis = item.GetProperty("basis");

        Assert.Equal(expected.Value, item.GetProperty("value").GetDouble());
        Assert.Equal(expected.Spending, item.GetProperty("numerator").GetProperty("amount").GetDouble());
        Assert.Equal(expected.Children, item.GetProperty("denominator").GetProperty("value").GetDouble());
        Assert.Equal(expected.Included, basis.GetProperty("authoritiesIncluded").GetInt32());
        Assert.Equal(expected.LeftOut, basis.GetProperty("leftOut").EnumerateArray().Select(l => l.GetProperty("laCode").GetString()!).ToHashSet());
        Assert.All(basis.GetProperty("leftOut").EnumerateArray(), l => Assert.Contains(" line ", l.GetProperty("reason").GetString(), StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, item.GetProperty("numerator").GetProperty("line").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("denominator").GetProperty("permalink").ValueKind);
    }

    [Fact]
    public async Task England2025_LeavesOutMiddlesbroughAndWandsworthCitingTheirLaitLines()
    {
        var item = await AreaAsync(DerivedMeasures.SpendPerChildInNeed, GeographyRegistry.EnglandCode, 2025);
        var leftOut = item.GetProperty("basis").GetProperty("leftOut").EnumerateArray().ToList();
        var blocks = LaitBlocks(2025, AllBlocks);

        // lait 2026-04-08: 806 Middlesbrough's first 2024-25 block line is 15215, 212 Wandsworth's 15276, all "-".
        Assert.Equal(["Middlesbrough", "Wandsworth"], leftOut.Select(l => l.GetProperty("name").GetString()));
        Assert.Equal([("E06000002", "806", "middlesbrough"), ("E09000032", "212", "wandsworth")],
            leftOut.Select(l => (l.GetProperty("code").GetString(), l.GetProperty("laCode").GetString(), l.GetProperty("slug").GetString())));
        foreach (var (authority, code) in leftOut.Zip(leftOut.Select(l => l.GetProperty("laCode").GetString()!)))
        {
            Assert.All(blocks[code], c => Assert.Equal("-", c.Text));
            Assert.Equal($"no published S251 total for 2024-25 (not available: {LaitFile} line {blocks[code].Min(c => c.Line)})", authority.GetProperty("reason").GetString());
            Assert.Equal(("not-available", "published"), (authority.GetProperty("spendingStatus").GetString(), authority.GetProperty("childCountStatus").GetString()));
        }
    }

    [Fact]
    public async Task England2025_SpendingEqualsDfEsPublishedTotalButTheCountLeavesOutTheSameTwo()
    {
        // lait 2026-04-08, LA Number 970: England's four 2024-25 block totals. b1 line 2: England 402,400 children in need.
        var england = Spend(LaitBlocks(2025, AllBlocks)["970"], AllBlocks.Length)!.Value;
        var b1England = B1.Value.Records.Single(r => r["time_period"] == "2025" && r["geographic_level"] == "National");
        var item = await AreaAsync(DerivedMeasures.SpendPerChildInNeed, GeographyRegistry.EnglandCode, 2025);

        // DfE's England total is exactly the 151 returning authorities' sum: it omits Middlesbrough and Wandsworth.
        Assert.Equal(england, item.GetProperty("numerator").GetProperty("amount").GetDouble());
        var middlesbroughAndWandsworth = AuthoritiesIn(2025).Where(a => a.LaCode is "806" or "212").Sum(a => a.ChildrenInNeed.Number!.Value);
        Assert.Equal(AuthoritiesIn(2025).Sum(a => a.ChildrenInNeed.Number ?? 0) - middlesbroughAndWandsworth, item.GetProperty("denominator").GetProperty("value").GetDouble());
        // The mixed basis the matched set replaces: DfE's total over the published England count (b1 line 2) is lower.
        Assert.Equal(2, b1England.Line);
        Assert.True(item.GetProperty("value").GetDouble() > Math.Round(england / double.Parse(b1England["At31_episodes"], CultureInfo.InvariantCulture), 2));
    }

    [Fact]
    public async Task EveryAuthority2025_KeepsItsOwnFigureAndHasNoBasis()
    {
        var page = await client.GetJsonAsync("/api/v1/spending/per-child?level=authority&year=2025&pageSize=1000");
        var blocks = LaitBlocks(2025, AllBlocks);
        var b1 = AuthoritiesIn(2025).ToDictionary(a => a.Gss);

        Assert.Equal(b1.Count, page.TotalItems());
        foreach (var item in page.Items())
        {
            var authority = b1[item.GetProperty("geography").GetProperty("code").GetString()!];
            var spend = Spend(blocks[authority.LaCode], AllBlocks.Length);
            var children = authority.ChildrenInNeed.Number;
            var expected = spend is null || children is null ? (double?)null : Math.Round(spend.Value / children.Value, 2, MidpointRounding.AwayFromZero);

            Assert.Equal(expected, item.GetProperty("value").ValueKind == JsonValueKind.Null ? null : item.GetProperty("value").GetDouble());
            Assert.Equal(authority.ChildrenInNeed.Line, item.GetProperty("denominator").GetProperty("line").GetInt32());
            Assert.Equal(JsonValueKind.Null, item.GetProperty("basis").ValueKind);
        }
    }

    [Fact]
    public async Task ComputedAnswers_ShowEnglandsMatchedSetFigure()
    {
        var england = (await AreaAsync(DerivedMeasures.SpendPerChildInNeed, GeographyRegistry.EnglandCode, 2025)).GetProperty("value").GetDouble();
        var distribution = await client.GetJsonAsync("/api/v1/indicators/spend-per-child-in-need/distribution?year=2025");
        var values = await client.GetJsonAsync("/api/v1/indicators/spend-per-child-in-need/values?level=national&year=2025");

        Assert.Equal(Recompute(DerivedMeasures.SpendPerChildInNeed, GeographyRegistry.EnglandCode, 2025).Value, england);
        Assert.Equal(england, distribution.GetProperty("england").GetProperty("value").GetDouble());
        Assert.Equal(england, Assert.Single(values.Items()).GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Indicator_StatesTheMatchedSetRule()
    {
        var indicator = await client.GetJsonAsync("/api/v1/indicators/spend-per-child-in-need");

        Assert.Contains(MatchedSetRule.Text, indicator.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
