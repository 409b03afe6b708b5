using System.Globalization;
using System.Net;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Spending;

public sealed class SpendingApiTests
{
    [Collection(SeededApi.Features)]
    public sealed class ListSpending(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task Barnet2013To14_CategoryTotalsAndTheirSum()
        {
            // s251/outturn_1314.csv lines 521, 522, 526, 532.
            var page = await client.GetJsonAsync("/api/v1/spending?authority=barnet&year=2014");
            var byCategory = page.Items().ToDictionary(l => l.GetProperty("category").GetString()!, l => l.GetProperty("grossExpenditure").GetDouble());

            Assert.Equal(22989253d, byCategory["children-looked-after"]);
            Assert.Equal(1697070d, byCategory["other-childrens-and-family-services"]);
            Assert.Equal(18099502d, byCategory["safeguarding"]);
            Assert.Equal(6475143d, byCategory["family-support"]);
            Assert.Equal(49260968d, byCategory["total-childrens-social-care"]);
        }

        [Fact]
        public async Task LinesAll_AddsTheComponentLinesWithTheirOwnLabels()
        {
            // s251/outturn_1314.csv lines 511-521: Barnet's (LA 302) CHILDREN LOOKED AFTER group, its lines 6 to 15 and their total (16).
            var rows = SeedRows.Where("s251/outturn_1314.csv", ("LA", "302"), ("ReportGroup", "CHILDREN LOOKED AFTER")).ToList();

            var page = await client.GetJsonAsync("/api/v1/spending?authority=barnet&year=2014&lines=all&category=children-looked-after");

            Assert.Equal(11, rows.Count);
            Assert.Equal(rows.Count, page.TotalItems());
            Assert.All(page.Items(), l => Assert.Equal(("barnet", "children-looked-after"), (l.GetProperty("geography").GetProperty("slug").GetString(), l.GetProperty("category").GetString())));
            Assert.Equal(rows.Select(r => double.Parse(r["TotalExpenditure"], CultureInfo.InvariantCulture)).Order(),
                page.Items().Select(l => l.GetProperty("grossExpenditure").GetDouble()).Order());
            Assert.Contains("Fostering services", page.Items().Select(l => l.GetProperty("label").GetString()));
        }

        [Fact]
        public async Task SortByAmount_RanksAuthoritiesAndRegions()
        {
            var page = await client.GetJsonAsync("/api/v1/spending?year=2025&category=children-looked-after&sort=-amount&pageSize=2");

            // lait_bds_long_csc_topics_2026-04-08.csv line 15290: England TotalLACFinance 2024-25.
            Assert.Equal(8955421269d, page.Items().First().GetProperty("grossExpenditure").GetDouble());
        }

        [Theory]
        [InlineData("category=education", "category")]
        [InlineData("lines=some", "lines")]
        [InlineData("sort=cost", "sort")]
        [InlineData("year=twenty", "year")]
        public async Task BadParameter_IsA400ProblemNamingIt(string query, string parameter)
        {
            await client.GetProblemAsync($"/api/v1/spending?{query}", HttpStatusCode.BadRequest, parameter);
        }

        [Fact]
        public async Task UnknownAuthority_Is404NamingIt()
        {
            await client.GetProblemAsync("/api/v1/spending?authority=gotham", HttpStatusCode.NotFound, "authority");
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class ListAuthoritySpending(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task Barnet2024To25_ComesFromLait()
        {
            // lait_bds_long_csc_topics_2026-04-08.csv line 15133: Barnet TotalLACFinance 2024-25.
            var line = (await client.GetJsonAsync("/api/v1/authorities/barnet/spending?year=2025&category=children-looked-after")).Items().Single();

            Assert.Equal((52713538d, "2024-25", "category-total"),
                (line.GetProperty("grossExpenditure").GetDouble(), line.GetProperty("financialYear").GetString(), line.GetProperty("role").GetString()));
        }

        [Fact]
        public async Task AuthorityQueryParameter_IsNotTakenHere()
        {
            await client.GetProblemAsync("/api/v1/authorities/barnet/spending?authority=hackney", HttpStatusCode.BadRequest, "authority");
        }
    }
}
