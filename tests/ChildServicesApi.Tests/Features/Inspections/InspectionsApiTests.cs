using System.Net;
using System.Text.Json;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Inspections;

public sealed class InspectionsApiTests
{
    [Collection(SeededApi.Features)]
    public sealed class ListInspections(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        /// <summary>An inspection as one string, to compare lists of them.</summary>
        private static string Key(JsonElement inspection) =>
            $"{inspection.GetProperty("authority").GetProperty("code").GetString()} {inspection.GetProperty("framework").GetString()} {inspection.GetProperty("publicationDate").GetString()}";

        [Fact]
        public async Task InadequateFirstSifs_Are33()
        {
            // ofsted_la_inspections_history_2009_to_2023.csv: 'First SIF Overall Judgement (OE)' is Inadequate in 33 rows.
            var rows = SeedRows.Where("ofsted/ofsted_la_inspections_history_2009_to_2023.csv", ("First SIF Overall Judgement (OE)", "Inadequate")).ToList();

            var page = await client.GetJsonAsync("/api/v1/inspections?framework=sif&overallEffectiveness=inadequate&pageSize=100");

            Assert.Equal(33, rows.Count);
            Assert.Equal(rows.Count, page.TotalItems());
            Assert.All(page.Items(), i => Assert.Equal(("sif", "inadequate"), (i.GetProperty("framework").GetString(), i.GetProperty("overallEffectiveness").GetString())));
            Assert.Equal(rows.Select(r => r["Single Inspection of LA Children's Services (SIF) First SIF publication date"]).Order(StringComparer.Ordinal),
                page.Items().Select(i => i.GetProperty("publicationDate").GetString()).Order(StringComparer.Ordinal));
        }

        [Fact]
        public async Task PublicationDates_FilterAndSortNewestFirst()
        {
            var all = new List<JsonElement>();
            for (var number = 1; ; number++)
            {
                var each = await client.GetJsonAsync($"/api/v1/inspections?pageSize=1000&page={number}");
                all.AddRange(each.Items());
                if (number >= each.GetProperty("paging").GetProperty("totalPages").GetInt32())
                {
                    break;
                }
            }
            var inYear = all.Where(i => i.GetProperty("publicationDate").GetString() is var d && string.CompareOrdinal(d, "2024-04-01") >= 0 && string.CompareOrdinal(d, "2025-03-31") <= 0)
                .Select(Key).Order(StringComparer.Ordinal).ToList();

            var page = await client.GetJsonAsync("/api/v1/inspections?from=2024-04-01&to=2025-03-31&pageSize=1000");
            var dates = page.Items().Select(i => i.GetProperty("publicationDate").GetString()!).ToList();

            // Every inspection published in the year, and only those: the whole list held less the rest.
            Assert.Equal(inYear, page.Items().Select(Key).Order(StringComparer.Ordinal));
            Assert.True(inYear.Count < all.Count, "the list also holds inspections published outside the year");
            Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        }

        [Theory]
        [InlineData("framework=ofsted", "framework")]
        [InlineData("overallEffectiveness=great", "overallEffectiveness")]
        [InlineData("from=2020-13-01", "from")]
        [InlineData("from=2025-01-01&to=2020-01-01", "from")]
        [InlineData("grade=good", "grade")]
        public async Task BadParameter_IsA400ProblemNamingIt(string query, string parameter)
        {
            await client.GetProblemAsync($"/api/v1/inspections?{query}", HttpStatusCode.BadRequest, parameter);
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class ListAuthorityInspections(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task Barnet_HistoryIsNewestFirstWithJudgements()
        {
            var history = (await client.GetJsonAsync("/api/v1/authorities/302/inspections")).EnumerateArray().ToList();

            Assert.Equal(("2024-07-23", "ilacs-short", "good"),
                (history[0].GetProperty("publicationDate").GetString(), history[0].GetProperty("framework").GetString(), history[0].GetProperty("overallEffectiveness").GetString()));
            var sif = history.Single(i => i.GetProperty("framework").GetString() == "sif");
            Assert.Equal(("2017-07-07", "inadequate"), (sif.GetProperty("publicationDate").GetString(), sif.GetProperty("overallEffectiveness").GetString()));
            Assert.Equal(6, sif.GetProperty("judgements").GetArrayLength());
            Assert.Equal("https://reports.ofsted.gov.uk/provider/44/302", history[0].GetProperty("webLink").GetString());
        }

        [Fact]
        public async Task UnknownAuthority_Is404()
        {
            await client.GetProblemAsync("/api/v1/authorities/E09999999/inspections", HttpStatusCode.NotFound, "id");
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class SifDates(ApiFactory factory)
    {
        [Fact]
        public async Task SifStartDates_AreDerivedFromTheReports_AndSaySo()
        {
            // ofsted/ofsted_sif_judgements_2013_2018_extracted.csv line 3: Barnet, SIF "25 April - 18 May 2017", report published 2017-07-07;
            // Ofsted's own 2009-2023 sheet gives the publication date only.
            var history = await factory.CreateClient().GetJsonAsync("/api/v1/authorities/barnet/inspections");
            var sif = history.EnumerateArray().Single(i => i.GetProperty("framework").GetString() == "sif");
            var ilacs = history.EnumerateArray().First(i => i.GetProperty("framework").GetString() == "ilacs-standard");

            Assert.Equal("2017-04-25", sif.GetProperty("inspectionDate").GetString());
            Assert.Equal("2017-07-07", sif.GetProperty("publicationDate").GetString());
            Assert.StartsWith("Derived: read from the SIF report's printed dates (\"25 April - 18 May 2017\")", sif.GetProperty("inspectionDateSource").GetString(), StringComparison.Ordinal);
            Assert.EndsWith("ofsted/ofsted_sif_judgements_2013_2018_extracted.csv line 3", sif.GetProperty("inspectionDateSource").GetString(), StringComparison.Ordinal);
            Assert.Equal(System.Text.Json.JsonValueKind.Null, ilacs.GetProperty("inspectionDateSource").ValueKind);
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class CodeChanges(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Theory]
        [InlineData("E10000023")]
        [InlineData("E06000065")]
        [InlineData("815")]
        [InlineData("north-yorkshire")]
        [InlineData("north-yorkshire-until-2023")]
        public async Task EitherCodeOfNorthYorkshire_GivesItsWholeHistory(string id)
        {
            // North Yorkshire (DfE 815) changed GSS code alone on 2023-04-01. Ofsted's 2009-2023 sheet (line 91) has its SIF,
            // published 2014-06-30, under the county E10000023; the ILACS history sheet files its 2018 and 2023 short
            // inspections (lines 164-165) under E06000065. Each code must give all of them, filed on the one authority.
            var history = await client.GetJsonAsync($"/api/v1/authorities/{id}/inspections");
            var grades = await client.GetJsonAsync($"/api/v1/authorities/{id}/inspections/grades");
            var filedUnder = history.EnumerateArray().Select(i => i.GetProperty("authority").GetProperty("code").GetString()).Distinct().Order().ToList();

            Assert.Equal(["E06000065"], filedUnder);
            Assert.Contains(history.EnumerateArray(), i => i.GetProperty("framework").GetString() == "sif");
            Assert.Equal(2, history.EnumerateArray().Count(i => i.GetProperty("framework").GetString() == "ilacs-short"));
            Assert.Equal(["sif", "ilacs-short", "ilacs-short"], grades.GetProperty("grades").EnumerateArray().Select(g => g.GetProperty("framework").GetString()));
        }
    }
}
