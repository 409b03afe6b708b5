using System.Globalization;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Authorities;

/// <summary>
/// Buckinghamshire (825), North Yorkshire (815) and Somerset (933) were recoded without a change of area. Their figures
/// are filed under the old code in some files and the new one in others; every id of the authority gives the whole series,
/// and no list shows the authority twice for one year.
/// </summary>
[Collection(SeededApi.Features)]
public sealed class RecodedAuthorityFiguresTests(ApiFactory factory)
{
    private const string Cla2025 = "children-looked-after/cla_number_and_rate_per_10k_children.csv";
    private const string Cla2023 = "children-looked-after/release-2023/cla_number_and_rate_per_10k_children.csv";
    private const string AtMarch = "Children looked after at 31 March each year";
    private const string OnMarch = "Children looked after on 31 March each year";

    private readonly HttpClient client = factory.CreateClient();

    /// <summary>The rows of a looked-after file for one authority's DfE code and one population type, by year, with their lines.</summary>
    private static Dictionary<int, (string Code, double Count, int Line)> LookedAfter(string file, string laCode, string populationType, string typeColumn, string countColumn)
    {
        var csv = SeedRows.Open(file);
        return csv.Records
            .Where(r => r["geographic_level"] == "Local authority" && r["old_la_code"] == laCode && r[typeColumn] == populationType)
            .ToDictionary(r => int.Parse(r["time_period"], CultureInfo.InvariantCulture),
                r => (r["new_la_code"], double.Parse(r[countColumn], CultureInfo.InvariantCulture), r.Line));
    }

    [Theory]
    [InlineData("815", "E10000023", "E06000065")]
    [InlineData("933", "E10000027", "E06000066")]
    public async Task AnyIdOfTheAuthority_GivesTheWholeLookedAfterSeries_FromTheLatestReleaseWhereTheyOverlap(string laCode, string former, string current)
    {
        // The 2023 release files the authority under its county code for 2019-2023 (its type column is headed
        // population_count); the 2025 release under the unitary code for 2021-2025 (back-dated). The series is 2019-2025 once each; 2021-2023 come from the 2025 release.
        // 2010-2018 join it from the SFR files and LAIT, by the DfE code (ChildrenLookedAfterHistoryTests checks those).
        var release2023 = LookedAfter(Cla2023, laCode, AtMarch, "population_count", "number");
        var release2025 = LookedAfter(Cla2025, laCode, OnMarch, "population_type", "children_count");
        Assert.All(release2023.Values, r => Assert.Equal(former, r.Code));
        Assert.All(release2025.Values, r => Assert.Equal(current, r.Code));

        foreach (var id in new[] { laCode, former, current })
        {
            var series = await client.GetJsonAsync($"/api/v1/authorities/{id}/indicators/children-looked-after");
            var points = series.GetProperty("points").EnumerateArray().ToList();

            Assert.Equal(Enumerable.Range(2010, 16), points.Select(p => p.GetProperty("year").GetInt32()));
            foreach (var point in points.Where(p => p.GetProperty("year").GetInt32() >= 2019))
            {
                var year = point.GetProperty("year").GetInt32();
                var expected = release2025.TryGetValue(year, out var latest) ? latest : release2023[year];
                Assert.Equal(expected.Count, point.GetProperty("value").GetDouble());
                Assert.Equal(release2025.ContainsKey(year) ? "2025" : "2023", point.GetProperty("release").GetString());
            }
        }
    }

    [Theory]
    [InlineData("825", "buckinghamshire-until-2020")]
    [InlineData("815", "north-yorkshire-until-2023")]
    public async Task ChildrenInNeed_IsOneSeriesFrom2013_UnderEitherCode(string laCode, string formerSlug)
    {
        // seed/children-in-need/b1_children_in_need_2013_to_2025.csv: one row per year for the authority, under the code it had.
        var csv = SeedRows.Open("children-in-need/b1_children_in_need_2013_to_2025.csv");
        var rows = csv.Records.Where(r => r["geographic_level"] == "Local authority" && r["old_la_code"] == laCode).ToList();
        Assert.Equal(2, rows.Select(r => r["new_la_code"]).Distinct().Count());

        var points = (await client.GetJsonAsync($"/api/v1/authorities/{formerSlug}/indicators/children-in-need")).GetProperty("points").EnumerateArray().ToList();

        Assert.Equal(rows.Select(r => int.Parse(r["time_period"], CultureInfo.InvariantCulture)).Order(), points.Select(p => p.GetProperty("year").GetInt32()));
        foreach (var row in rows)
        {
            var point = points.Single(p => p.GetProperty("year").GetInt32() == int.Parse(row["time_period"], CultureInfo.InvariantCulture));
            Assert.Equal(double.Parse(row["At31_episodes"], CultureInfo.InvariantCulture), point.GetProperty("value").GetDouble()); // line row.Line
        }
    }

    [Theory]
    [InlineData("children-looked-after")]
    [InlineData("children-looked-after-rate")]
    [InlineData("children-starting-to-be-looked-after")]
    [InlineData("children-starting-to-be-looked-after-rate")]
    [InlineData("children-ceasing-to-be-looked-after")]
    [InlineData("children-ceasing-to-be-looked-after-rate")]
    public async Task EveryYear_ListsEachAuthorityOnce(string indicatorId)
    {
        for (var year = 2019; year <= 2025; year++)
        {
            var page = await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}/values?year={year}&level=authority&pageSize=1000");
            var codes = page.Items().Select(i => i.GetProperty("geography").GetProperty("laCode").GetString()).ToList();

            Assert.Equal(codes.Count, codes.Distinct().Count());
        }
    }

    [Fact]
    public async Task AuthoritiesOf2022_SumToEngland()
    {
        // 2025 release (seed/children-looked-after/cla_number_and_rate_per_10k_children.csv): England on 31 March 2022 is
        // 82,090 (rounded to the nearest 10); the authorities' exact counts must sum to it within that rounding. Before the
        // recoded authorities were joined, North Yorkshire and Somerset were counted twice (83,066).
        var csv = SeedRows.Open(Cla2025);
        var england = csv.Records.Single(r => r["geographic_level"] == "National" && r["time_period"] == "2022" && r["population_type"] == OnMarch);

        var page = await client.GetJsonAsync("/api/v1/indicators/children-looked-after/values?year=2022&level=authority&pageSize=1000");
        var sum = page.Items().Where(i => i.GetProperty("status").GetString() == "published").Sum(i => i.GetProperty("value").GetDouble());

        Assert.InRange(sum, double.Parse(england["children_count"], CultureInfo.InvariantCulture) - 5, double.Parse(england["children_count"], CultureInfo.InvariantCulture) + 5);
    }
}
