using System.Globalization;
using System.Text.Json;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Indicators;

/// <summary>
/// Every figure without a value says why, and where the reason comes from; every plain figure names the file, line
/// and cell it was read from and links to itself. Expected cells are read from the seed files in the test.
/// </summary>
public sealed class FigureReasonTests
{
    private const string B1 = "children-in-need/b1_children_in_need_2013_to_2025.csv";
    private const string Cla2025 = "children-looked-after/cla_number_and_rate_per_10k_children.csv";
    private const string Workforce = "workforce/csww_indicators_2017_to_2025.csv";

    [Collection(SeededApi.Features)]
    public sealed class ListIndicatorValues(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task SuppressedFigure_SaysSuppressedAndNamesTheSymbolsSource()
        {
            // seed/children-in-need/b1_children_in_need_2013_to_2025.csv line 455: Isles of Scilly 2023, At31_episodes = c.
            var cell = SeedRows.Single(B1, ("time_period", "2023"), ("new_la_code", "E06000053"));
            Assert.Equal("c", cell["At31_episodes"]);

            var row = (await client.GetJsonAsync("/api/v1/indicators/children-in-need/values?authority=E06000053&year=2023")).Items().Single();

            Assert.Equal(("suppressed", JsonValueKind.Null), (row.GetProperty("status").GetString(), row.GetProperty("value").ValueKind));
            var reason = row.GetProperty("reason");
            Assert.StartsWith("Suppressed by DfE to protect confidentiality", reason.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains("seed/PROVENANCE.md", reason.GetProperty("source").GetString(), StringComparison.Ordinal);
            Assert.Contains("'c'", reason.GetProperty("source").GetString(), StringComparison.Ordinal);
            Assert.Contains("Characteristics of children in need", reason.GetProperty("source").GetString(), StringComparison.Ordinal);
            var source = row.GetProperty("source");
            Assert.Equal((B1, cell.Line, "c"), (source.GetProperty("file").GetString(), source.GetProperty("line").GetInt32(), source.GetProperty("cell").GetString()));
        }

        [Fact]
        public async Task NotApplicableForAnAbolishedAuthority_SaysItDidNotExistThen()
        {
            // seed/children-looked-after/cla_number_and_rate_per_10k_children.csv line 144: Cumbria 2025, looked after at 31 March = z;
            // Cumbria was abolished on 1 April 2023 (seed/PROVENANCE.md, Geography and reorganisations).
            var cell = SeedRows.Single(Cla2025, ("time_period", "2025"), ("new_la_code", "E10000006"), ("population_type", "Children looked after on 31 March each year"));
            Assert.Equal("z", cell["children_count"]);

            var row = (await client.GetJsonAsync("/api/v1/indicators/children-looked-after/values?authority=E10000006&year=2025")).Items().Single();

            Assert.Equal("not-applicable", row.GetProperty("status").GetString());
            var reason = row.GetProperty("reason");
            Assert.Equal("Cumbria did not exist on 31 March 2025, the end of this period: it existed until 31 March 2023.", reason.GetProperty("text").GetString());
            Assert.StartsWith("The Cumbria (Structural Changes) Order 2022", reason.GetProperty("source").GetString(), StringComparison.Ordinal);
            Assert.Equal(cell.Line, row.GetProperty("source").GetProperty("line").GetInt32());
        }

        [Fact]
        public async Task PublishedFigure_HasNoReason()
        {
            var row = (await client.GetJsonAsync("/api/v1/indicators/children-in-need/values?level=national&year=2025")).Items().Single();

            Assert.Equal(JsonValueKind.Null, row.GetProperty("reason").ValueKind);
        }

        [Fact]
        public async Task DerivedFigure_NamesTheInputWithoutAFigure()
        {
            // seed/children-in-need/b1_children_in_need_2013_to_2025.csv line 269: Hampshire 2024, At31_episodes = u, the
            // denominator of spend per child in need for 2023-24.
            var cell = SeedRows.Single(B1, ("time_period", "2024"), ("new_la_code", "E10000014"));
            Assert.Equal("u", cell["At31_episodes"]);

            var row = (await client.GetJsonAsync("/api/v1/indicators/spend-per-child-in-need/values?authority=E10000014&year=2024")).Items().Single();

            Assert.Equal("low-reliability", row.GetProperty("status").GetString());
            Assert.Equal(
                $"Not computed: the denominator (children-in-need, 2024) has no published figure (low reliability in {B1}, line {cell.Line}).",
                row.GetProperty("reason").GetProperty("text").GetString());
        }

        [Fact]
        public async Task PlainFigure_CitesItsCellAndItsPermalinkGivesTheSameFigure()
        {
            var cell = SeedRows.Single(B1, ("time_period", "2025"), ("new_la_code", "E09000003"));

            var row = (await client.GetJsonAsync("/api/v1/indicators/children-in-need/values?authority=barnet&year=2025")).Items().Single();

            var source = row.GetProperty("source");
            Assert.Equal((B1, cell.Line, cell["At31_episodes"]), (source.GetProperty("file").GetString(), source.GetProperty("line").GetInt32(), source.GetProperty("cell").GetString()));
            Assert.Equal(double.Parse(cell["At31_episodes"], CultureInfo.InvariantCulture), row.GetProperty("value").GetDouble());
            Assert.Equal(("Characteristics of children in need", "Open Government Licence v3.0"),
                (source.GetProperty("publication").GetString(), source.GetProperty("licence").GetString()));
            Assert.Contains(cell.File.Name.Split('/')[1], source.GetProperty("table").GetString(), StringComparison.Ordinal);

            var linked = (await client.GetJsonAsync(row.GetProperty("permalink").GetString()!)).Items().Single();
            Assert.Equal(row.GetRawText(), linked.GetRawText());
        }

        [Fact]
        public async Task SupersededFigure_LinksAmongEveryRelease()
        {
            var rows = (await client.GetJsonAsync("/api/v1/indicators/children-looked-after/values?level=national&year=2023&release=all")).Items().ToList();
            var old = rows.Single(r => r.GetProperty("release").GetString() == "2023");

            var linked = (await client.GetJsonAsync(old.GetProperty("permalink").GetString()!)).Items();

            Assert.Contains(linked, r => r.GetRawText() == old.GetRawText());
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetAuthorityTimeSeries(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task NotAvailablePoint_HasItsReasonAndCell()
        {
            // seed/children-in-need/b1_children_in_need_2013_to_2025.csv line 792: Hackney 2021, At31_episodes = x.
            var cell = SeedRows.Single(B1, ("time_period", "2021"), ("new_la_code", "E09000012"));
            Assert.Equal("x", cell["At31_episodes"]);

            var series = await client.GetJsonAsync("/api/v1/authorities/hackney/indicators/children-in-need");

            var point = series.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("year").GetInt32() == 2021);
            Assert.Equal("not-available", point.GetProperty("status").GetString());
            Assert.StartsWith("Not available", point.GetProperty("reason").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Equal((cell.Line, "x"), (point.GetProperty("source").GetProperty("line").GetInt32(), point.GetProperty("source").GetProperty("cell").GetString()));
        }

        [Fact]
        public async Task EveryPoint_LinksToTheSameFigure()
        {
            var series = await client.GetJsonAsync("/api/v1/authorities/barnet/indicators/children-in-need-rate");

            var point = series.GetProperty("points").EnumerateArray().Last();
            var linked = (await client.GetJsonAsync(point.GetProperty("permalink").GetString()!)).Items().Single();

            Assert.Equal((point.GetProperty("year").GetInt32(), point.GetProperty("value").GetDouble()), (linked.GetProperty("year").GetInt32(), linked.GetProperty("value").GetDouble()));
            Assert.Equal(point.GetProperty("source").GetRawText(), linked.GetProperty("source").GetRawText());
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetRanking(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task GroupMember_IsExcludedNamingItsReportingGroup()
        {
            // seed/workforce/csww_indicators_2017_to_2025.csv line 160: one 2025 row for "Kingston upon Thames / Richmond upon Thames"
            // (E09000021 / E09000027), and none for Kingston upon Thames (E09000021) alone.
            var group = SeedRows.Single(Workforce, ("time_period", "2025"), ("new_la_code", "E09000021 / E09000027"));
            Assert.Empty(SeedRows.Where(Workforce, ("time_period", "2025"), ("new_la_code", "E09000021")));

            var ranking = await client.GetJsonAsync("/api/v1/indicators/social-workers-fte/rankings?year=2025");

            var kingston = ranking.GetProperty("excluded").EnumerateArray().Single(e => e.GetProperty("authority").GetProperty("code").GetString() == "E09000021");
            Assert.Equal("missing", kingston.GetProperty("status").GetString());
            Assert.Equal(
                $"Kingston upon Thames is published only as part of '{group["la_name"]}', which Children's social work workforce reports as one unit; see that group's figure.",
                kingston.GetProperty("reason").GetProperty("text").GetString());
        }

        [Fact]
        public async Task SuppressedAuthority_IsExcludedWithTheSymbolsReason()
        {
            // seed/children-in-need/b1_children_in_need_2013_to_2025.csv line 455: Isles of Scilly 2023 is c.
            Assert.Equal("c", SeedRows.Single(B1, ("time_period", "2023"), ("new_la_code", "E06000053"))["At31_episodes"]);

            var ranking = await client.GetJsonAsync("/api/v1/indicators/children-in-need/rankings?year=2023");

            var scilly = ranking.GetProperty("excluded").EnumerateArray().Single(e => e.GetProperty("authority").GetProperty("code").GetString() == "E06000053");
            Assert.Equal("suppressed", scilly.GetProperty("status").GetString());
            Assert.StartsWith("Suppressed", scilly.GetProperty("reason").GetProperty("text").GetString(), StringComparison.Ordinal);
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetChange(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task CreatedAuthority_ItsMissingStartSaysWhenItWasCreated()
        {
            var change = await client.GetJsonAsync("/api/v1/indicators/children-in-need/change?from=2019&to=2025&authority=E06000063");

            var start = change.GetProperty("items").EnumerateArray().Single().GetProperty("start");
            Assert.Equal("missing", start.GetProperty("status").GetString());
            Assert.Equal("Cumberland did not exist on 31 March 2019, the end of this period: it was created on 1 April 2023.",
                start.GetProperty("reason").GetProperty("text").GetString());
        }
    }
}
