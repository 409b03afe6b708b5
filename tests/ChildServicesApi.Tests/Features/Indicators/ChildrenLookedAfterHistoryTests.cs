using System.Globalization;
using System.Text.Json;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Indicators;

/// <summary>
/// Children looked after 2010-2018 on the same indicators as 2019 on: 2010-2017 from each year's SFR underlying data
/// (seed/children-looked-after/sfr/), 2018 and the rate 2015-2018 from LAIT. Each figure is compared with the cell it
/// came from, read from the file here, through an authority's series. The children adopted, in the two parts the
/// ceased tables give them, join LAIT's series of the same two parts (2018 on).
/// </summary>
[Collection(SeededApi.Series)]
public sealed class ChildrenLookedAfterHistoryTests(ApiFactory factory)
{
    private const string Sfr = "children-looked-after/sfr/";
    private const string Lait2026 = "lait/lait_bds_long_csc_topics_2026-04-08.csv";
    private const string Lait2024 = "lait/lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv";

    private const string Unopposed = "children-looked-after-adopted-application-unopposed";
    private const string ConsentDispensed = "children-looked-after-adopted-consent-dispensed-with";

    private readonly HttpClient client = factory.CreateClient();

    private async Task<JsonElement> PointAsync(string authority, string indicatorId, int year)
    {
        var series = await client.GetJsonAsync($"/api/v1/authorities/{authority}/indicators/{indicatorId}");
        return series.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("year").GetInt32() == year);
    }

    private static void AssertFromCell(JsonElement point, string file, CsvRecord row, string column)
    {
        var source = point.GetProperty("source");
        Assert.Equal((file, row.Line, row[column]), (source.GetProperty("file").GetString(), source.GetProperty("line").GetInt32(), source.GetProperty("cell").GetString()));
        Assert.Equal(double.Parse(row[column], CultureInfo.InvariantCulture), point.GetProperty("value").GetDouble());
        Assert.Equal("published", point.GetProperty("status").GetString());
    }

    /// <summary>One authority per table, among them authorities since abolished (Dorset, Poole, Bournemouth, Northamptonshire, Cumbria) or recoded (North Yorkshire, Somerset, Buckinghamshire) and the 2009 Cheshire successors.</summary>
    [Theory]
    [InlineData("SFR27_2010_March.csv", 163, "MarTotal_2010", "896", "children-looked-after", 2010)] // Cheshire West and Chester
    [InlineData("SFR27_2010_Started.csv", 59, "StartTotal_2010", "352", "children-starting-to-be-looked-after", 2010)] // Manchester
    [InlineData("SFR27_2010_Ceased.csv", 74, "CeasedTotal_2010", "383", "children-ceasing-to-be-looked-after", 2010)] // Leeds
    [InlineData("SFR21_CLA.csv", 148, "CLA_Mar2011", "895", "children-looked-after", 2011)] // Cheshire East
    [InlineData("SFE21_ADM.csv", 47, "CLA_started2011", "330", "children-starting-to-be-looked-after", 2011)] // Birmingham
    [InlineData("SFR21_CEA.csv", 139, "CLA_cease", "886", "children-ceasing-to-be-looked-after", 2011)] // Kent
    [InlineData("SFR20_CLA2012.csv", 61, "CLA_Mar2012", "352", "children-looked-after", 2012)] // Manchester
    [InlineData("SFR20_ADM2012.csv", 157, "CLA_started2012", "928", "children-starting-to-be-looked-after", 2012)] // Northamptonshire
    [InlineData("SFR_CEA2012.csv", 17, "CLA_cease", "204", "children-ceasing-to-be-looked-after", 2012)] // Hackney
    [InlineData("SFR36_CLA2013.csv", 157, "CLA_Mar2013", "928", "children-looked-after", 2013)] // Northamptonshire
    [InlineData("SFR36_ADM2013.csv", 151, "CLA_started2013", "909", "children-starting-to-be-looked-after", 2013)] // Cumbria
    [InlineData("SFR36_CEA2013.csv", 93, "CLA_cease", "812", "children-ceasing-to-be-looked-after", 2013)] // North East Lincolnshire
    [InlineData("SFR36_CLA2014.csv", 151, "CLA_Mar2014", "909", "children-looked-after", 2014)] // Cumbria
    [InlineData("SFR36_ADM2014.csv", 104, "CLA_started2014", "835", "children-starting-to-be-looked-after", 2014)] // Dorset (the county, to 2019)
    [InlineData("SFR36_CEA2014.csv", 54, "CLA_cease", "340", "children-ceasing-to-be-looked-after", 2014)] // Knowsley
    [InlineData("SFR34_CLA2015.csv", 15, "CLA_Mar2015", "202", "children-looked-after", 2015)] // Camden
    [InlineData("SFR34_ADM2015.csv", 95, "CLA_started2014", "E10000023", "children-starting-to-be-looked-after", 2015)] // North Yorkshire by its former GSS code; the column is headed 2014 in the source
    [InlineData("SFR34_CEA2015.csv", 155, "CLA_cease", "925", "children-ceasing-to-be-looked-after", 2015)] // Lincolnshire
    [InlineData("SFR41_CLA2016.csv", 95, "CLA_Mar2016", "E06000065", "children-looked-after", 2016)] // North Yorkshire by its current GSS code
    [InlineData("SFR41_ADM2016.csv", 105, "CLA_started2016", "836", "children-starting-to-be-looked-after", 2016)] // Poole
    [InlineData("SFR41_CEA2016.csv", 106, "CLA_cease", "837", "children-ceasing-to-be-looked-after", 2016)] // Bournemouth
    [InlineData("SFR50_CLA2017.csv", 105, "CLA_Mar2017", "835", "children-looked-after", 2017)] // Dorset (the county, to 2019)
    [InlineData("SFR50_ADM2017.csv", 160, "CLA_started2017", "933", "children-starting-to-be-looked-after", 2017)] // Somerset
    [InlineData("SFR50_CEA2017.csv", 100, "CLA_cease2017", "825", "children-ceasing-to-be-looked-after", 2017)] // Buckinghamshire
    public async Task SfrYear_IsTheFilesCell(string fileName, int line, string column, string authority, string indicatorId, int year)
    {
        var file = Sfr + fileName;
        var row = SeedRows.Open(file).Records.Single(r => r.Line == line);
        Assert.Equal("LA", row["geog_l"]);

        var point = await PointAsync(authority, indicatorId, year);

        AssertFromCell(point, file, row, column);
        Assert.StartsWith($"{year} (SFR", point.GetProperty("release").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Lait2026, "LACnum", "909", 2018, "children-looked-after")] // Cumbria
    [InlineData(Lait2026, "LACnum_Start", "928", 2018, "children-starting-to-be-looked-after")] // Northamptonshire
    [InlineData(Lait2026, "LACceased", "383", 2018, "children-ceasing-to-be-looked-after")] // Leeds
    [InlineData(Lait2026, "LAC", "835", 2018, "children-looked-after-rate")] // Dorset (Pre LG), the county
    [InlineData(Lait2024, "LAC", "202", 2015, "children-looked-after-rate")] // Camden: no SFR file in seed/ gives the rate
    public async Task YearNoPublicationFileGives_IsLaitsCell(string file, string measure, string laCode, int year, string indicatorId)
    {
        var row = SeedRows.Single(file, ("Short Desc", measure), ("LA Number", laCode), ("Years", $"{year}"));

        var point = await PointAsync(laCode, indicatorId, year);

        AssertFromCell(point, file, row, "Values");
    }

    /// <summary>
    /// The ceased tables' two adoption columns, as each year's header names them: E11 (application unopposed) then E12
    /// (consent dispensed with). 2010 gives DfE codes only; among the authorities some since abolished.
    /// </summary>
    [Theory]
    [InlineData("SFR27_2010_Ceased.csv", 74, "CeasedAdoptUnop_2010", "383", Unopposed, 2010)] // Leeds
    [InlineData("SFR27_2010_Ceased.csv", 74, "CeasedAdoptDisp_2010", "383", ConsentDispensed, 2010)]
    [InlineData("SFR21_CEA.csv", 47, "CLA_ceaAdop", "330", Unopposed, 2011)] // Birmingham
    [InlineData("SFR21_CEA.csv", 47, "CLA_ceaAdop2", "330", ConsentDispensed, 2011)]
    [InlineData("SFR_CEA2012.csv", 157, "CLA_ceaAdop", "928", Unopposed, 2012)] // Northamptonshire
    [InlineData("SFR36_CEA2013.csv", 151, "CLA_ceaAdop2", "909", ConsentDispensed, 2013)] // Cumbria
    [InlineData("SFR36_CEA2014.csv", 104, "CLA_ceaAdop", "835", Unopposed, 2014)] // Dorset (the county, to 2019)
    [InlineData("SFR34_CEA2015.csv", 155, "CLA_ceaAdop", "925", Unopposed, 2015)] // Lincolnshire
    [InlineData("SFR34_CEA2015.csv", 155, "CLA_ceaAdop2", "925", ConsentDispensed, 2015)]
    [InlineData("SFR41_CEA2016.csv", 106, "CLA_ceaAdop1", "837", Unopposed, 2016)] // Bournemouth
    [InlineData("SFR41_CEA2016.csv", 106, "CLA_ceaAdop2", "837", ConsentDispensed, 2016)] // a published 0
    [InlineData("SFR50_CEA2017.csv", 160, "CEA_Adop1", "933", Unopposed, 2017)] // Somerset
    [InlineData("SFR50_CEA2017.csv", 160, "CEA_Adop2", "933", ConsentDispensed, 2017)]
    public async Task SfrAdoptions_AreTheCeasedTablesCells(string fileName, int line, string column, string authority, string indicatorId, int year)
    {
        var file = Sfr + fileName;
        var row = SeedRows.Open(file).Records.Single(r => r.Line == line);
        Assert.Equal(("LA", authority), (row["geog_l"], row["geog_c"]));

        var point = await PointAsync(authority, indicatorId, year);

        AssertFromCell(point, file, row, column);
        Assert.StartsWith($"{year} (SFR", point.GetProperty("release").GetString(), StringComparison.Ordinal);
        Assert.EndsWith($"({fileName})", point.GetProperty("source").GetProperty("table").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SfrAdoptions_SuppressedCellStaysX()
    {
        // SFR27_2010_Ceased.csv line 14: Greenwich (203), CeasedAdoptUnop_2010 = 22 and CeasedAdoptDisp_2010 = x.
        var row = SeedRows.Open(Sfr + "SFR27_2010_Ceased.csv").Records.Single(r => r.Line == 14);
        Assert.Equal(("203", "x"), (row["geog_c"], row["CeasedAdoptDisp_2010"]));

        var point = await PointAsync("203", ConsentDispensed, 2010);

        Assert.Equal(JsonValueKind.Null, point.GetProperty("value").ValueKind);
        Assert.Equal("suppressed", point.GetProperty("status").GetString());
        Assert.Equal((Sfr + "SFR27_2010_Ceased.csv", 14, "x"),
            (point.GetProperty("source").GetProperty("file").GetString(), point.GetProperty("source").GetProperty("line").GetInt32(), point.GetProperty("source").GetProperty("cell").GetString()));
    }

    [Theory]
    [InlineData("LACnum_Adopt_AppUnop", "835", 2018, Unopposed)] // Dorset (Pre LG), the county
    [InlineData("LACnum_Adopt_ConsentDisp", "383", 2018, ConsentDispensed)] // Leeds
    [InlineData("LACnum_Adopt_ConsentDisp", "330", 2025, ConsentDispensed)] // Birmingham
    public async Task AdoptionsFrom2018_AreLaitsCells(string measure, string laCode, int year, string indicatorId)
    {
        var row = SeedRows.Single(Lait2026, ("Short Desc", measure), ("LA Number", laCode), ("Years", $"{year}"));

        var point = await PointAsync(laCode, indicatorId, year);

        AssertFromCell(point, Lait2026, row, "Values");
    }

    /// <summary>
    /// The SFR tables give no total adopted (their headers have only the two parts), so none is made for 2010-2014; the
    /// notes say so, and the EES files' notes on releases and z rows, untrue of these series, are not given them.
    /// </summary>
    [Theory]
    [InlineData(Unopposed)]
    [InlineData(ConsentDispensed)]
    [InlineData("children-looked-after-adopted")]
    public async Task AdoptionNotes_SayTheTotalIsPublishedOnlyInTwoPartsBefore2015(string indicatorId)
    {
        var header = SeedRows.Open(Sfr + "SFR36_CEA2014.csv").Header;
        Assert.Equal(["CLA_ceaAdop", "CLA_ceaAdop2"], header.Where(c => c.Contains("Adop", StringComparison.Ordinal)));

        var indicator = await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}");
        var caveats = indicator.GetProperty("caveats").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();

        Assert.Contains(caveats, c => c.StartsWith("Before 2015 DfE publishes the children adopted from care at local authority level only in two parts", StringComparison.Ordinal));
        Assert.DoesNotContain(caveats, c => c.Contains("2023 and the 2025 release", StringComparison.Ordinal) || c.Contains("filled with z", StringComparison.Ordinal));
        Assert.DoesNotContain(indicator.GetProperty("yearsAvailable").EnumerateArray(), y => y.GetInt32() is >= 2010 and < 2015 && indicatorId == "children-looked-after-adopted");
    }

    [Fact]
    public async Task SuppressedCell_StaysX()
    {
        // SFR27_2010_Started.csv line 18: Kensington and Chelsea, StartTotal_2010 = x (withheld to protect confidentiality).
        var row = SeedRows.Open(Sfr + "SFR27_2010_Started.csv").Records.Single(r => r.Line == 18);
        Assert.Equal(("207", "x"), (row["geog_c"], row["StartTotal_2010"]));

        var point = await PointAsync("207", "children-starting-to-be-looked-after", 2010);

        Assert.Equal(JsonValueKind.Null, point.GetProperty("value").ValueKind);
        Assert.Equal("suppressed", point.GetProperty("status").GetString());
        Assert.Equal("x", point.GetProperty("source").GetProperty("cell").GetString());
    }

    [Fact]
    public async Task JournalistsQuestion_HowManyInCareInMyCouncilIn2012()
    {
        // SFR20_CLA2012.csv: Leeds (383), CLA_Mar2012.
        var row = SeedRows.Single(Sfr + "SFR20_CLA2012.csv", ("geog_c", "383"));
        var page = await client.GetJsonAsync("/api/v1/indicators/children-looked-after/values?authority=leeds&year=2012");

        Assert.Equal(double.Parse(row["CLA_Mar2012"], CultureInfo.InvariantCulture), page.Items().Single().GetProperty("value").GetDouble());
    }

    [Theory]
    [InlineData("children-looked-after", 2010, 2025)]
    [InlineData("children-starting-to-be-looked-after", 2010, 2025)]
    [InlineData("children-ceasing-to-be-looked-after", 2010, 2025)]
    [InlineData("children-looked-after-rate", 2015, 2025)]
    [InlineData(Unopposed, 2010, 2025)]
    [InlineData(ConsentDispensed, 2010, 2025)]
    public async Task Catalogue_ListsTheJoinedYears(string indicatorId, int first, int last)
    {
        var indicator = await client.GetJsonAsync($"/api/v1/indicators/{indicatorId}");

        Assert.Equal(Enumerable.Range(first, last - first + 1), indicator.GetProperty("yearsAvailable").EnumerateArray().Select(y => y.GetInt32()));
    }
}
