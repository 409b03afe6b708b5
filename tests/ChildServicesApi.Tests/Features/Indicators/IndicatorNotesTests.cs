using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Indicators;

/// <summary>
/// Each indicator's caveats, latest period and next release, checked against the seed files they come from:
/// LAIT's data dictionary (seed/lait/lait_data_dictionary.csv) for quoted notes and update dates, and each
/// publication's own file for the latest year.
/// </summary>
public sealed partial class IndicatorNotesTests
{
    private const string Dictionary = "lait/lait_data_dictionary.csv";

    /// <summary>LAIT's dictionary keeps dates as spreadsheet serial days since 30 December 1899.</summary>
    private static string Month(string serial) =>
        new DateOnly(1899, 12, 30).AddDays(int.Parse(serial, CultureInfo.InvariantCulture)).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static int MaxYear(string path, string column, Func<CsvRecord, bool>? where = null) =>
        SeedRows.Open(path).Records.Where(r => where?.Invoke(r) ?? true).Max(r => int.Parse(r[column][..4], CultureInfo.InvariantCulture));

    [Collection(SeededApi.Features)]
    public sealed class ListIndicators(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task EveryIndicator_HasCaveatsEachWithASource()
        {
            var page = await client.GetJsonAsync("/api/v1/indicators?pageSize=1000");

            Assert.Equal(201, page.TotalItems());
            Assert.All(page.Items(), i =>
            {
                Assert.NotEqual(0, i.GetProperty("caveats").GetArrayLength());
                Assert.All(i.GetProperty("caveats").EnumerateArray(), c =>
                {
                    Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("text").GetString()));
                    Assert.Matches("seed/|shared/data/PROVENANCE.md", c.GetProperty("source").GetString());
                });
            });
        }

        [Fact]
        public async Task CaveatSources_NameSectionsSeedProvenanceHas()
        {
            var page = await client.GetJsonAsync("/api/v1/indicators?pageSize=1000");
            var headings = File.ReadLines(Path.Combine(SeededStore.SeedDirectory, "PROVENANCE.md"))
                .Where(l => l.StartsWith('#')).Select(l => l.TrimStart('#').Trim()).ToHashSet(StringComparer.Ordinal);

            var cited = page.Items().SelectMany(i => i.GetProperty("caveats").EnumerateArray())
                .SelectMany(c => ProvenanceSection().Matches(c.GetProperty("source").GetString()!).Select(m => m.Groups["section"].Value))
                .ToHashSet(StringComparer.Ordinal);

            Assert.True(cited.Count > 5, $"{cited.Count} sections cited");
            Assert.All(cited, section => Assert.Contains(section, headings));
        }

        [Fact]
        public async Task QuotedCaveats_AreInTheDictionaryAtTheLineTheyName()
        {
            var page = await client.GetJsonAsync("/api/v1/indicators?pageSize=1000");
            var dictionary = SeedRows.Open(Dictionary);

            var quoted = page.Items().SelectMany(i => i.GetProperty("caveats").EnumerateArray())
                .Where(c => c.GetProperty("source").GetString()!.StartsWith("LAIT data dictionary", StringComparison.Ordinal)).ToList();

            Assert.Equal(12, quoted.Count);
            Assert.All(quoted, c =>
            {
                var source = DictionarySource().Match(c.GetProperty("source").GetString()!);
                Assert.True(source.Success, c.GetProperty("source").GetString());
                var record = dictionary.Records.Single(r => r.Line == int.Parse(source.Groups["line"].Value, CultureInfo.InvariantCulture));
                Assert.Equal(source.Groups["measure"].Value, record["Measure_short"]);
                var text = Spaces().Replace(record[source.Groups["column"].Value], " ");
                Assert.Contains(c.GetProperty("text").GetString()!.TrimEnd('.'), text, StringComparison.Ordinal);
            });
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetIndicator(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task RoundingCaveat_HoldsForEveryNationalAndRegionalCountInTheFile()
        {
            // seed/children-in-need/b1_children_in_need_2013_to_2025.csv: every National and Regional At31_episodes.
            var counts = SeedRows.Open("children-in-need/b1_children_in_need_2013_to_2025.csv").Records
                .Where(r => r["geographic_level"] is "National" or "Regional")
                .Select(r => double.Parse(r["At31_episodes"], CultureInfo.InvariantCulture)).ToList();
            Assert.NotEmpty(counts);
            Assert.All(counts, c => Assert.Equal(0, c % 10));

            var indicator = await client.GetJsonAsync("/api/v1/indicators/children-in-need");

            Assert.Contains(indicator.GetProperty("caveats").EnumerateArray(), c => c.GetProperty("text").GetString() == "DfE rounds national and regional figures to the nearest 10.");
        }

        [Fact]
        public async Task WorkforceIndicator_CarriesTheReportingGroupCaveatButNotTheRoundingOne()
        {
            // seed/workforce/csww_indicators_2017_to_2025.csv line 2: England 2025 inpost_fte is not a multiple of 10.
            Assert.NotEqual(0, double.Parse(SeedRows.Single("workforce/csww_indicators_2017_to_2025.csv", ("time_period", "2025"), ("geographic_level", "National"))["inpost_fte"], CultureInfo.InvariantCulture) % 10);

            var caveats = (await client.GetJsonAsync("/api/v1/indicators/social-workers-fte")).GetProperty("caveats").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();

            Assert.Contains(caveats, c => c.StartsWith("Kingston upon Thames and Richmond upon Thames report as one unit", StringComparison.Ordinal));
            Assert.DoesNotContain(caveats, c => c.Contains("nearest 10", StringComparison.Ordinal));
        }

        [Theory]
        // Table C4's note on its former GSS codes is about that file (seed/children-in-need/c4_...csv, whose rows carry
        // E08000020 for Gateshead up to 2019): LAIT's rates of the same enquiries and conferences are read from LAIT, by DfE code.
        [InlineData("section-47-enquiries", true)]
        [InlineData("initial-child-protection-conferences", true)]
        [InlineData("section-47-enquiries-rate", false)]
        [InlineData("initial-child-protection-conferences-rate", false)]
        public async Task TableC4Note_IsOnTheFilesIndicatorsOnly(string indicatorId, bool noted)
        {
            Assert.Contains(SeedRows.Open("children-in-need/c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv").Records,
                r => r["new_la_code"] == "E08000020" && r["la_name"] == "Gateshead");

            var caveats = (await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}")).GetProperty("caveats").EnumerateArray().Select(c => c.GetProperty("text").GetString()!);

            Assert.Equal(noted, caveats.Any(c => c.StartsWith("Table C4 gives Gateshead and Northumberland", StringComparison.Ordinal)));
        }

        [Theory]
        // LAIT's child protection counts: England's and the regions' cells are multiples of 10 (DfE's rounding), and
        // they are counts, so the note on percentages printed to one decimal place is not theirs.
        [InlineData("children-on-child-protection-plan-3-months-or-more", "CPP_31March_3MnthorMore")]
        [InlineData("child-protection-plans-ceased-after-2-years-or-more", "CPRDuration")]
        public async Task LaitChildProtectionCount_HasTheNearest10NoteNotThePercentagesOne(string indicatorId, string measure)
        {
            var areas = SeedRows.Where("lait/lait_bds_long_csc_topics_2026-04-08.csv", ("Short Desc", measure))
                .Where(r => string.CompareOrdinal(r["LA Number"], "970") >= 0 && r["Values"] != "-").ToList();
            Assert.NotEmpty(areas);
            Assert.All(areas, r => Assert.Equal(0, double.Parse(r["Values"], CultureInfo.InvariantCulture) % 10));

            var caveats = (await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}")).GetProperty("caveats").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();

            Assert.Contains(caveats, c => c.StartsWith("DfE rounds national and regional figures to the nearest 10", StringComparison.Ordinal));
            Assert.DoesNotContain(caveats, c => c.Contains("percentages", StringComparison.Ordinal));
        }

        [Theory]
        // The latest time_period of each publication's file (and of the CIN rate's LAIT measure).
        [InlineData("children-in-need", "children-in-need/b1_children_in_need_2013_to_2025.csv", "time_period", "31 March {0}")]
        [InlineData("children-looked-after", "children-looked-after/cla_number_and_rate_per_10k_children.csv", "time_period", "31 March {0}")]
        [InlineData("population-0-17", "population/ons_mid-year_population_estimates_2012_to_2024.csv", "time_period", "Mid-{0}")]
        [InlineData("children-in-need-rate", "lait/lait_bds_long_csc_topics_2026-04-08.csv", "Years", "31 March {0}")]
        public async Task LatestPeriod_IsTheLatestYearInTheFile(string indicatorId, string file, string column, string label)
        {
            Func<CsvRecord, bool>? where = file.StartsWith("lait/", StringComparison.Ordinal) ? r => r["Short Desc"] == "CIN" : null;
            var year = MaxYear(file, column, where);

            var latest = (await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}")).GetProperty("latest");

            Assert.Equal((year, string.Format(CultureInfo.InvariantCulture, label, year)), (latest.GetProperty("year").GetInt32(), latest.GetProperty("period").GetString()));
        }

        [Fact]
        public async Task NextRelease_IsTheDictionarysNextUpdateAndHasPassedInDecember2026()
        {
            // seed/lait/lait_data_dictionary.csv: measure CIN's Last Update and Next Update (spreadsheet serial dates).
            var cin = SeedRows.Single(Dictionary, ("Measure_short", "CIN"));
            using var december = FixedClock.Client(factory, new DateOnly(2026, 12, 1));

            var next = (await december.GetJsonAsync("/api/v1/indicators/children-in-need")).GetProperty("nextRelease");

            Assert.Equal((Month(cin["Next Update"]), "passed"), (next.GetProperty("expected").GetString(), next.GetProperty("state").GetString()));
            Assert.Contains($"line {cin.Line}", next.GetProperty("basis").GetString(), StringComparison.Ordinal);
            Assert.Contains("it is not in this data", next.GetProperty("note").GetString(), StringComparison.Ordinal);
        }

        [Theory]
        // CIN's Next Update in seed/lait/lait_data_dictionary.csv is October 2026.
        [InlineData("2026-06-15", "expected", false)]
        [InlineData("2026-10-15", "due-this-month", true)]
        [InlineData("2027-01-02", "passed", true)]
        public async Task NextRelease_StateFollowsTheClock(string today, string state, bool noted)
        {
            Assert.Equal("2026-10", Month(SeedRows.Single(Dictionary, ("Measure_short", "CIN"))["Next Update"]));
            using var client = FixedClock.Client(factory, DateOnly.Parse(today, CultureInfo.InvariantCulture));

            var next = (await client.GetJsonAsync("/api/v1/indicators/children-in-need")).GetProperty("nextRelease");

            Assert.Equal((state, noted), (next.GetProperty("state").GetString(), next.GetProperty("note").ValueKind == JsonValueKind.String));
        }

        [Fact]
        public async Task NextRelease_OfThePopulation_IsUnknownWithTheReason()
        {
            var next = (await client.GetJsonAsync("/api/v1/indicators/population-0-17")).GetProperty("nextRelease");

            Assert.Equal((JsonValueKind.Null, "unknown"), (next.GetProperty("expected").ValueKind, next.GetProperty("state").GetString()));
            Assert.Equal("No file in seed/ records when ONS's mid-year population estimates will next be published.", next.GetProperty("basis").GetString());
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetMeta(ApiFactory factory)
    {
        [Fact]
        public async Task Releases_GiveEachPublicationsLatestPeriodAndNextRelease()
        {
            var b1 = MaxYear("children-in-need/b1_children_in_need_2013_to_2025.csv", "time_period");
            var workforce = MaxYear("workforce/csww_indicators_2017_to_2025.csv", "time_period");
            var nextWorkforce = Month(SeedRows.Single(Dictionary, ("Measure_short", "Work_Force_NoSW"))["Next Update"]);
            using var client = FixedClock.Client(factory, new DateOnly(2026, 12, 1));

            var releases = (await client.GetJsonAsync("/api/v1/meta")).GetProperty("releases").EnumerateArray().ToList();

            var cin = releases.Single(r => r.GetProperty("publication").GetString() == "Characteristics of children in need" && r.GetProperty("latest").GetProperty("release").GetString() == "2025");
            Assert.Equal((b1, $"Year to 31 March {b1}", "passed"),
                (cin.GetProperty("latest").GetProperty("year").GetInt32(), cin.GetProperty("latest").GetProperty("period").GetString(), cin.GetProperty("nextRelease").GetProperty("state").GetString()));
            var csww = releases.Single(r => r.GetProperty("publication").GetString() == "Children's social work workforce" && r.GetProperty("latest").GetProperty("release").GetString() == "2025");
            Assert.Equal((workforce, nextWorkforce, "expected"),
                (csww.GetProperty("latest").GetProperty("year").GetInt32(), csww.GetProperty("nextRelease").GetProperty("expected").GetString(), csww.GetProperty("nextRelease").GetProperty("state").GetString()));
        }
    }

    [GeneratedRegex(@"measure (?<measure>\S+) \(.*\), (?<column>\w+) \(seed/lait/lait_data_dictionary\.csv line (?<line>\d+)\)$")]
    private static partial Regex DictionarySource();

    [GeneratedRegex(@"seed/PROVENANCE\.md, '(?<section>[^']+)'")]
    private static partial Regex ProvenanceSection();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
