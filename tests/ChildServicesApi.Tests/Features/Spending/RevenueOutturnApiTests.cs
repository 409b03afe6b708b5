using System.Globalization;
using System.Net;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Spending;

public sealed class RevenueOutturnApiTests
{
    private const string Publisher = "Ministry of Housing, Communities and Local Government";

    [Collection(SeededApi.Features)]
    public sealed class ListRevenueOutturn(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        /// <summary>Every line, in every year for the RSX and RO3 totals, against its workbook cell (read with a separate ODS reader): £ thousand times 1000, to the penny.</summary>
        [Theory]
        [InlineData("RSX_2022-23_data_by_LA.ods", 22, "X", "89239", "barnet", 2023, "rsx-children-social-care", "total-expenditure", 89239000d)]
        [InlineData("RSX_2023-24_data_by_LA.ods", 219, "AB", "179232", "manchester", 2024, "rsx-children-social-care", "net-current-expenditure", 179232000d)]
        [InlineData("RSX_LA_Data_2024-25_data_by_LA.ods", 185, "X", "379205.76", "kent", 2025, "rsx-children-social-care", "total-expenditure", 379205760.00d)]
        [InlineData("RO3_2023-24_data_by_LA.ods", 258, "N", "1315", "north-yorkshire", 2024, "sure-start-and-early-years", "net-current-expenditure", 1315000d)]
        [InlineData("RO3_LA_Data_2024-25_data_by_LA.ods", 17, "Q", "47222.33", "barnet", 2025, "children-looked-after", "total-expenditure", 47222330.00d)]
        [InlineData("RO3_2022-23_data_by_LA.ods", 228, "AB", "21592", "manchester", 2023, "children-looked-after-residential-care", "net-current-expenditure", 21592000d)]
        [InlineData("RO3_2023-24_data_by_LA.ods", 189, "AE", "53768", "kent", 2024, "children-looked-after-fostering", "total-expenditure", 53768000d)]
        [InlineData("RO3_LA_Data_2024-25_data_by_LA.ods", 253, "AP", "101", "north-yorkshire", 2025, "children-looked-after-asylum-seekers", "net-current-expenditure", 101000d)]
        [InlineData("RO3_2022-23_data_by_LA.ods", 23, "AS", "7973", "barnet", 2023, "children-looked-after-other", "total-expenditure", 7973000d)]
        [InlineData("RO3_2023-24_data_by_LA.ods", 220, "BD", "0", "manchester", 2024, "other-childrens-and-families-services", "net-current-expenditure", 0d)]
        [InlineData("RO3_LA_Data_2024-25_data_by_LA.ods", 185, "BG", "53451.51", "kent", 2025, "family-support-services", "total-expenditure", 53451510.00d)]
        // The workbook stores this cell as a formula's binary result: the figure is £16,531.74 thousand, to the penny.
        [InlineData("RO3_LA_Data_2024-25_data_by_LA.ods", 17, "BG", "16531.740000000002", "barnet", 2025, "family-support-services", "total-expenditure", 16531740.00d)]
        [InlineData("RO3_2022-23_data_by_LA.ods", 267, "BR", "693", "north-yorkshire", 2023, "youth-justice", "net-current-expenditure", 693000d)]
        [InlineData("RO3_2023-24_data_by_LA.ods", 22, "BU", "26904", "barnet", 2024, "safeguarding", "total-expenditure", 26904000d)]
        [InlineData("RO3_LA_Data_2024-25_data_by_LA.ods", 216, "CF", "16", "manchester", 2025, "asylum-seekers", "net-current-expenditure", 16000d)]
        [InlineData("RO3_2022-23_data_by_LA.ods", 196, "CI", "9735", "kent", 2023, "services-for-young-people", "total-expenditure", 9735000d)]
        [InlineData("RO3_2022-23_data_by_LA.ods", 267, "CT", "63589", "north-yorkshire", 2023, "total-children-social-care", "net-current-expenditure", 63589000d)]
        [InlineData("RO3_2023-24_data_by_LA.ods", 22, "CP", "105636", "barnet", 2024, "total-children-social-care", "total-expenditure", 105636000d)]
        [InlineData("RO3_LA_Data_2024-25_data_by_LA.ods", 216, "CT", "201061", "manchester", 2025, "total-children-social-care", "net-current-expenditure", 201061000d)]
        public async Task Figure_IsTheWorkbookCellInPounds(string file, int row, string column, string cell, string authority, int year, string line, string measure, double pounds)
        {
            var figure = (await client.GetJsonAsync($"/api/v1/spending/revenue-outturn?authority={authority}&year={year}&line={line}&measure={measure}")).Items().Single();
            var source = figure.GetProperty("source");

            Assert.Equal((pounds, "published"), (figure.GetProperty("value").GetDouble(), figure.GetProperty("status").GetString()));
            Assert.Equal(("revenue-outturn/" + file, row, column, cell),
                (source.GetProperty("file").GetString(), source.GetProperty("row").GetInt32(), source.GetProperty("column").GetString(), source.GetProperty("cell").GetString()));
            Assert.Equal((Publisher, "Open Government Licence v3.0"), (source.GetProperty("publisher").GetString(), source.GetProperty("licence").GetString()));
            Assert.Contains("Open Government Licence v3.0", source.GetProperty("attribution").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task NotReceivedCell_IsAStatusNotZero()
        {
            // RSX_LA_Data_2024-25_data_by_LA.ods, sheet RSX_LA_Data_202425, row 28, column AB: Birmingham "[x]" (not received in time for publication).
            var figure = (await client.GetJsonAsync("/api/v1/spending/revenue-outturn?authority=birmingham&year=2025&line=rsx-children-social-care&measure=net-current-expenditure")).Items().Single();

            Assert.Equal(System.Text.Json.JsonValueKind.Null, figure.GetProperty("value").ValueKind);
            Assert.Equal(("not-available", "[x]", 28, "AB"), (figure.GetProperty("status").GetString(), figure.GetProperty("source").GetProperty("cell").GetString(),
                figure.GetProperty("source").GetProperty("row").GetInt32(), figure.GetProperty("source").GetProperty("column").GetString()));
        }

        [Fact]
        public async Task GatesheadsMissingBreakdown_IsAStatus()
        {
            // RO3_LA_Data_2024-25_data_by_LA.ods, row 138, column AI: "[note 4]", Gateshead could not break down line 13.
            var figure = (await client.GetJsonAsync("/api/v1/spending/revenue-outturn?authority=gateshead&year=2025&line=children-looked-after-fostering&measure=net-current-expenditure")).Items().Single();

            Assert.Equal(("not-available", "[note 4]", "AI"), (figure.GetProperty("status").GetString(), figure.GetProperty("source").GetProperty("cell").GetString(),
                figure.GetProperty("source").GetProperty("column").GetString()));
        }

        [Fact]
        public async Task List_IsByYearThenAuthorityName_AndOneAuthorityByYearThenTheWorkbooksLineOrder()
        {
            var page = await client.GetJsonAsync("/api/v1/spending/revenue-outturn?line=rsx-children-social-care&measure=total-expenditure&pageSize=1000");
            var keys = page.Items().Select(f => (Year: f.GetProperty("year").GetInt32(), Name: f.GetProperty("geography").GetProperty("name").GetString()!)).ToList();
            var barnet = (await client.GetJsonAsync("/api/v1/authorities/barnet/spending/revenue-outturn?form=ro3&measure=total-expenditure&pageSize=1000")).Items()
                .Select(f => (Year: f.GetProperty("year").GetInt32(), Line: int.Parse(f.GetProperty("lineReference").GetString()!, CultureInfo.InvariantCulture))).ToList();

            Assert.Equal(458, keys.Count);
            Assert.Equal(keys.OrderBy(k => k.Year).ThenBy(k => k.Name, StringComparer.Ordinal), keys);
            // RO3's lines 10 to 30 in the order the workbook gives them, each year.
            Assert.Equal(3 * 13, barnet.Count);
            Assert.Equal(barnet.OrderBy(f => f.Year).Select(f => f.Year), barnet.Select(f => f.Year));
            Assert.All(barnet.GroupBy(f => f.Year), year => Assert.Equal(
                [10, 13, 16, 17, 18, 19, 15, 22, 23, 25, 26, 27, 30], year.Select(f => f.Line).ToList()));
        }

        [Fact]
        public async Task District_IsNotServed()
        {
            // Adur (E07000223, class SD) is row 12 of RSX_2022-23_data_by_LA.ods; a district is not a children's services authority.
            await client.GetProblemAsync("/api/v1/spending/revenue-outturn?authority=E07000223", HttpStatusCode.NotFound, "authority");
            var page = await client.GetJsonAsync("/api/v1/spending/revenue-outturn?year=2023&line=rsx-children-social-care&measure=total-expenditure&pageSize=1000");
            Assert.DoesNotContain(page.Items(), f => f.GetProperty("geography").GetProperty("name").GetString() == "Adur");
            Assert.DoesNotContain(page.Items(), f => f.GetProperty("geography").GetProperty("code").GetString()!.StartsWith("E07", StringComparison.Ordinal));
            Assert.All(page.Items(), f => Assert.Equal("authority", f.GetProperty("geography").GetProperty("level").GetString()));
        }

        [Fact]
        public async Task EachYear_CoversTheChildrensServicesAuthoritiesOfThatYear()
        {
            // 2022-23 has Cumbria and the old North Yorkshire (152 authorities); 2023-24 Cumberland and Westmorland and Furness (153).
            foreach (var (year, authorities) in new[] { (2023, 152), (2024, 153), (2025, 153) })
            {
                var page = await client.GetJsonAsync($"/api/v1/spending/revenue-outturn?year={year}&line=total-children-social-care&measure=total-expenditure&pageSize=1000");
                Assert.Equal(authorities, page.TotalItems());
            }
            var cumbria = await client.GetJsonAsync("/api/v1/authorities/cumbria/spending/revenue-outturn?line=rsx-children-social-care&measure=total-expenditure");
            Assert.Equal([2023], cumbria.Items().Select(f => f.GetProperty("year").GetInt32()));
        }

        [Fact]
        public async Task RecodedNorthYorkshire_IsOneAuthorityAcrossYears()
        {
            // RSX files: 2022-23 row 266 gives E10000023, 2023-24 row 257 and 2024-25 row 253 give E06000065.
            var page = await client.GetJsonAsync("/api/v1/authorities/north-yorkshire/spending/revenue-outturn?line=rsx-children-social-care&measure=total-expenditure");

            Assert.Equal([2023, 2024, 2025], page.Items().Select(f => f.GetProperty("year").GetInt32()));
            Assert.Equal([266, 257, 253], page.Items().Select(f => f.GetProperty("source").GetProperty("row").GetInt32()));
        }

        [Theory]
        [InlineData("line=education", "line")]
        [InlineData("measure=gross", "measure")]
        [InlineData("form=ro4", "form")]
        [InlineData("year=twenty", "year")]
        public async Task BadParameter_IsA400ProblemNamingIt(string query, string parameter)
        {
            await client.GetProblemAsync($"/api/v1/spending/revenue-outturn?{query}", HttpStatusCode.BadRequest, parameter);
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class DefaultSpending(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task S251Lines_KeepTheirShape_AndNoOutturnFigureJoinsThem()
        {
            var page = await client.GetJsonAsync("/api/v1/spending?authority=barnet&year=2024&lines=all&pageSize=1000");

            Assert.NotEmpty(page.Items());
            Assert.All(page.Items(), l =>
            {
                Assert.Equal(["geography", "year", "financialYear", "category", "role", "lineReference", "label", "grossExpenditure", "netCurrentExpenditure", "status", "release"],
                    l.EnumerateObject().Select(p => p.Name));
                Assert.DoesNotContain("outturn, ", l.GetProperty("release").GetString(), StringComparison.Ordinal);
            });
        }
    }
}
