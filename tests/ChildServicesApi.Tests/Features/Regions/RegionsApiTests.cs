using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Regions;

[Collection(SeededApi.Features)]
public sealed class RegionsApiTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Regions_AreNineRegionsAndTwoLondonSubregionsWithTheirAuthorities()
    {
        var regions = (await client.GetJsonAsync("/api/v1/regions")).EnumerateArray().ToList();

        Assert.Equal(11, regions.Count);
        var london = regions.Single(r => r.GetProperty("slug").GetString() == "london");
        Assert.Equal(33, london.GetProperty("authorities").GetArrayLength());
        var inner = regions.Single(r => r.GetProperty("code").GetString() == "E13000001");
        Assert.Equal(("subregion", "E12000007"), (inner.GetProperty("level").GetString(), inner.GetProperty("parent").GetString()));
        Assert.Equal(153, regions.Where(r => r.GetProperty("level").GetString() == "region").Sum(r => r.GetProperty("authorities").GetArrayLength()));
    }
}
