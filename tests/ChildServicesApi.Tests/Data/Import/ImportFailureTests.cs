using ChildServicesApi.Data.Import;
using ChildServicesApi.Data.Import.Pipelines;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>Each kind of bad input, in a small file, fails the pipeline with the file, line and column at fault.</summary>
public sealed class ImportFailureTests : IDisposable
{
    private const string File = "test/table.csv";
    private const string Header = "time_period,time_identifier,geographic_level,country_code,region_code,region_name,old_la_code,new_la_code,la_name,referral_count";
    private const string England = "2025,Reporting year,National,E92000001,,,,,,632830";
    private const string Barnet = "2025,Reporting year,Local authority,E92000001,E12000007,London,302,E09000003,Barnet,4030";

    private readonly List<TempSeed> seeds = [];

    private ImportContext ContextWith(params string[] lines)
    {
        var seed = TempSeed.WithFiles((File, string.Join('\n', lines) + '\n'));
        seeds.Add(seed);
        var context = new ImportContext(seed.Directory);
        var england = new Geography { Level = GeographyLevel.National, GssCode = "E92000001", Name = "England", Slug = "england" };
        var london = new Geography { Level = GeographyLevel.Region, GssCode = "E12000007", Name = "London", Slug = "london", Region = england };
        context.Geographies.Add(england);
        context.Geographies.Add(london);
        context.Geographies.Add(new Geography { Level = GeographyLevel.Authority, GssCode = "E09000003", LaCode = "302", Name = "Barnet", Slug = "barnet", Region = london });
        return context;
    }

    private static readonly EesFileSpec Spec = new(File,
        new SourceCitation(Publications.ChildrenInNeed, "2025", 2025, "Test table"),
        "Test", PeriodKind.YearTo31March,
        [new("referral_count", "referrals", "Referrals", "Referrals in the year.", IndicatorUnit.Count)]);

    private static SourceDataException Fails(ImportContext context) =>
        Assert.Throws<SourceDataException>(() => EesObservationsPipeline.Run(context, Spec));

    [Fact]
    public void ValidFile_GivesOneObservationPerRow()
    {
        var context = ContextWith(Header, England, Barnet);

        EesObservationsPipeline.Run(context, Spec);

        Assert.Equal([632830d, 4030d], context.Observations.Select(o => o.Value!.Value));
        Assert.Equal([2, 3], context.Observations.Select(o => o.SourceLine));
    }

    [Fact]
    public void NonNumericValue_FailsAtItsLineAndColumn()
    {
        var error = Fails(ContextWith(Header, England, Barnet.Replace(",4030", ",4O30", StringComparison.Ordinal)));

        Assert.Equal((File, 3, "referral_count"), (error.File, error.Line, error.Column));
        Assert.Contains("'4O30'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownAuthorityCode_FailsAtItsLineAndColumn()
    {
        var error = Fails(ContextWith(Header, England, Barnet.Replace("E09000003", "E09000099", StringComparison.Ordinal)));

        Assert.Equal((File, 3, "new_la_code"), (error.File, error.Line, error.Column));
        Assert.Contains("E09000099", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MismatchedDfeCode_Fails()
    {
        var error = Fails(ContextWith(Header, England, Barnet.Replace(",302,", ",303,", StringComparison.Ordinal)));

        Assert.Equal((File, 3, "old_la_code"), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void DuplicateKey_FailsAtTheSecondRowNamingTheFirst()
    {
        var error = Fails(ContextWith(Header, England, Barnet, Barnet.Replace(",4030", ",4031", StringComparison.Ordinal)));

        Assert.Equal((File, 4), (error.File, error.Line));
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingColumn_FailsAtTheHeader()
    {
        var error = Fails(ContextWith(Header.Replace(",referral_count", ",referrals", StringComparison.Ordinal), England));

        Assert.Equal((File, 1, "referral_count"), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void MissingFile_FailsNamingIt()
    {
        var context = ContextWith(Header);

        var error = Assert.Throws<SourceDataException>(() =>
            EesObservationsPipeline.Run(context, Spec with { Path = "test/absent.csv" }));

        Assert.Equal("test/absent.csv", error.File);
    }

    [Fact]
    public void MalformedYear_Fails()
    {
        var error = Fails(ContextWith(Header, England.Replace("2025,", "2025-26,", StringComparison.Ordinal)));

        Assert.Equal((File, 2, "time_period"), (error.File, error.Line, error.Column));
    }

    public void Dispose()
    {
        foreach (var seed in seeds)
        {
            seed.Dispose();
        }
    }
}
