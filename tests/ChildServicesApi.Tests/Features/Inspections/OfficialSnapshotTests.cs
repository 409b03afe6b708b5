using System.Text.Json;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Inspections;

/// <summary>
/// The judgements in force agree with Ofsted's own snapshots, authority by authority: the default basis counts an
/// inspection from its first day on site once its report is published by the edition's cut-off, and carries an
/// authority's inspections across a change of GSS code alone.
/// </summary>
[Collection(SeededApi.Features)]
public sealed class OfficialSnapshotTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    /// <summary>Each edition's file in seed/ofsted and its per-grade totals as Ofsted publishes them (outstanding, good, requires improvement, inadequate).</summary>
    public static TheoryData<string, string, int[]> Editions => new()
    {
        { "2023-03-31", "ofsted/ofsted_la_judgements_as_at_2023-03-31.csv", [25, 65, 48, 14] },
        { "2024-03-31", "ofsted/ofsted_la_judgements_as_at_2024-03-31.csv", [30, 61, 43, 17] },
        { "2025-03-31", "ofsted/ofsted_la_judgements_as_at_2025-03-31.csv", [36, 67, 31, 19] },
    };

    private static int[] Counts(JsonElement answer) =>
        [.. answer.GetProperty("grades").EnumerateArray().Select(g => g.GetProperty("count").GetInt32())];

    private static Dictionary<string, string?> Grades(JsonElement answer) =>
        answer.GetProperty("items").EnumerateArray().ToDictionary(
            i => i.GetProperty("authority").GetProperty("slug").GetString()!,
            i => i.GetProperty("grade").GetString());

    [Theory]
    [MemberData(nameof(Editions))]
    public async Task DefaultBasis_ReproducesEachOfficialSnapshot_TotalsAndEveryAuthority(string asAt, string file, int[] published)
    {
        var official = await client.GetJsonAsync($"/api/v1/inspections/official-snapshot?asAt={asAt}");
        var ours = await client.GetJsonAsync($"/api/v1/inspections/judgements-in-force?asAt={asAt}");

        // The served snapshot is the file: one item per data line, totals as Ofsted prints them.
        var lines = SeedRows.Open(file).Records.Count;
        Assert.Equal(lines, official.GetProperty("authorities").GetInt32());
        Assert.Equal(published, Counts(official));

        Assert.Equal("inspection", ours.GetProperty("basis").GetString());
        Assert.Equal(published, Counts(ours));
        var theirs = Grades(official);
        var mine = Grades(ours);
        Assert.Equal(theirs.Keys.Order(), mine.Keys.Order());
        var differences = theirs.Where(t => mine[t.Key] != t.Value).Select(t => $"{t.Key}: Ofsted {t.Value ?? "not yet inspected"}, API {mine[t.Key] ?? "none"}").ToList();
        Assert.True(differences.Count == 0, string.Join("; ", differences));
    }

    [Theory]
    [InlineData("2023-03-31", 3)] // Birmingham, Haringey, South Tyneside
    [InlineData("2024-03-31", 4)] // Brighton and Hove, Cheshire East, Hammersmith and Fulham, Hartlepool
    [InlineData("2025-03-31", 5)] // Blackburn with Darwen, County Durham, Dorset, Surrey, York
    public async Task PublicationBasis_DiffersWhereAnInspectionStartedBeforeTheDateButWasPublishedAfter(string asAt, int expected)
    {
        var official = Grades(await client.GetJsonAsync($"/api/v1/inspections/official-snapshot?asAt={asAt}"));
        var byPublication = Grades(await client.GetJsonAsync($"/api/v1/inspections/judgements-in-force?asAt={asAt}&basis=publication"));

        Assert.Equal(expected, official.Count(o => byPublication[o.Key] != o.Value));
    }

    [Fact]
    public async Task OfficialSnapshot_ServesTheFileCellsAsPublished()
    {
        // ofsted/ofsted_la_judgements_as_at_2025-03-31.csv line 3: Barnet, E09000003, inspected 2024-06-10, published 2024-07-23, Good.
        var official = await client.GetJsonAsync("/api/v1/inspections/official-snapshot?asAt=2025-03-31");
        var barnet = official.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("authority").GetProperty("code").GetString() == "E09000003");

        Assert.Equal(3, barnet.GetProperty("sourceLine").GetInt32());
        Assert.Equal("good", barnet.GetProperty("grade").GetString());
        Assert.Equal("2024-06-10", barnet.GetProperty("inspectionDate").GetString());
        Assert.Equal("2024-07-23", barnet.GetProperty("publicationDate").GetString());
        Assert.Equal("Good", barnet.GetProperty("sourceValue").GetString());
        Assert.Equal("2025-06-30", official.GetProperty("reportsPublishedBy").GetString());
        Assert.Contains("ofsted_la_judgements_as_at_2025-03-31.csv", official.GetProperty("sources")[0].GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotYetInspected_IsAStatusNotAGrade()
    {
        // ofsted/ofsted_la_judgements_as_at_2024-03-31.csv lines 31 and 146: Cumberland and Westmorland and Furness, "Not yet inspected".
        var official = await client.GetJsonAsync("/api/v1/inspections/official-snapshot?asAt=2024-03-31");
        var cumberland = official.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("authority").GetProperty("slug").GetString() == "cumberland");

        Assert.Equal(JsonValueKind.Null, cumberland.GetProperty("grade").ValueKind);
        Assert.Equal("Not yet inspected", cumberland.GetProperty("sourceValue").GetString());
        Assert.Equal(31, cumberland.GetProperty("sourceLine").GetInt32());
        Assert.Equal(2, official.GetProperty("notYetInspected").GetInt32());
    }

    [Fact]
    public async Task ACodeChange_CarriesTheInspectionAcross()
    {
        // North Yorkshire (DfE 815) became E06000065 on 2023-04-01; Ofsted files its 2018 ILACS short inspection (Outstanding,
        // ofsted/ofsted_ilacs_inspection_history_2018_to_2025-03.csv line 164) under the new code. On 2023-03-31 the county
        // (E10000023) was the authority, and Ofsted's snapshot gives it Outstanding. The API holds one North Yorkshire with both codes.
        var ours = await client.GetJsonAsync("/api/v1/inspections/judgements-in-force?asAt=2023-03-31&region=yorkshire-and-the-humber");
        var county = ours.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("authority").GetProperty("laCode").GetString() == "815");

        Assert.Equal("outstanding", county.GetProperty("grade").GetString());
        Assert.Equal("ilacs-short", county.GetProperty("framework").GetString());
        Assert.Equal("2018-08-06", county.GetProperty("publicationDate").GetString());
    }
}
