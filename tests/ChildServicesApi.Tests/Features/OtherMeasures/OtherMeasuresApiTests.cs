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
    private const string FirstEntrants = "/api/v1/other-measures/youth-justice-first-time-entrants-rate";

    /// <summary>DfE codes of the authorities abolished or created in 2019 (Dorset, Bournemouth and Poole), 2021 (Northamptonshire) and 2023 (Cumbria).</summary>
    private static readonly string[] Reorganised = ["835", "836", "837", "838", "839", "928", "940", "941", "909", "942", "943"];

    /// <summary>Every row of a measure in the two LAIT files, with its file.</summary>
    private static List<(string File, CsvRecord Row)> Cells(string code) =>
        [.. new[] { Latest, Earlier }.SelectMany(f => SeedRows.Where(f, ("Short Desc", code)).Select(r => (f, r)))];

    /// <summary>LAIT's area numbers for England (970) and the regions and London's halves (980 to 990).</summary>
    private static bool IsRegionOrEngland(string laCode) => string.CompareOrdinal(laCode, "970") >= 0;

    /// <summary>
    /// Each figure served is its LAIT cell: the file, line, year and cell as written, the number at the measure's
    /// decimals (a dash as not-available), and the area (England, a region, or the authority of the cell's DfE code, or
    /// <paramref name="filedOn"/>'s for a cell LAIT files under another code). A number served as not-available must give
    /// the reason it is not a figure. Returns the cells not served, and those numbers.
    /// </summary>
    private static (List<CsvRecord> Left, List<CsvRecord> NotFigures) AssertFiguresAreTheirCells(List<JsonElement> figures, string code, int decimals, Func<CsvRecord, string>? filedOn = null)
    {
        var cells = Cells(code).ToDictionary(c => (c.File, c.Row.Line));
        var notFigures = new List<CsvRecord>();
        foreach (var figure in figures)
        {
            var source = figure.GetProperty("source");
            var (_, row) = cells[(source.GetProperty("file").GetString()!, source.GetProperty("line").GetInt32())];
            var cell = row["Values"];
            var geography = figure.GetProperty("geography");

            Assert.Equal((cell, int.Parse(row["Years"], CultureInfo.InvariantCulture)), (source.GetProperty("cell").GetString(), figure.GetProperty("year").GetInt32()));
            Assert.Equal(IsRegionOrEngland(row["LA Number"]) ? (row["LA Number"] == "970" ? "national" : "region or subregion", (string?)null) : ("authority", filedOn?.Invoke(row) ?? row["LA Number"]),
                (geography.GetProperty("level").GetString() is "region" or "subregion" ? "region or subregion" : geography.GetProperty("level").GetString(), geography.GetProperty("laCode").GetString()));
            if (figure.GetProperty("status").GetString() == "published")
            {
                Assert.Equal(Math.Round(double.Parse(cell, CultureInfo.InvariantCulture), decimals), figure.GetProperty("value").GetDouble());
                continue;
            }
            Assert.Equal((JsonValueKind.Null, "not-available"), (figure.GetProperty("value").ValueKind, figure.GetProperty("status").GetString()));
            var reason = figure.GetProperty("reason").GetProperty("text").GetString()!;
            if (cell == "-")
            {
                Assert.StartsWith("No figure: LAIT marks a missing figure with '-'", reason, StringComparison.Ordinal);
            }
            else
            {
                Assert.StartsWith("Not ", reason, StringComparison.Ordinal);
                notFigures.Add(row);
            }
        }
        var served = figures.Select(f => (f.GetProperty("source").GetProperty("file").GetString()!, f.GetProperty("source").GetProperty("line").GetInt32())).ToHashSet();
        Assert.Equal(figures.Count, served.Count);
        return ([.. cells.Where(c => !served.Contains(c.Key)).Select(c => c.Value.Row)], notFigures);
    }

    /// <summary>Every page of a list (pages of 1,000 until the total is reached; at most 20).</summary>
    private static async Task<List<JsonElement>> AllPagesAsync(HttpClient client, string url)
    {
        var items = new List<JsonElement>();
        for (var page = 1; page <= 20; page++)
        {
            var answer = await client.GetJsonAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}pageSize=1000&page={page}");
            items.AddRange(answer.Items());
            if (items.Count >= answer.TotalItems())
            {
                return items;
            }
        }
        throw new InvalidOperationException($"{url} has more than 20 pages of 1,000");
    }

    [Collection(SeededApi.Features)]
    public sealed class Catalogue(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task Catalogue_IsTheTwoMeasures_InDictionaryOrder()
        {
            var measures = (await client.GetJsonAsync("/api/v1/other-measures")).Items().ToList();
            var lines = measures.Select(m => SeedRows.Single(Dictionary, ("Measure_short", m.GetProperty("source").GetProperty("laitCode").GetString()!)).Line).ToList();

            Assert.Equal(["looked-after-sdq-score", "youth-justice-first-time-entrants-rate"], measures.Select(m => m.GetProperty("id").GetString()));
            Assert.Equal(lines.Order(), lines);
        }

        [Fact]
        public async Task SdqScore_IsDescribedAndCitedFromTheDictionary()
        {
            var measure = await client.GetJsonAsync(Sdq);
            var entry = SeedRows.Single(Dictionary, ("Measure_short", "Emotional_LAC"));
            var source = measure.GetProperty("source");

            Assert.Equal(("looked-after-sdq-score", "Emotional_LAC", "Year to 31 March 2025"),
                (measure.GetProperty("id").GetString(), source.GetProperty("laitCode").GetString(), measure.GetProperty("latest").GetString()));
            Assert.Equal(("Score", "Financial Year", "NA"), (entry["y_axis_name"], entry["Year_Type"], entry["dps"]));
            Assert.Equal(("average SDQ score (each child's score runs from 0 to 40)", "lower", "Low"), (measure.GetProperty("unitDescription").GetString(), measure.GetProperty("betterWhen").GetString(), entry["Polarity"]));
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
            var most = Cells("Emotional_LAC").Where(c => c.Row["Values"] != "-")
                .Max(c => double.Parse(c.Row["Values"], CultureInfo.InvariantCulture).ToString("0.########", CultureInfo.InvariantCulture) is var shortest
                    && shortest.Contains('.', StringComparison.Ordinal) ? shortest.Length - shortest.IndexOf('.', StringComparison.Ordinal) - 1 : 0);

            Assert.Equal(1, most);
            Assert.Equal(most, measure.GetProperty("decimals").GetInt32());
        }

        [Fact]
        public async Task FirstTimeEntrants_AreACalendarYearRate_CitingTheYouthJusticeStatistics()
        {
            var measure = await client.GetJsonAsync(FirstEntrants);
            var entry = SeedRows.Single(Dictionary, ("Measure_short", "FirstYJS"));
            var source = measure.GetProperty("source");

            Assert.Equal(("Rate per 100,000 of 10-17 population", "Calendar Year", "Youth Offending"), (entry["y_axis_name"], entry["Year_Type"], entry["Topic"]));
            Assert.Contains("Year Ending December", entry["Description"], StringComparison.Ordinal);
            Assert.Equal(("first time entrants per 100,000 children aged 10 to 17", "lower", "Low"), (measure.GetProperty("unitDescription").GetString(), measure.GetProperty("betterWhen").GetString(), entry["Polarity"]));
            Assert.Equal(("The calendar year, 1 January to 31 December.", "Calendar year 2024", 0), (measure.GetProperty("periodDescription").GetString(), measure.GetProperty("latest").GetString(), measure.GetProperty("decimals").GetInt32()));
            Assert.Equal((entry["Hyperlink(s)"], "Youth justice statistics", "Youth Justice Board for England and Wales and Ministry of Justice", "Youth Offending"),
                (source.GetProperty("url").GetString(), source.GetProperty("publication").GetString(), source.GetProperty("publisher").GetString(), source.GetProperty("laitTopic").GetString()));
            Assert.Equal(Enumerable.Range(2015, 10), measure.GetProperty("yearsAvailable").EnumerateArray().Select(y => y.GetInt32()));
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

            Assert.StartsWith("id,title,unitDescription,betterWhen,decimals,periodDescription,", lines[0], StringComparison.Ordinal);
            Assert.Single(lines, l => l.StartsWith("looked-after-sdq-score,", StringComparison.Ordinal));
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class Values(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        /// <summary>
        /// Every SDQ figure served is its LAIT cell, and every number in the files is published but LAIT's four 0s (an
        /// average of 0 would need every child to score 0): Sunderland's and Kingston upon Thames's, authorities that
        /// looked after 570 and 115 children (the SFR files), and the City of London's, between dashes. The only dashes left
        /// out are the grid's placeholders for the authorities reorganised in 2019, 2021 and 2023 in years they did not exist.
        /// </summary>
        [Fact]
        public async Task EverySdqFigure_IsItsLaitCell_AndEveryNumberButTheZerosIsPublished()
        {
            var figures = await AllPagesAsync(client, $"{Sdq}/values");
            var (left, notFigures) = AssertFiguresAreTheirCells(figures, "Emotional_LAC", 1);
            var city = Cells("Emotional_LAC").Where(c => c.Row["LA Number"] == "201").ToDictionary(c => c.Row["Years"], c => c.Row["Values"]);

            Assert.Equal(["201 2022 0", "201 2024 0", "314 2017 0", "394 2015 0"], notFigures.Select(r => $"{r["LA Number"]} {r["Years"]} {r["Values"]}").Order(StringComparer.Ordinal));
            Assert.Equal("570", SeedRows.Single("children-looked-after/sfr/SFR34_CLA2015.csv", ("geog_c", "394"))["CLA_Mar2015"]);
            Assert.Equal("115", SeedRows.Single("children-looked-after/sfr/SFR50_CLA2017.csv", ("geog_c", "314"))["CLA_Mar2017"]);
            Assert.Equal(("-", "-", "-"), (city["2021"], city["2023"], city["2025"]));
            Assert.Equal(Cells("Emotional_LAC").Count(c => c.Row["Values"] != "-") - 4, figures.Count(f => f.GetProperty("status").GetString() == "published"));
            Assert.All(left, r => Assert.Equal("-", r["Values"]));
            Assert.All(left, r => Assert.Contains(r["LA Number"], Reorganised));
        }

        /// <summary>The notes give the cells that are not figures with the numbers the files show.</summary>
        [Fact]
        public async Task Notes_SayWhatIsNotAFigure_WithTheFilesNumbers()
        {
            var sdq = Assert.Single((await client.GetJsonAsync(Sdq)).GetProperty("notes").EnumerateArray()).GetString()!;
            var entrants = (await client.GetJsonAsync(FirstEntrants)).GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
            string Cell(string area, string year) => SeedRows.Single(Latest, ("Short Desc", "FirstYJS"), ("Years", year), ("LA Number", area))["Values"];
            static string Thousands(string number) => int.Parse(number, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);

            Assert.Contains($"looked after {SeedRows.Single("children-looked-after/sfr/SFR34_CLA2015.csv", ("geog_c", "394"))["CLA_Mar2015"]} and {SeedRows.Single("children-looked-after/sfr/SFR50_CLA2017.csv", ("geog_c", "314"))["CLA_Mar2017"]} children", sdq, StringComparison.Ordinal);
            Assert.Equal(3, entrants.Count);
            Assert.Contains($"2016: {Thousands(Cell("970", "2016"))} against", entrants[0], StringComparison.Ordinal);
            Assert.Contains($"({Cell("940", "2021")} and {Cell("941", "2021")}, against {Cell("940", "2022")} and {Cell("941", "2022")} in 2022)", entrants[1], StringComparison.Ordinal);
            Assert.Contains($"Northamptonshire's {Cell("928", "2021")} in 2021 ({Cell("928", "2020")} in 2020) and Cumbria's {Cell("909", "2023")} in 2023 ({Cell("909", "2022")} in 2022)", entrants[1], StringComparison.Ordinal);
        }

        [Fact]
        public async Task EveryFirstTimeEntrantsFigure_IsItsLaitCell_AndWhatIsNotAFigureSaysWhy()
        {
            var figures = await AllPagesAsync(client, $"{FirstEntrants}/values");
            var (left, notFigures) = AssertFiguresAreTheirCells(figures, "FirstYJS", 0, r => r["LA Number"] == "835" && string.CompareOrdinal(r["Years"], "2019") >= 0 ? "838" : r["LA Number"]);
            var cells = Cells("FirstYJS").Select(c => c.Row).ToList();
            var numbersLeft = left.Where(r => r["Values"] != "-").ToList();

            Assert.Equal(cells.Count(r => r["Values"] != "-") - numbersLeft.Count - notFigures.Count, figures.Count(f => f.GetProperty("status").GetString() == "published"));
            Assert.Equal(Enumerable.Range(2016, 9).Select(y => $"970 {y}").Concat(["940 2021", "941 2021"]).Order(StringComparer.Ordinal),
                notFigures.Select(r => $"{r["LA Number"]} {r["Years"]}").Order(StringComparer.Ordinal));
            // Abolished before 31 December of the year, so on no authority: Northamptonshire in 2021, Cumbria in 2023.
            Assert.Equal(["909 2023", "928 2021"], numbersLeft.Select(r => $"{r["LA Number"]} {r["Years"]}").Order(StringComparer.Ordinal));
            foreach (var england in notFigures.Where(r => r["LA Number"] == "970"))
            {
                var regions = cells.Where(r => r["Years"] == england["Years"] && r["Region"] == "NA" && r["LA Number"] is not ("970" or "987" or "988")).ToList();
                Assert.Equal(9, regions.Count);
                Assert.InRange(double.Parse(england["Values"], CultureInfo.InvariantCulture) - regions.Sum(r => double.Parse(r["Values"], CultureInfo.InvariantCulture)), -5, 5);
            }
            Assert.All(left.Where(r => r["Values"] == "-"), r => Assert.Contains(r["LA Number"], Reorganised));
            Assert.Equal([(2015, (double?)407), (2016, null)], (await client.GetJsonAsync($"{FirstEntrants}/values?level=national&to=2016")).Items()
                .Select(f => (f.GetProperty("year").GetInt32(), f.GetProperty("value").ValueKind == JsonValueKind.Null ? null : (double?)f.GetProperty("value").GetDouble())));
        }

        /// <summary>2019 is on the authorities created on 1 April 2019: LAIT's Dorset county (835) cell is the council's, Bournemouth, Christchurch and Poole has a whole year's figure.</summary>
        [Fact]
        public async Task FirstTimeEntrants2019_AreOnTheAuthoritiesOf31December()
        {
            var dorset = (await client.GetJsonAsync($"{FirstEntrants}/values?authority=838&year=2019")).Items().Single();
            var bcp = (await client.GetJsonAsync($"{FirstEntrants}/values?authority=839&year=2019")).Items().Single();
            var cell = SeedRows.Single(Latest, ("Short Desc", "FirstYJS"), ("Years", "2019"), ("LA Number", "835"));

            Assert.Equal((cell.Line, 239.0), (dorset.GetProperty("source").GetProperty("line").GetInt32(), dorset.GetProperty("value").GetDouble()));
            Assert.Equal(("Calendar year 2019", "2019-01-01", "2019-12-31"), (dorset.GetProperty("period").GetString(), dorset.GetProperty("periodStart").GetString(), dorset.GetProperty("periodEnd").GetString()));
            Assert.Equal(double.Parse(SeedRows.Single(Latest, ("Short Desc", "FirstYJS"), ("Years", "2019"), ("LA Number", "839"))["Values"], CultureInfo.InvariantCulture), bcp.GetProperty("value").GetDouble());
            Assert.Empty((await client.GetJsonAsync($"{FirstEntrants}/values?authority=835&from=2019")).Items());
        }

        /// <summary>No figure for a year an authority had only part of: its successors' 2021 cells are not-available with the reason; Cumbria's successors' 2023 dashes are LAIT's.</summary>
        [Fact]
        public async Task FirstTimeEntrants_InAReorganisationYear_HaveNoPartYearFigure()
        {
            var northamptonshire = (await client.GetJsonAsync($"{FirstEntrants}/values?authority=928&authority=940&authority=941&year=2021")).Items().ToList();
            var cumbria = (await client.GetJsonAsync($"{FirstEntrants}/values?authority=909&authority=942&authority=943&year=2023")).Items().ToList();

            Assert.Equal([("940", "123"), ("941", "130")], northamptonshire.Select(f => (f.GetProperty("geography").GetProperty("laCode").GetString(), f.GetProperty("source").GetProperty("cell").GetString())).Order());
            Assert.All(northamptonshire, f => Assert.StartsWith("Not the year's rate", f.GetProperty("reason").GetProperty("text").GetString(), StringComparison.Ordinal));
            Assert.All(northamptonshire, f => Assert.Equal(JsonValueKind.Null, f.GetProperty("value").ValueKind));
            Assert.Equal([("942", "-"), ("943", "-")],
                cumbria.Select(f => (f.GetProperty("geography").GetProperty("laCode").GetString(), f.GetProperty("source").GetProperty("cell").GetString())).Order());
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
        public async Task Authority_HasEachMeasureInCatalogueOrder_ThenByYear_AsTheValuesGiveThem()
        {
            var mine = (await client.GetJsonAsync("/api/v1/authorities/barnet/other-measures?from=2020")).Items().ToList();
            var sdq = (await client.GetJsonAsync($"{Sdq}/values?authority=barnet&from=2020")).Items();
            var entrants = (await client.GetJsonAsync($"{FirstEntrants}/values?authority=barnet&from=2020")).Items();

            Assert.Equal(Enumerable.Range(2020, 6).Concat(Enumerable.Range(2020, 5)), mine.Select(f => f.GetProperty("year").GetInt32()));
            Assert.Equal(sdq.Concat(entrants).Select(v => v.GetRawText()), mine.Select(f => f.GetRawText()));
        }

        /// <summary>First time entrants end in 2024, the SDQ scores in 2025: a year after either measure's latest is warned of for that measure.</summary>
        [Fact]
        public async Task YearAfterAMeasuresLatest_IsWarnedOfForThatMeasure()
        {
            var page = await client.GetJsonAsync("/api/v1/authorities/barnet/other-measures?year=2025");
            var warning = Assert.Single(page.GetProperty("warnings").EnumerateArray());

            Assert.Equal("looked-after-sdq-score", Assert.Single(page.Items()).GetProperty("measure").GetString());
            Assert.Equal(("after-latest-period", "year"), (warning.GetProperty("code").GetString(), warning.GetProperty("parameter").GetString()));
            Assert.Contains("youth-justice-first-time-entrants-rate: Calendar year 2024 (2024)", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        /// <summary>England's own rows of both measures, one per cell LAIT gives England (its sums of regional rates as not-available).</summary>
        [Fact]
        public async Task England_GivesItsOwnFigures()
        {
            var england = (await client.GetJsonAsync("/api/v1/authorities/england/other-measures")).Items().ToList();

            Assert.Equal(Cells("Emotional_LAC").Concat(Cells("FirstYJS")).Count(c => c.Row["LA Number"] == "970"), england.Count);
            Assert.All(england, f => Assert.Equal("national", f.GetProperty("geography").GetProperty("level").GetString()));
        }

        [Fact]
        public async Task FromAfterTo_Returns400NamingIt() =>
            await client.GetProblemAsync("/api/v1/authorities/barnet/other-measures?from=2024&to=2020", HttpStatusCode.BadRequest, "from");

        [Fact]
        public async Task UnknownAuthority_Returns404NamingIt() =>
            await client.GetProblemAsync("/api/v1/authorities/gotham/other-measures", HttpStatusCode.NotFound, "id");
    }
}
