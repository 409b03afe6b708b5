using System.Net;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Http;

[Collection(SeededApi.Http)]
public sealed class DataVersionPinTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task APermalink_AnswersAtTheCurrentVersion()
    {
        var ranking = await client.GetJsonAsync("/api/v1/indicators/children-in-need/rankings?year=2025");
        var permalink = ranking.GetProperty("items")[0].GetProperty("permalink").GetString()!;
        var figure = await client.GetJsonAsync(permalink);

        Assert.Equal(ranking.GetProperty("items")[0].GetProperty("value").GetDouble(), Assert.Single(figure.Items()).GetProperty("value").GetDouble());
        Assert.Equal(ranking.GetProperty("items").GetArrayLength(), (await client.GetJsonAsync(ranking.GetProperty("permalink").GetString()!)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task AnotherVersion_Is410NamingTheCurrentOne()
    {
        var meta = await client.GetJsonAsync("/api/v1/meta");
        var problem = await client.GetProblemAsync("/api/v1/regions?dataVersion=1.0000000000000000", HttpStatusCode.Gone, "dataVersion");

        Assert.Equal(meta.GetProperty("dataVersion").GetString(), problem.GetProperty("currentDataVersion").GetString());
    }
}
