using ChildServicesApi.Data.Import;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>
/// The first time entrants' cells that are not served (England's sums of regional rates, the part-year cells of a
/// reorganisation) and the Dorset Council's figures under the county's code are rules about today's files: a copy of
/// seed/ whose LAIT files keep only FirstYJS's rows, changed one cell at a time, shows the import refuses what the rules
/// do not cover rather than serve it.
/// </summary>
public sealed class OtherMeasuresImportTests
{
    private const string Latest = "lait/lait_bds_long_csc_topics_2026-04-08.csv";

    /// <summary>A copy of seed/ with only FirstYJS's LAIT rows, one of which <paramref name="change"/> rewrites (null drops it).</summary>
    private static TempSeed FirstEntrantsWith(string area, string year, Func<string, string?> change)
    {
        var seed = TempSeed.CopyOfRealSeed();
        foreach (var (path, _) in LaitSource.DataFiles)
        {
            var full = Path.Combine(seed.Directory, path);
            var kept = File.ReadLines(full).Where((line, i) => i == 0 || line.StartsWith("FirstYJS,", StringComparison.Ordinal))
                .Select(line => path == Latest && line.Split(',') is var cells && cells[^2] == area && cells[2] == year ? change(line) : line)
                .OfType<string>().ToList();
            File.WriteAllLines(full, kept);
        }
        return seed;
    }

    [Fact]
    public void Unchanged_TheCopyImports()
    {
        using var seed = FirstEntrantsWith("970", "2016", line => line);

        var context = StoreImporter.Read(seed.Directory);

        Assert.Equal(1629, context.OtherMeasureFigures.Count(f => f.MeasureId == "youth-justice-first-time-entrants-rate"));
    }

    [Fact]
    public void EnglandCellThatIsNotTheSumOfTheRegions_FailsTheImport()
    {
        using var seed = FirstEntrantsWith("970", "2016", line => line.Replace(",3071,", ",2071,", StringComparison.Ordinal));

        var error = Assert.Throws<SourceDataException>(() => StoreImporter.Read(seed.Directory));

        Assert.Contains("England cell for 2016 (2071) is left out as the sum of the regions' rates, but they sum to 3072", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeftOutCellMissingFromTheFiles_FailsTheImport()
    {
        using var seed = FirstEntrantsWith("928", "2021", _ => null);

        var error = Assert.Throws<SourceDataException>(() => StoreImporter.Read(seed.Directory));

        Assert.Contains("FirstYJS's cell for area 928 in 2021, which is left out, is not in LAIT's files once", error.Message, StringComparison.Ordinal);
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
