using ChildServicesApi.Data.Import;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>
/// The first time entrants' cells that are not figures (England's sums of regional rates, the part-year cells of a
/// reorganisation), the check of every England cell and the Dorset Council's figures under the county's code are rules
/// about today's files: a copy of
/// seed/ whose LAIT files keep only the other measures' rows, changed one cell at a time, shows the import refuses what the rules
/// do not cover rather than serve it.
/// </summary>
public sealed class OtherMeasuresImportTests
{
    private const string Latest = "lait/lait_bds_long_csc_topics_2026-04-08.csv";
    private const string Earlier = "lait/lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv";

    /// <summary>A copy of seed/ with only the other measures' LAIT rows, one of FirstYJS's rows in <paramref name="file"/> rewritten by <paramref name="change"/> (null drops it).</summary>
    private static TempSeed FirstEntrantsWith(string area, string year, Func<string, string?> change, string file = Latest) =>
        TempSeed.CopyOfRealSeedWithLaitMeasures(OtherMeasuresSource.Measures.Select(m => m.Code), (path, line) =>
            path == file && line.StartsWith("FirstYJS,", StringComparison.Ordinal) && line.Split(',') is var cells && cells[^2] == area && cells[2] == year ? change(line) : line);

    [Fact]
    public void Unchanged_TheCopyImportsTheSameFiguresAsTheSeed()
    {
        using var seed = FirstEntrantsWith("970", "2016", line => line);

        var context = StoreImporter.Read(seed.Directory);

        Assert.Equal(SeededStore.Context.OtherMeasureFigures.Select(f => (f.MeasureId, f.Geography.Name, f.Geography.LaCode, f.Year, f.Value, f.Status, f.SourceValue, f.Reason)),
            context.OtherMeasureFigures.Select(f => (f.MeasureId, f.Geography.Name, f.Geography.LaCode, f.Year, f.Value, f.Status, f.SourceValue, f.Reason)));
    }

    [Fact]
    public void ListedCellThatChanged_FailsTheImport()
    {
        using var seed = FirstEntrantsWith("970", "2016", line => line.Replace(",3071,", ",2071,", StringComparison.Ordinal));

        var error = Assert.Throws<SourceDataException>(() => StoreImporter.Read(seed.Directory));

        Assert.Contains("FirstYJS's cell for area 970 in 2016 is listed as not a figure as '3071', but it is '2071'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The North East's 2016 rate raised by 100: England's 3,071 is no longer the regions' sum, so leaving it out is no longer borne out.</summary>
    [Fact]
    public void EnglandCellThatIsNotTheSumOfTheRegions_FailsTheImport()
    {
        var northEast = SeedRows.Single(Latest, ("Short Desc", "FirstYJS"), ("Years", "2016"), ("LA Number", "980"))["Values"];
        var raised = (int.Parse(northEast, System.Globalization.CultureInfo.InvariantCulture) + 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var seed = FirstEntrantsWith("980", "2016", line => line.Replace($",{northEast},980,", $",{raised},980,", StringComparison.Ordinal));

        var error = Assert.Throws<SourceDataException>(() => StoreImporter.Read(seed.Directory));

        Assert.Contains("England cell for 2016 (3071) is listed as the sum of the regions' rates, but they sum to 3172", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListedCellMissingFromTheFiles_FailsTheImport()
    {
        using var seed = FirstEntrantsWith("928", "2021", _ => null);

        var error = Assert.Throws<SourceDataException>(() => StoreImporter.Read(seed.Directory));

        Assert.Contains("FirstYJS's cell for area 928 in 2021, listed as not a figure, is in none of LAIT's data files", error.Message, StringComparison.Ordinal);
    }

    /// <summary>England's 2015 cell (407) is served as a rate: a rate outside its regions' (335 to 490) fails the import.</summary>
    [Fact]
    public void ServedEnglandCellOutsideItsRegions_FailsTheImport()
    {
        using var seed = FirstEntrantsWith("970", "2015", line => line.Replace(",407,970,", ",600,970,", StringComparison.Ordinal), Earlier);

        var error = Assert.Throws<SourceDataException>(() => StoreImporter.Read(seed.Directory));

        Assert.Contains("England cell for 2015 (600) is served as a rate, but the regions' run from 335 to 490", error.Message, StringComparison.Ordinal);
    }

    /// <summary>England's cells are checked against all nine regions: a region without a figure fails the import.</summary>
    [Fact]
    public void EnglandCellWithARegionMissing_FailsTheImport()
    {
        var northEast = SeedRows.Single(Latest, ("Short Desc", "FirstYJS"), ("Years", "2016"), ("LA Number", "980"))["Values"];
        using var seed = FirstEntrantsWith("980", "2016", line => line.Replace($",{northEast},980,", ",-,980,", StringComparison.Ordinal));

        var error = Assert.Throws<SourceDataException>(() => StoreImporter.Read(seed.Directory));

        Assert.Contains("England cell for 2016 has 8 regions with a figure to check it against, not 9", error.Message, StringComparison.Ordinal);
    }

    /// <summary>LAIT gives the Dorset Council's figures under the county's code (835) with a dash under its own (838): a number under both cannot be told apart.</summary>
    [Fact]
    public void FigureUnderTheDorsetCouncilsOwnCodeAsWell_FailsTheImport()
    {
        using var seed = FirstEntrantsWith("838", "2020", line => line.Replace(",-,838,", ",200,838,", StringComparison.Ordinal));

        var error = Assert.Throws<SourceDataException>(() => StoreImporter.Read(seed.Directory));

        Assert.Contains("a figure for 838 beside its FirstYJS figure under 835", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A figure is filed on the authority of 31 December: a number under Cumbria in 2024 (a dash today), after it was abolished, fails the import.</summary>
    [Fact]
    public void FigureUnderAnAuthorityAbolishedBefore31December_FailsTheImport()
    {
        using var seed = FirstEntrantsWith("909", "2024", line => line.Replace(",-,909,", ",40,909,", StringComparison.Ordinal));

        var error = Assert.Throws<SourceDataException>(() => StoreImporter.Read(seed.Directory));

        Assert.Contains("a figure for authority 909 in a period ending 2024-12-31, when no authority had that code", error.Message, StringComparison.Ordinal);
    }
}
