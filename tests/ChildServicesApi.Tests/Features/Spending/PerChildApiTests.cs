using System.Net;
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
    public async Task DerivedFigures_AreIndicatorsThatKeepTheirInputsStatus()
    {
        var values = await client.GetJsonAsync("/api/v1/indicators/safeguarding-spend-per-child-in-need/values?authority=barnet&year=2025");

        // 24870042 / 1978 = 12573.33
        Assert.Equal(12573.33, Assert.Single(values.Items()).GetProperty("value").GetDouble());
        var withheld = await client.GetJsonAsync("/api/v1/spending/per-child?year=2025&level=authority&pageSize=1000");
        Assert.All(withheld.Items().Where(i => i.GetProperty("status").GetString() != "published"),
            i => Assert.Equal(JsonValueKindNull, i.GetProperty("value").ValueKind));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Theory]
    [InlineData("/api/v1/spending/per-child?measure=per-cat", "measure")]
    [InlineData("/api/v1/spending/per-child?level=planet", "level")]
    [InlineData("/api/v1/spending/per-child?authority=", "authority")]
    public async Task BadInput_Is400NamingTheParameter(string url, string parameter)
    {
        await client.GetProblemAsync(url, HttpStatusCode.BadRequest, parameter);
    }
}
