using System.Net;
using System.Globalization;
using System.Text.Json;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Authorities;

[Collection(SeededApi.Features)]
public sealed class AuthoritiesApiTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Collection(SeededApi.Features)]
    public sealed class ListAuthorities(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task Default_ListsThe153CurrentAuthoritiesByName()
        {
            var page = await client.GetJsonAsync("/api/v1/authorities");

            Assert.Equal(153, page.TotalItems());
            Assert.Equal(50, page.Items().Count());
            Assert.Equal("Barking and Dagenham", page.Items().First().GetProperty("name").GetString());
            Assert.All(page.Items(), a => Assert.Equal("current", a.GetProperty("status").GetString()));
        }

        [Fact]
        public async Task RegionBySlugOrCode_GivesLondonsBoroughs()
        {
            var bySlug = await client.GetJsonAsync("/api/v1/authorities?region=london&pageSize=100");
            var byCode = await client.GetJsonAsync("/api/v1/authorities?region=E12000007&pageSize=100");

            Assert.Equal(33, bySlug.TotalItems());
            Assert.Equal(bySlug.Items().Select(a => a.GetProperty("gssCode").GetString()), byCode.Items().Select(a => a.GetProperty("gssCode").GetString()));
            Assert.All(bySlug.Items(), a => Assert.Equal("london-borough", a.GetProperty("type").GetString()));
        }

        [Fact]
        public async Task Abolished_ListsTheSevenAbolishedByABoundaryChange()
        {
            var page = await client.GetJsonAsync("/api/v1/authorities?status=abolished&sort=laCode");

            // Buckinghamshire (825), North Yorkshire (815) and Somerset (933) were recoded, not abolished: one authority each.
            Assert.Equal(["820", "835", "836", "837", "875", "909", "928"],
                page.Items().Select(a => a.GetProperty("laCode").GetString()));
        }

        [Fact]
        public async Task TypeFilter_GivesOnlyThatType()
        {
            // seed/children-in-need/b1_children_in_need_2013_to_2025.csv, 2025: the current authorities; ONS codes shire counties E10.
            var counties = SeedRows.Where("children-in-need/b1_children_in_need_2013_to_2025.csv", ("time_period", "2025"), ("geographic_level", "Local authority"))
                .Select(r => r["new_la_code"]).Where(c => c.StartsWith("E10", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

            var page = await client.GetJsonAsync("/api/v1/authorities?type=shire-county&pageSize=100");

            Assert.Equal(counties, page.Items().Select(a => a.GetProperty("gssCode").GetString()).Order(StringComparer.Ordinal));
            Assert.All(page.Items(), a => Assert.Equal("shire-county", a.GetProperty("type").GetString()));
        }

        [Theory]
        [InlineData("northamptonshire")]
        [InlineData("NORTHAMPTONSHIRE")]
        [InlineData("Nörthamptonshire")]
        public async Task Q_MatchesNamesIgnoringCaseAndAccents(string q)
        {
            var page = await client.GetJsonAsync($"/api/v1/authorities?q={Uri.EscapeDataString(q)}&status=all");

            Assert.Equal(["North Northamptonshire", "Northamptonshire", "West Northamptonshire"], page.Items().Select(a => a.GetProperty("name").GetString()));
        }

        [Fact]
        public async Task SortDescending_PutsYorkFirst()
        {
            var page = await client.GetJsonAsync("/api/v1/authorities?sort=-name&pageSize=1");

            Assert.Equal("York", page.Items().Single().GetProperty("name").GetString());
        }

        [Fact]
        public async Task LastPage_HoldsTheRemainderAndLinksBack()
        {
            var page = await client.GetJsonAsync("/api/v1/authorities?pageSize=50&page=4");
            var links = await client.LinkHeaderAsync("/api/v1/authorities?pageSize=50&page=4");

            Assert.Equal(3, page.Items().Count());
            Assert.Equal(4, page.GetProperty("paging").GetProperty("totalPages").GetInt32());
            Assert.Contains("page=3&pageSize=50>; rel=\"prev\"", links, StringComparison.Ordinal);
            Assert.Contains("page=1&pageSize=50>; rel=\"first\"", links, StringComparison.Ordinal);
            Assert.Contains("page=4&pageSize=50>; rel=\"last\"", links, StringComparison.Ordinal);
            Assert.DoesNotContain("rel=\"next\"", links, StringComparison.Ordinal);
        }

        [Fact]
        public async Task FirstPage_LinksNextKeepingTheFilters()
        {
            var links = await client.LinkHeaderAsync("/api/v1/authorities?region=london&pageSize=10");

            Assert.Contains("</api/v1/authorities?region=london&page=2&pageSize=10>; rel=\"next\"", links, StringComparison.Ordinal);
            Assert.DoesNotContain("rel=\"prev\"", links, StringComparison.Ordinal);
        }

        [Fact]
        public async Task PageBeyondTheEnd_IsEmptyNotAnError()
        {
            var page = await client.GetJsonAsync("/api/v1/authorities?page=99");

            Assert.Empty(page.Items());
            Assert.Equal(153, page.TotalItems());
        }

        [Fact]
        public async Task NoMatch_IsAnEmptyPage()
        {
            var page = await client.GetJsonAsync("/api/v1/authorities?q=atlantis");

            Assert.Empty(page.Items());
            Assert.Equal(0, page.GetProperty("paging").GetProperty("totalPages").GetInt32());
        }

        [Theory]
        [InlineData("pageSize=1001", "pageSize")]
        [InlineData("pageSize=0", "pageSize")]
        [InlineData("page=0", "page")]
        [InlineData("page=-3", "page")]
        [InlineData("page=abc", "page")]
        [InlineData("page=2147483647", "page")]
        [InlineData("page=1000001", "page")]
        [InlineData("q=%F0%9F%98%80", "q")]
        [InlineData("page=1&page=2", "page")]
        [InlineData("pageSize=99999999999", "pageSize")]
        [InlineData("type=county", "type")]
        [InlineData("status=dead", "status")]
        [InlineData("sort=population", "sort")]
        [InlineData("regoin=london", "regoin")]
        public async Task BadParameter_IsA400ProblemNamingIt(string query, string parameter)
        {
            await client.GetProblemAsync($"/api/v1/authorities?{query}", HttpStatusCode.BadRequest, parameter);
        }

        [Fact]
        public async Task UnknownRegion_Is404NamingIt_AsEveryRegionFilterAnswers()
        {
            await client.GetProblemAsync("/api/v1/authorities?region=atlantis", HttpStatusCode.NotFound, "region");
            await client.GetProblemAsync("/api/v1/indicators/children-in-need/values?region=atlantis", HttpStatusCode.NotFound, "region");
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetAuthority(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Theory]
        [InlineData("E09000003")]
        [InlineData("e09000003")]
        [InlineData("302")]
        [InlineData("barnet")]
        [InlineData("Barnet")]
        public async Task AnyIdForm_FindsBarnet(string id)
        {
            var barnet = await client.GetJsonAsync($"/api/v1/authorities/{id}");

            Assert.Equal(("E09000003", "302", "Barnet", "barnet", "london-borough"),
                (barnet.GetProperty("gssCode").GetString(), barnet.GetProperty("laCode").GetString(), barnet.GetProperty("name").GetString(),
                 barnet.GetProperty("slug").GetString(), barnet.GetProperty("type").GetString()));
            Assert.Equal("London", barnet.GetProperty("region").GetProperty("name").GetString());
            Assert.Equal("Outer London", barnet.GetProperty("subregion").GetProperty("name").GetString());
        }

        [Fact]
        public async Task Northamptonshire_NamesItsSuccessors()
        {
            var northants = await client.GetJsonAsync("/api/v1/authorities/northamptonshire");

            Assert.Equal("abolished", northants.GetProperty("status").GetString());
            Assert.Equal("2021-03-31", northants.GetProperty("existedTo").GetString());
            Assert.Equal(["north-northamptonshire", "west-northamptonshire"],
                northants.GetProperty("successors").EnumerateArray().Select(s => s.GetProperty("slug").GetString()));
            Assert.All(northants.GetProperty("successors").EnumerateArray(), s =>
            {
                Assert.Equal("2021-04-01", s.GetProperty("effectiveDate").GetString());
                Assert.Equal("split", s.GetProperty("kind").GetString());
            });
        }

        [Theory]
        [InlineData("825", "E10000002", "E06000060", "2020-03-31", "buckinghamshire-until-2020")]
        [InlineData("815", "E10000023", "E06000065", "2023-03-31", "north-yorkshire-until-2023")]
        [InlineData("933", "E10000027", "E06000066", "2023-03-31", "somerset-until-2023")]
        public async Task RecodedAuthority_IsOneAuthorityWithItsCodesOverTime(string laCode, string former, string current, string until, string formerSlug)
        {
            foreach (var id in new[] { laCode, former, current, formerSlug })
            {
                var authority = await client.GetJsonAsync($"/api/v1/authorities/{id}");

                Assert.Equal((current, "current"), (authority.GetProperty("gssCode").GetString(), authority.GetProperty("status").GetString()));
                Assert.Equal(JsonValueKind.Null, authority.GetProperty("existedFrom").ValueKind);
                Assert.Empty(authority.GetProperty("predecessors").EnumerateArray());
                var codes = authority.GetProperty("codes").EnumerateArray().ToList();
                Assert.Equal([former, current], codes.Select(c => c.GetProperty("gssCode").GetString()));
                Assert.Equal((until, "shire-county", formerSlug), (codes[0].GetProperty("to").GetString(), codes[0].GetProperty("type").GetString(), codes[0].GetProperty("formerSlug").GetString()));
                Assert.Equal(DateOnly.Parse(until, CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), codes[1].GetProperty("from").GetString());
                Assert.Equal(("unitary-authority", JsonValueKind.Null), (codes[1].GetProperty("type").GetString(), codes[1].GetProperty("to").ValueKind));
                Assert.Contains("Structural Changes", codes[0].GetProperty("basis").GetString(), StringComparison.Ordinal);
                Assert.DoesNotContain(former, authority.GetProperty("otherGssCodes").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
            }
        }

        [Fact]
        public async Task RealBoundaryChange_StillShowsInLineage()
        {
            var cumbria = await client.GetJsonAsync("/api/v1/authorities/cumbria");

            Assert.Equal(("abolished", "2023-03-31"), (cumbria.GetProperty("status").GetString(), cumbria.GetProperty("existedTo").GetString()));
            Assert.Equal(["E06000063", "E06000064"], cumbria.GetProperty("successors").EnumerateArray().Select(s => s.GetProperty("gssCode").GetString()).Order(StringComparer.Ordinal));
            Assert.All(cumbria.GetProperty("successors").EnumerateArray(), s => Assert.Equal("split", s.GetProperty("kind").GetString()));
            Assert.Equal(["E10000006"], cumbria.GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("gssCode").GetString()));
        }

        [Theory]
        [InlineData("england", "E92000001", "national")]
        [InlineData("E92000001", "E92000001", "national")]
        [InlineData("london", "E12000007", "region")]
        [InlineData("E12000001", "E12000001", "region")]
        [InlineData("inner-london", "E13000001", "subregion")]
        public async Task EnglandAndRegions_CanBeFetched(string id, string code, string level)
        {
            var area = await client.GetJsonAsync($"/api/v1/authorities/{id}");

            Assert.Equal((code, level), (area.GetProperty("gssCode").GetString(), area.GetProperty("level").GetString()));
            Assert.Equal(JsonValueKind.Null, area.GetProperty("laCode").ValueKind);
        }

        [Fact]
        public async Task AnAreaWhereOnlyAuthoritiesMakeSense_Gets404SayingWhatItIs()
        {
            var problem = await client.GetProblemAsync("/api/v1/authorities/england/neighbours", HttpStatusCode.NotFound, "id");

            Assert.Contains("not a local authority", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task FormerGssCode_FindsTheAuthority()
        {
            var gateshead = await client.GetJsonAsync("/api/v1/authorities/E08000020");

            Assert.Equal("E08000037", gateshead.GetProperty("gssCode").GetString());
            Assert.Contains("E08000020", gateshead.GetProperty("otherGssCodes").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        }

        [Fact]
        public async Task UnknownId_Returns404ProblemWithSuggestions()
        {
            var problem = await client.GetProblemAsync("/api/v1/authorities/barnett", HttpStatusCode.NotFound, "id");

            Assert.Contains("barnet", problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        }

        /// <summary>Suggestions are the nearest slugs, nearest first; an id far longer than any slug is near none.</summary>
        [Fact]
        public async Task Suggestions_AreTheNearestSlugs_AndNoneForAnIdUnlikeAny()
        {
            var typo = await client.GetProblemAsync("/api/v1/authorities/hackny", HttpStatusCode.NotFound, "id");
            var longId = await client.GetProblemAsync($"/api/v1/authorities/{new string('n', 1500)}", HttpStatusCode.NotFound, "id");

            Assert.Equal("hackney", typo.GetProperty("suggestions")[0].GetString());
            Assert.False(longId.TryGetProperty("suggestions", out _));
        }

        [Fact]
        public async Task UnknownQueryParameter_Is400()
        {
            await client.GetProblemAsync("/api/v1/authorities/barnet?expand=all", HttpStatusCode.BadRequest, "expand");
        }
    }

    [Fact]
    public async Task EveryResponse_ReportsTheSupportedVersions()
    {
        using var response = await client.GetAsync(new Uri("/api/v1/authorities/barnet", UriKind.Relative));

        Assert.Equal("1.0", string.Join(",", response.Headers.GetValues("api-supported-versions")));
    }

    [Theory]
    [InlineData("/api/v2/authorities")]
    [InlineData("/api/v0/authorities/barnet")]
    [InlineData("/api/vbeta/regions")]
    public async Task UnsupportedVersion_Is400ProblemNotA404Page(string url)
    {
        var problem = await client.GetProblemAsync(url, HttpStatusCode.BadRequest, "version");

        Assert.Equal("1.0", problem.GetProperty("supportedVersions")[0].GetString());
    }
}
