using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.OtherMeasures;

public sealed partial class OtherMeasuresApiTests
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Words();

    private const string Dictionary = "lait/lait_data_dictionary.csv";
    private const string Latest = "lait/lait_bds_long_csc_topics_2026-04-08.csv";
    private const string Earlier = "lait/lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv";
    private const string Sdq = "/api/v1/other-measures/looked-after-sdq-score";

    /// <summary>DfE codes of the authorities abolished or created in 2019 (Dorset, Bournemouth and Poole), 2021 (Northamptonshire) and 2023 (Cumbria).</summary>
    private static readonly string[] Reorganised = ["835", "836", "837", "838", "839", "928", "940", "941", "909", "942", "943"];

    /// <summary>Every Emotional_LAC row of the two LAIT files, with its file.</summary>
    private static List<(string File, CsvRecord Row)> SdqCells() =>
        [.. new[] { Latest, Earlier }.SelectMany(f => SeedRows.Where(f, ("Short Desc", "Emotional_LAC")).Select(r => (f, r)))];

    /// <summary>Every page of a list, followed by its next links' page numbers.</summary>
    private static async Task<List<JsonElement>> AllPagesAsync(HttpClient client, string url)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var answer = await client.GetJsonAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}pageSize=1000&page={page}");
            items.AddRange(answer.Items());
            if (items.Count >= answer.TotalItems())
            {
                return items;
            }
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class Catalogue(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task SdqScore_IsDescribedAndCitedFromTheDictionary()
        {
            var measure = Assert.Single((await client.GetJsonAsync("/api/v1/other-measures")).Items());
            var entry = SeedRows.Single(Dictionary, ("Measure_short", "Emotional_LAC"));
            var source = measure.GetProperty("source");

            Assert.Equal(("looked-after-sdq-score", "Emotional_LAC", "Year to 31 March 2025"),
                (measure.GetProperty("id").GetString(), source.GetProperty("laitCode").GetString(), measure.GetProperty("latest").GetString()));
            Assert.Equal(("Score", "Financial Year", "NA"), (entry["y_axis_name"], entry["Year_Type"], entry["dps"]));
            Assert.StartsWith("average SDQ score, 0 to 40", measure.GetProperty("unit").GetString(), StringComparison.Ordinal);
            Assert.Equal((entry["Measure"], entry["Topic"], entry["Hyperlink(s)"], $"{Dictionary}, line {entry.Line}"),
                (source.GetProperty("laitName").GetString(), source.GetProperty("laitTopic").GetString(), source.GetProperty("url").GetString(), source.GetProperty("dictionary").GetString()));
            Assert.Equal(("Department for Education", "Children looked after in England including adoptions", "Local authority interactive tool (LAIT)", "Open Government Licence v3.0"),
                (source.GetProperty("publisher").GetString(), source.GetProperty("publication").GetString(), source.GetProperty("compiledBy").GetString(), source.GetProperty("licence").GetString()));
            Assert.Equal(Words().Replace(entry["Description"], " ").Trim(), Words().Replace(measure.GetProperty("definition").GetString()!, " ").Trim());
            Assert.Equal(Words().Replace(entry["Methodology"], " ").Trim(), Words().Replace(measure.GetProperty("methodology").GetString()!, " ").Trim());
            Assert.Contains("A score of 0 to 13 is considered normal, 14 to 16 is borderline, and 17 to 40 is a cause for concern", measure.GetProperty("methodology").GetString(), StringComparison.Ordinal);
        }

        /// <summary>The dictionary's dps is NA: the decimals are the most any cell has once LAIT's float artefacts go (14.700000000000001 is 14.7).</summary>
        [Fact]
        public async Task Decimals_AreTheMostAnyCellHas()
        {
            var measure = await client.GetJsonAsync(Sdq);
            var most = SdqCells().Where(c => c.Row["Values"] != "-")
                .Max(c => double.Parse(c.Row["Values"], CultureInfo.InvariantCulture).ToString("0.########", CultureInfo.InvariantCulture) is var shortest
                    && shortest.Contains('.', StringComparison.Ordinal) ? shortest.Length - shortest.IndexOf('.', StringComparison.Ordinal) - 1 : 0);

            Assert.Equal(1, most);
            Assert.Equal(most, measure.GetProperty("decimals").GetInt32());
        }

        [Fact]
        public async Task Coverage_CountsTheAuthoritiesWithAFigureEachYear()
        {
            var measure = await client.GetJsonAsync(Sdq);
            var year = measure.GetProperty("coverage").EnumerateArray().Single(c => c.GetProperty("year").GetInt32() == 2025);
            var numbers = SeedRows.Where(Latest, ("Short Desc", "Emotional_LAC"), ("Years", "2025"))
                .Count(r => r["Values"] != "-" && r["LA Number"] is var code && code != "970" && !(code.Length == 3 && code[0] == '9' && code[1] >= '8'));

            Assert.Equal(Enumerable.Range(2015, 11), measure.GetProperty("yearsAvailable").EnumerateArray().Select(y => y.GetInt32()));
            Assert.Equal(("Year to 31 March 2025", numbers, 153), (year.GetProperty("period").GetString(), year.GetProperty("published").GetInt32(),
                year.GetProperty("published").GetInt32() + year.GetProperty("notAvailable").GetInt32()));
        }

        [Fact]
        public async Task UnknownId_Returns404ProblemWithCloseIds()
        {
            var problem = await client.GetProblemAsync("/api/v1/other-measures/sdq-score", HttpStatusCode.NotFound, "measureId");

            Assert.Contains("looked-after-sdq-score", problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        }

        [Fact]
        public async Task Csv_HasOneRowPerMeasure()
        {
            var lines = (await client.GetStringAsync("/api/v1/other-measures?format=csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

            Assert.StartsWith("id,title,unit,decimals,period,", lines[0], StringComparison.Ordinal);
            Assert.Single(lines, l => l.StartsWith("looked-after-sdq-score,", StringComparison.Ordinal));
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class Values(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        /// <summary>
        /// Every figure served is its LAIT cell (file, line, cell as written, the number at one decimal, a dash as
        /// not-available), every number in the files is served, and the only dashes left out are the grid's placeholders for
        /// the authorities reorganised in 2019, 2021 and 2023 in years they did not exist.
        /// </summary>
        [Fact]
        public async Task EveryFigure_IsItsLaitCell_AndEveryNumberIsServed()
        {
            var figures = await AllPagesAsync(client, $"{Sdq}/values");
            var cells = SdqCells().ToDictionary(c => (c.File, c.Row.Line));

            foreach (var figure in figures)
            {
                var source = figure.GetProperty("source");
                var (_, row) = cells[(source.GetProperty("file").GetString()!, source.GetProperty("line").GetInt32())];
                var cell = row["Values"];

                Assert.Equal((cell, int.Parse(row["Years"], CultureInfo.InvariantCulture)), (source.GetProperty("cell").GetString(), figure.GetProperty("year").GetInt32()));
                var geography = figure.GetProperty("geography");
                // LAIT numbers England 970 and the regions and London's halves 980 to 990; every other area is an authority by its DfE code.
                Assert.Equal(string.CompareOrdinal(row["LA Number"], "970") >= 0 ? (row["LA Number"] == "970" ? "national" : "region or subregion", (string?)null) : ("authority", row["LA Number"]),
                    (geography.GetProperty("level").GetString() is "region" or "subregion" ? "region or subregion" : geography.GetProperty("level").GetString(), geography.GetProperty("laCode").GetString()));
                if (cell == "-")
                {
                    Assert.Equal((JsonValueKind.Null, "not-available"), (figure.GetProperty("value").ValueKind, figure.GetProperty("status").GetString()));
                }
                else
                {
                    Assert.Equal((Math.Round(double.Parse(cell, CultureInfo.InvariantCulture), 1), "published"), (figure.GetProperty("value").GetDouble(), figure.GetProperty("status").GetString()));
                }
            }
            var served = figures.Select(f => (f.GetProperty("source").GetProperty("file").GetString()!, f.GetProperty("source").GetProperty("line").GetInt32())).ToHashSet();
            var left = cells.Where(c => !served.Contains(c.Key)).Select(c => c.Value.Row).ToList();
            Assert.Equal(figures.Count, served.Count);
            Assert.Equal(1784, figures.Count(f => f.GetProperty("status").GetString() == "published"));
            Assert.Equal(cells.Values.Count(c => c.Row["Values"] != "-"), figures.Count(f => f.GetProperty("status").GetString() == "published"));
            Assert.All(left, r => Assert.Equal("-", r["Values"]));
            Assert.All(left, r => Assert.Contains(r["LA Number"], Reorganised));
        }

        [Fact]
        public async Task Figure_GivesItsPeriodInWordsAndDates()
        {
            // lait_bds_long_csc_topics_2026-04-08.csv: Emotional_LAC, 2016, Cambridgeshire (873): "14.700000000000001".
            var row = SeedRows.Single(Latest, ("Short Desc", "Emotional_LAC"), ("Years", "2016"), ("LA Number", "873"));
            var figure = (await client.GetJsonAsync($"{Sdq}/values?authority=cambridgeshire&year=2016")).Items().Single();

            Assert.Equal("14.700000000000001", row["Values"]);
            Assert.Equal((14.7, "Year to 31 March 2016", "2015-04-01", "2016-03-31", row.Line),
                (figure.GetProperty("value").GetDouble(), figure.GetProperty("period").GetString(), figure.GetProperty("periodStart").GetString(),
                    figure.GetProperty("periodEnd").GetString(), figure.GetProperty("source").GetProperty("line").GetInt32()));
        }

        /// <summary>LAIT files 2019 under the Dorset county abolished on 1 April 2019, 2021 under Northamptonshire and 2023 under Cumbria: the authority on 31 March.</summary>
        [Theory]
        [InlineData("835", "838", 2019)]
        [InlineData("928", "940", 2021)]
        [InlineData("909", "942", 2023)]
        public async Task Figures_AreFiledOnTheAuthorityThatExistedOn31March(string abolished, string successor, int lastYear)
        {
            var before = await AllPagesAsync(client, $"{Sdq}/values?authority={abolished}");
            var after = await AllPagesAsync(client, $"{Sdq}/values?authority={successor}");

            Assert.Equal(lastYear, before.Max(f => f.GetProperty("year").GetInt32()));
            Assert.Equal(lastYear + 1, after.Min(f => f.GetProperty("year").GetInt32()));
            Assert.Equal(SeedRows.Single(lastYear < 2016 ? Earlier : Latest, ("Short Desc", "Emotional_LAC"), ("Years", lastYear.ToString(CultureInfo.InvariantCulture)), ("LA Number", abolished))["Values"],
                before.Single(f => f.GetProperty("year").GetInt32() == lastYear).GetProperty("source").GetProperty("cell").GetString());
        }

        [Fact]
        public async Task SortByValue_RanksAuthorities_MissingLast()
        {
            var figures = await AllPagesAsync(client, $"{Sdq}/values?year=2025&level=authority&sort=value");
            var values = figures.Select(f => f.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : f.GetProperty("value").GetDouble()).ToList();
            var published = values.TakeWhile(v => v is not null).ToList();

            Assert.Equal(153, figures.Count);
            Assert.Equal(published.Order(), published);
            Assert.All(values.Skip(published.Count), v => Assert.Null(v));
        }

        [Fact]
        public async Task England_IsLevelNational()
        {
            var england = Assert.Single((await client.GetJsonAsync($"{Sdq}/values?level=national&year=2025")).Items());
            var row = SeedRows.Single(Latest, ("Short Desc", "Emotional_LAC"), ("Years", "2025"), ("LA Number", "970"));

            Assert.Equal(double.Parse(row["Values"], CultureInfo.InvariantCulture), england.GetProperty("value").GetDouble());
        }

        [Fact]
        public async Task YearAfterTheLatest_Warns()
        {
            var page = await client.GetJsonAsync($"{Sdq}/values?year=2026");
            var warning = Assert.Single(page.GetProperty("warnings").EnumerateArray());

            Assert.Empty(page.Items());
            Assert.Equal(("after-latest-period", "year"), (warning.GetProperty("code").GetString(), warning.GetProperty("parameter").GetString()));
            Assert.Contains("Year to 31 March 2025 (2025)", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("/values?sort=rank", "sort")]
        [InlineData("/values?level=ward", "level")]
        [InlineData("/values?from=2024&to=2020", "from")]
        [InlineData("/values?authority=gotham", "authority")]
        public async Task BadFilter_ReturnsProblemNamingIt(string query, string parameter) =>
            await client.GetProblemAsync(Sdq + query, parameter == "authority" ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest, parameter);

        [Fact]
        public async Task Csv_GivesThePeriodColumns()
        {
            var lines = (await client.GetStringAsync($"{Sdq}/values?authority=barnet&format=csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

            Assert.StartsWith("measure,geographyCode,geographyLaCode,", lines[0], StringComparison.Ordinal);
            Assert.Contains(",period,periodStart,periodEnd,value,status,", lines[0], StringComparison.Ordinal);
            Assert.Equal(1 + 11, lines.Length);
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class ByAuthority(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task Authority_HasEachYearInOrder_AndTheSameFiguresAsTheValues()
        {
            var mine = (await client.GetJsonAsync("/api/v1/authorities/barnet/other-measures?from=2020")).Items().ToList();
            var values = (await client.GetJsonAsync($"{Sdq}/values?authority=barnet&from=2020")).Items().ToList();

            Assert.Equal(Enumerable.Range(2020, 6), mine.Select(f => f.GetProperty("year").GetInt32()));
            Assert.Equal(values.Select(v => v.GetRawText()), mine.Select(f => f.GetRawText()));
        }

        [Fact]
        public async Task England_GivesItsOwnFigures() =>
            Assert.All((await client.GetJsonAsync("/api/v1/authorities/england/other-measures")).Items(),
                f => Assert.Equal("national", f.GetProperty("geography").GetProperty("level").GetString()));

        [Fact]
        public async Task UnknownAuthority_Returns404NamingIt() =>
            await client.GetProblemAsync("/api/v1/authorities/gotham/other-measures", HttpStatusCode.NotFound, "id");
    }
}
