using System.Net;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Inspections;

[Collection(SeededApi.Features)]
public sealed class GradesApiTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task AsAt31March2016_OnThePublicationBasis_CountsTheSifGradesPublishedByThen()
    {
        // Counted by hand from ofsted/ofsted_la_inspections_history_2009_to_2023.csv: the latest first SIF or SIF re-inspection
        // published on or before 2016-03-31 for each authority: 87 authorities; 2 outstanding, 21 good, 43 requires improvement, 21 inadequate.
        var answer = await client.GetJsonAsync("/api/v1/inspections/judgements-in-force?asAt=2016-03-31&basis=publication");
        var grades = answer.GetProperty("grades").EnumerateArray().ToDictionary(g => g.GetProperty("grade").GetString()!, g => g.GetProperty("count").GetInt32());

        Assert.Equal(152, answer.GetProperty("authorities").GetInt32());
        Assert.Equal(87, answer.GetProperty("inspected").GetInt32());
        Assert.Equal(65, answer.GetProperty("neverInspected").GetInt32());
        Assert.Equal(2, grades["outstanding"]);
        Assert.Equal(21, grades["good"]);
        Assert.Equal(43, grades["requires-improvement-to-be-good"]);
        Assert.Equal(21, grades["inadequate"]);
        Assert.Equal(23, answer.GetProperty("goodOrOutstanding").GetInt32());
        Assert.Equal(26.4, answer.GetProperty("goodOrOutstandingShare").GetDouble());
    }

    [Fact]
    public async Task PublicationBasis_TakesTheLatestPublishedInspection()
    {
        // Barnet: SIF inadequate published 2017-07-07, ILACS good published 2019-07-01.
        var before = await client.GetJsonAsync("/api/v1/inspections/judgements-in-force?asAt=2019-06-30&region=london&basis=publication");
        var after = await client.GetJsonAsync("/api/v1/inspections/judgements-in-force?asAt=2019-07-01&region=london&basis=publication");
        static string? Barnet(System.Text.Json.JsonElement answer) => answer.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("authority").GetProperty("slug").GetString() == "barnet").GetProperty("grade").GetString();

        Assert.Equal("inadequate", Barnet(before));
        Assert.Equal("good", Barnet(after));
        Assert.Equal(33, after.GetProperty("authorities").GetInt32());
    }

    [Fact]
    public async Task GradeHistory_GivesTheSequenceAndDirection()
    {
        var answer = await client.GetJsonAsync("/api/v1/authorities/barnet/inspections/grades");
        var steps = answer.GetProperty("grades").EnumerateArray().ToList();

        Assert.Equal(["inadequate", "good", "good"], steps.Select(s => s.GetProperty("grade").GetString()));
        Assert.Equal(["first", "improved", "unchanged"], steps.Select(s => s.GetProperty("movement").GetString()));
        Assert.Equal("unchanged", answer.GetProperty("direction").GetString());
        Assert.Equal("good", answer.GetProperty("current").GetString());
    }

    [Theory]
    [InlineData("/api/v1/inspections/judgements-in-force?asAt=2017-02-30", HttpStatusCode.BadRequest, "asAt")]
    [InlineData("/api/v1/inspections/judgements-in-force?asAt=1066-10-14", HttpStatusCode.BadRequest, "asAt")]
    [InlineData("/api/v1/inspections/judgements-in-force?region=mordor", HttpStatusCode.NotFound, "region")]
    [InlineData("/api/v1/inspections/judgements-in-force?basis=report", HttpStatusCode.BadRequest, "basis")]
    [InlineData("/api/v1/inspections/official-snapshot", HttpStatusCode.BadRequest, "asAt")]
    [InlineData("/api/v1/inspections/official-snapshot?asAt=2022-03-31", HttpStatusCode.NotFound, "asAt")]
    [InlineData("/api/v1/authorities/gondor/inspections/grades", HttpStatusCode.NotFound, "id")]
    public async Task BadInput_IsAProblemNamingTheParameter(string url, HttpStatusCode status, string parameter)
    {
        await client.GetProblemAsync(url, status, parameter);
    }
}
