using System.Globalization;
using System.Text.Json;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Inspections;

/// <summary>
/// ILACS inspections published after 31 March 2025, where Ofsted's own sheets end, come from Data to Insight's
/// compilation of Ofsted's reports (seed/ofsted/ofsted_csc_ilacs_history.csv), each flagged and cited as such.
/// </summary>
[Collection(SeededApi.Features)]
public sealed class CompilationInspectionsTests(ApiFactory factory)
{
    private const string Compilation = "ofsted/ofsted_csc_ilacs_history.csv";
    private const string Official = "ofsted/ofsted_ilacs_inspection_history_2018_to_2025-03.csv";
    private const string ThirdParty = "third-party-compilation";

    private static readonly string[] JudgementColumns = ["impact_of_leaders_grade", "help_and_protection_grade", "in_care_grade", "care_leavers_grade"];

    private readonly HttpClient client = factory.CreateClient();

    /// <summary>The compilation's lower-case grade as the API's kebab-case grade.</summary>
    private static string? Grade(string cell) => cell == "requires improvement" ? "requires-improvement-to-be-good" : cell;

    private static string Iso(string cell, string format) =>
        DateOnly.ParseExact(cell, format, CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<JsonElement> InspectionStarting(string authority, string start) =>
        (await client.GetJsonAsync($"/api/v1/authorities/{authority}/inspections")).EnumerateArray()
            .Single(i => i.GetProperty("inspectionDate").GetString() == start);

    [Theory]
    [InlineData("359", "80579", "26/11/25")] // Wigan, ofsted_csc_ilacs_history.csv line 481
    [InlineData("208", "80506", "10/03/26")] // Lambeth, line 249
    [InlineData("384", "80451", "18/07/25")] // Wakefield, line 83: started 24 March 2025 but published after the official edition's 30 June cut-off, so not in Ofsted's sheet
    public async Task PostMarch2025Report_IsServedAsTheFileGivesIt_FlaggedAndCited(string laCode, string urn, string published)
    {
        var row = SeedRows.Single(Compilation, ("urn", urn), ("publication_date", published));

        var inspection = await InspectionStarting(laCode, Iso(row["inspection_start_date"], "dd/MM/yyyy"));

        Assert.Equal(Iso(published, "dd/MM/yy"), inspection.GetProperty("publicationDate").GetString());
        Assert.Equal("ilacs-" + row["inspection_framework"], inspection.GetProperty("framework").GetString());
        Assert.Equal(Grade(row["overall_effectiveness_grade"]), inspection.GetProperty("overallEffectiveness").GetString());
        Assert.Equal(
            JudgementColumns.Select(c => Grade(row[c])),
            inspection.GetProperty("judgements").EnumerateArray().Select(j => j.GetProperty("grade").GetString()));
        Assert.Equal(ThirdParty, inspection.GetProperty("source").GetString());
        Assert.Equal(row["inspection_link"], inspection.GetProperty("webLink").GetString());
        var citation = inspection.GetProperty("citation").GetString()!;
        Assert.Contains(row["inspection_link"], citation, StringComparison.Ordinal);
        Assert.Contains("github.com/JT-39/ofsted-ilacs-scrape-tool @ 54af59b", citation, StringComparison.Ordinal);
        Assert.Contains("MIT", citation, StringComparison.Ordinal);
        Assert.Contains($"{Compilation} line {row.Line}", citation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourceFilter_GivesTheReportsPublishedAfterMarch2025ThatOfstedsSheetLacks()
    {
        // Counted from the files: the compilation's rows published after 2025-03-31, less those whose authority (GSS code
        // via Provider_data_lookup.csv) and first day on site are an inspection in Ofsted's ILACS sheet.
        var gss = SeedRows.Open("ofsted/Provider_data_lookup.csv").Records.ToDictionary(r => r["urn"], r => r["la_code_new"]);
        var official = SeedRows.Open(Official).Records.Select(r => (r["Local authority area code"], r["Inspection date"])).ToHashSet();
        var expected = SeedRows.Open(Compilation).Records
            .Where(r => string.CompareOrdinal(Iso(r["publication_date"], "dd/MM/yy"), "2025-03-31") > 0)
            .Count(r => !official.Contains((gss[r["urn"]], Iso(r["inspection_start_date"], "dd/MM/yyyy"))));

        var page = await client.GetJsonAsync($"/api/v1/inspections?source={ThirdParty}&pageSize=1000");
        var officialPage = await client.GetJsonAsync("/api/v1/inspections?source=official&from=2025-04-01&pageSize=1000");

        Assert.Equal(expected, page.TotalItems());
        Assert.All(page.Items(), i => Assert.Equal(ThirdParty, i.GetProperty("source").GetString()));
        Assert.All(page.Items(), i => Assert.True(string.CompareOrdinal(i.GetProperty("publicationDate").GetString(), "2025-03-31") > 0));
        Assert.All(officialPage.Items(), i => Assert.Equal("official", i.GetProperty("source").GetString()));
        Assert.NotEqual(0, officialPage.TotalItems());
        Assert.All(officialPage.Items(), i => Assert.StartsWith("Ofsted, Children's social care in England", i.GetProperty("citation").GetString(), StringComparison.Ordinal));
        Assert.All(officialPage.Items(), i => Assert.DoesNotContain("Data to Insight", i.GetProperty("citation").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverlappingReport_IsServedOnceFromOfstedsSheet()
    {
        // York's ILACS from 24 February 2025 is in both files: ofsted_csc_ilacs_history.csv line 87 and the official sheet.
        var compiled = SeedRows.Single(Compilation, ("urn", "80453"), ("inspection_start_date", "24/02/2025"));
        var official = SeedRows.Single(Official, ("Local authority area code", "E06000014"), ("Inspection date", "2025-02-24"));

        var york = (await client.GetJsonAsync("/api/v1/authorities/816/inspections")).EnumerateArray()
            .Where(i => i.GetProperty("inspectionDate").GetString() == "2025-02-24").ToList();

        var served = Assert.Single(york);
        Assert.Equal(87, compiled.Line);
        Assert.Equal("official", served.GetProperty("source").GetString());
        Assert.Equal(official["Publication date"], served.GetProperty("publicationDate").GetString());
        Assert.EndsWith($"{Official} line {official.Line}.", served.GetProperty("citation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotReportedPostReform_HasNoGradeButAReason_AndLeavesTheLastGradeInForce()
    {
        // Brent, ofsted_csc_ilacs_history.csv line 201: started 27/04/2026, overall_effectiveness_grade not_reported_post_reform;
        // its previous report (line 202, started 20/02/2023) gave 'good'.
        var reformed = SeedRows.Single(Compilation, ("urn", "80489"), ("inspection_start_date", "27/04/2026"));
        var before = SeedRows.Single(Compilation, ("urn", "80489"), ("inspection_start_date", "20/02/2023"));
        Assert.Equal("not_reported_post_reform", reformed["overall_effectiveness_grade"]);

        var inspection = await InspectionStarting("304", "2026-04-27");
        var inForce = (await client.GetJsonAsync("/api/v1/inspections/judgements-in-force?asAt=2026-09-30&region=london")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("authority").GetProperty("slug").GetString() == "brent");

        Assert.Equal(JsonValueKind.Null, inspection.GetProperty("overallEffectiveness").ValueKind);
        Assert.Contains("April 2026", inspection.GetProperty("overallEffectivenessReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, inspection.GetProperty("judgements").GetArrayLength());
        Assert.Equal(Grade(before["overall_effectiveness_grade"]), inForce.GetProperty("grade").GetString());
        Assert.Equal(Iso(before["inspection_start_date"], "dd/MM/yyyy"), inForce.GetProperty("inspectionDate").GetString());
    }

    [Fact]
    public async Task JudgementsInForce_AfterMarch2025_TakesTheCompilationsReport_AndSaysSo()
    {
        // Wigan, ofsted_csc_ilacs_history.csv line 481: started 06/10/2025, published 26/11/25, overall 'good'.
        var row = SeedRows.Single(Compilation, ("urn", "80579"), ("publication_date", "26/11/25"));
        static JsonElement Wigan(JsonElement answer) => answer.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("authority").GetProperty("slug").GetString() == "wigan");

        var after = await client.GetJsonAsync("/api/v1/inspections/judgements-in-force?asAt=2025-12-31");
        var before = await client.GetJsonAsync("/api/v1/inspections/judgements-in-force?asAt=2025-03-31");

        Assert.Equal((Grade(row["overall_effectiveness_grade"]), Iso(row["inspection_start_date"], "dd/MM/yyyy"), ThirdParty, row["inspection_link"]),
            (Wigan(after).GetProperty("grade").GetString(), Wigan(after).GetProperty("inspectionDate").GetString(),
             Wigan(after).GetProperty("source").GetString(), Wigan(after).GetProperty("webLink").GetString()));
        Assert.Equal("official", Wigan(before).GetProperty("source").GetString());
        Assert.Equal(after.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("source").GetString() == ThirdParty), after.GetProperty("fromCompilation").GetInt32());
        Assert.Contains(after.GetProperty("sources").EnumerateArray(), s => s.GetProperty("path").GetString() == Compilation);
        Assert.DoesNotContain(before.GetProperty("sources").EnumerateArray(), s => s.GetProperty("path").GetString() == Compilation);
        Assert.Equal(0, before.GetProperty("fromCompilation").GetInt32());
        Assert.Contains("third-party compilation", Assert.Single(after.GetProperty("warnings").EnumerateArray()).GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
