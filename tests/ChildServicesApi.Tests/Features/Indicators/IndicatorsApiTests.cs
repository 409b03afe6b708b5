using System.Globalization;
using System.Net;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Indicators;

public sealed class IndicatorsApiTests
{
    [Collection(SeededApi.Features)]
    public sealed class ListIndicators(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task Catalogue_HasEveryIndicatorWithItsSource()
        {
            var page = await client.GetJsonAsync("/api/v1/indicators?pageSize=1000");

            Assert.Equal(201, page.TotalItems());
            Assert.All(page.Items(), i =>
            {
                Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", i.GetProperty("id").GetString());
                Assert.Equal("Open Government Licence v3.0", i.GetProperty("source").GetProperty("licence").GetString());
                Assert.NotEqual(0, i.GetProperty("yearsAvailable").GetArrayLength());
            });
        }

        [Fact]
        public async Task Topic_FiltersTheCatalogue()
        {
            var page = await client.GetJsonAsync("/api/v1/indicators?topic=Children%20looked%20after");

            // Six from the CLA files (counts and rates), two from the SFR ceased tables (the adoptions, which LAIT fills from
            // 2018), 47 from LAIT alone (LaitSource.Measures with a title: 45 of DfE's, and Ofsted's two foster places).
            Assert.Equal(55, page.TotalItems());
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetIndicator(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task ChildrenInNeed_DescribesItselfAndItsYears()
        {
            var indicator = await client.GetJsonAsync("/api/v1/indicators/children-in-need");

            Assert.Equal(("count", "at-31-march"), (indicator.GetProperty("unit").GetString(), indicator.GetProperty("periodKind").GetString()));
            Assert.Equal(Enumerable.Range(2013, 13), indicator.GetProperty("yearsAvailable").EnumerateArray().Select(y => y.GetInt32()));
            Assert.Contains("At31_episodes", indicator.GetProperty("source").GetProperty("table").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Rate_HasItsUnit()
        {
            var indicator = await client.GetJsonAsync("/api/v1/indicators/children-in-need-rate");

            Assert.Equal("rate-per-10000-children", indicator.GetProperty("unit").GetString());
        }

        [Fact]
        public async Task UnknownIndicator_Returns404WithCloseIds()
        {
            var problem = await client.GetProblemAsync("/api/v1/indicators/section-47", HttpStatusCode.NotFound, "indicatorId");

            Assert.Contains("section-47-enquiries", problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class ListIndicatorValues(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task England2025_IsThePublishedFigure()
        {
            // b1 line 2: England, 2025, At31_episodes = 402400.
            var row = (await client.GetJsonAsync("/api/v1/indicators/children-in-need/values?year=2025&level=national")).Items().Single();

            Assert.Equal(("E92000001", "national"), (row.GetProperty("geography").GetProperty("code").GetString(), row.GetProperty("geography").GetProperty("level").GetString()));
            Assert.Equal((402400d, "published", "31 March 2025"), (row.GetProperty("value").GetDouble(), row.GetProperty("status").GetString(), row.GetProperty("period").GetString()));
        }

        [Fact]
        public async Task SuppressedFigure_IsNullWithItsStatus()
        {
            // b1 line 792: Hackney 2021 is x.
            var row = (await client.GetJsonAsync("/api/v1/indicators/children-in-need/values?authority=hackney&year=2021")).Items().Single();

            Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("value").ValueKind);
            Assert.Equal("not-available", row.GetProperty("status").GetString());
        }

        [Fact]
        public async Task RepeatedAuthority_MixesIdForms()
        {
            var page = await client.GetJsonAsync("/api/v1/indicators/children-in-need/values?authority=barnet&authority=E09000002&authority=204&year=2025&sort=name");

            Assert.Equal(["Barking and Dagenham", "Barnet", "Hackney"], page.Items().Select(r => r.GetProperty("geography").GetProperty("name").GetString()));
        }

        [Fact]
        public async Task RegionAndLevel_GiveLondonsBoroughsInAYear()
        {
            // seed/children-in-need/c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv, 2025: London's boroughs are
            // filed under Inner (E13000001) and Outer London (E13000002); a symbol (c) has no value.
            var boroughs = SeedRows.Where("children-in-need/c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv", ("time_period", "2025"), ("geographic_level", "Local authority"))
                .Where(r => r["region_code"].StartsWith("E13", StringComparison.Ordinal))
                .ToDictionary(r => r["new_la_code"], r => double.TryParse(r["Section47"], CultureInfo.InvariantCulture, out var count) ? count : (double?)null);

            var page = await client.GetJsonAsync("/api/v1/indicators/section-47-enquiries/values?region=london&level=authority&year=2025&pageSize=100");

            Assert.Equal(33, page.TotalItems());
            Assert.Equal(boroughs.Keys.Order(StringComparer.Ordinal), page.Items().Select(r => r.GetProperty("geography").GetProperty("code").GetString()).Order(StringComparer.Ordinal));
            Assert.All(page.Items(), r => Assert.Equal(boroughs[r.GetProperty("geography").GetProperty("code").GetString()!],
                r.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.Number ? r.GetProperty("value").GetDouble() : null));
        }

        [Fact]
        public async Task FromTo_BoundTheYears()
        {
            var page = await client.GetJsonAsync("/api/v1/indicators/child-protection-plans/values?authority=barnet&from=2015&to=2017");

            // d5 lines 1788, 1624, 1460: Barnet 2015-2017 = 236, 267, 194.
            Assert.Equal([236d, 267d, 194d], page.Items().Select(r => r.GetProperty("value").GetDouble()));
        }

        [Fact]
        public async Task SortByValueDescending_PutsTheLargestFirstAndNullsLast()
        {
            var page = await client.GetJsonAsync("/api/v1/indicators/children-in-need/values?year=2025&level=authority&sort=-value&pageSize=1000");
            var values = page.Items().Select(r => r.GetProperty("value")).ToList();

            var numbers = values.TakeWhile(v => v.ValueKind == System.Text.Json.JsonValueKind.Number).Select(v => v.GetDouble()).ToList();
            Assert.Equal(numbers.OrderDescending(), numbers);
            Assert.All(values.Skip(numbers.Count), v => Assert.Equal(System.Text.Json.JsonValueKind.Null, v.ValueKind));
        }

        [Fact]
        public async Task MinMax_FilterPublishedValues()
        {
            // seed/lait/lait_bds_long_csc_topics_2026-04-08.csv: CIN (rate per 10,000) in 2025; England and the regions have Region NA.
            var inRange = SeedRows.Where("lait/lait_bds_long_csc_topics_2026-04-08.csv", ("Short Desc", "CIN"), ("Years", "2025"))
                .Where(r => r["Region"] != "NA" && double.TryParse(r["Values"], CultureInfo.InvariantCulture, out var rate) && rate is >= 500 and <= 600)
                .ToDictionary(r => r["LA Number"], r => double.Parse(r["Values"], CultureInfo.InvariantCulture));

            var page = await client.GetJsonAsync("/api/v1/indicators/children-in-need-rate/values?year=2025&level=authority&min=500&max=600&pageSize=1000");

            Assert.Equal(inRange.Keys.Order(StringComparer.Ordinal), page.Items().Select(r => r.GetProperty("geography").GetProperty("laCode").GetString()).Order(StringComparer.Ordinal));
            Assert.All(page.Items(), r => Assert.Equal(inRange[r.GetProperty("geography").GetProperty("laCode").GetString()!], r.GetProperty("value").GetDouble()));
        }

        [Fact]
        public async Task ReleaseAll_ShowsBothReleasesOfARevisedYear()
        {
            var current = await client.GetJsonAsync("/api/v1/indicators/children-looked-after/values?level=national&year=2023");
            var all = await client.GetJsonAsync("/api/v1/indicators/children-looked-after/values?level=national&year=2023&release=all&sort=value");

            Assert.Equal(83750d, current.Items().Single().GetProperty("value").GetDouble());
            Assert.Equal([("2025", 83750d), ("2023", 83840d)],
                all.Items().Select(r => (r.GetProperty("release").GetString(), r.GetProperty("value").GetDouble())));
        }

        [Theory]
        [InlineData("year=abc", "year")]
        [InlineData("year=1800", "year")]
        [InlineData("from=2020&to=2015", "from")]
        [InlineData("min=10&max=5", "min")]
        [InlineData("min=1e400", "min")]
        [InlineData("max=NaN", "max")]
        [InlineData("level=county", "level")]
        [InlineData("sort=size", "sort")]
        [InlineData("release=latest", "release")]
        [InlineData("yaer=2025", "yaer")]
        [InlineData("authority=", "authority")]
        [InlineData("page=2147483647&pageSize=1000", "page")]
        [InlineData("pageSize=5000", "pageSize")]
        public async Task BadParameter_IsA400ProblemNamingIt(string query, string parameter)
        {
            await client.GetProblemAsync($"/api/v1/indicators/children-in-need/values?{query}", HttpStatusCode.BadRequest, parameter);
        }

        [Fact]
        public async Task UnknownAuthority_Is404NamingIt()
        {
            await client.GetProblemAsync("/api/v1/indicators/children-in-need/values?authority=gotham", HttpStatusCode.NotFound, "authority");
        }

        [Fact]
        public async Task UnknownRegion_Is404NamingIt()
        {
            await client.GetProblemAsync("/api/v1/indicators/children-in-need/values?region=wessex", HttpStatusCode.NotFound, "region");
        }

        [Fact]
        public async Task UnknownIndicator_Is404()
        {
            await client.GetProblemAsync("/api/v1/indicators/happiness/values", HttpStatusCode.NotFound, "indicatorId");
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetAuthorityTimeSeries(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task Barnet_ChildProtectionPlans2013To2025()
        {
            var series = await client.GetJsonAsync("/api/v1/authorities/barnet/indicators/child-protection-plans");

            // d5 lines 2116 (2013) ... 149 (2025): Barnet CPP_At31.
            Assert.Equal(Enumerable.Range(2013, 13), series.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("year").GetInt32()));
            Assert.Equal(203d, series.GetProperty("points")[0].GetProperty("value").GetDouble());
            Assert.Equal(225d, series.GetProperty("points")[12].GetProperty("value").GetDouble());
            Assert.Equal("E09000003", series.GetProperty("authority").GetProperty("gssCode").GetString());
            Assert.Equal("count", series.GetProperty("indicator").GetProperty("unit").GetString());
        }

        [Fact]
        public async Task UnknownAuthority_Is404()
        {
            await client.GetProblemAsync("/api/v1/authorities/gotham/indicators/children-in-need", HttpStatusCode.NotFound, "id");
        }

        [Fact]
        public async Task UnknownIndicator_Is404()
        {
            await client.GetProblemAsync("/api/v1/authorities/barnet/indicators/happiness", HttpStatusCode.NotFound, "indicatorId");
        }
    }
}
