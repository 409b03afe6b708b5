using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Meta;

[Collection(SeededApi.Features)]
public sealed class MetaApiTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Meta_GivesDataVersionSourcesAndAttribution()
    {
        var meta = await client.GetJsonAsync("/api/v1/meta");

        Assert.Equal(SeededStore.ImportReport.DataVersion, meta.GetProperty("dataVersion").GetString());
        // 29 files, the 24 SFR tables of children looked after 2010-2017 (3 a year), the 2 files of the third-party compilation
        // of Ofsted's reports (the reports and its lookup) and the 6 revenue outturn workbooks.
        Assert.Equal(61, meta.GetProperty("sources").GetArrayLength());
        Assert.All(meta.GetProperty("sources").EnumerateArray(), s => Assert.Matches("^[0-9a-f]{64}$", s.GetProperty("sha256").GetString()));
        Assert.Contains("Open Government Licence v3.0", meta.GetProperty("attribution").GetString(), StringComparison.Ordinal);
        Assert.Contains("Contains OS data © Crown copyright and database right 2023", meta.GetProperty("attribution").GetString(), StringComparison.Ordinal);
        // 72 of them England's, the regions' and the sub-regions' spend per child for 2012-13 and 2013-14 (3 measures x 2 years x 12 areas), summed over their authorities.
        // 5,058 of them children looked after 2010-2018: the SFR rows (3,910: 162 areas a table in 2010, 163 from 2011, 164 in
        // the 2017 at-31-March table, which keeps the Isles of Scilly) and LAIT's 164 areas for the counts of 2018 and the rate of 2015-2018 (1,148).
        // 41,815 from LaitSource.Measures: the workforce of 2015 and 2016 (5 indicators x 327 rows, and 2 x 164 for 2016 alone),
        // 5 weekly unit costs x 1,640 and 19 children looked after figures (31,652: LAIT's areas for each year it gives).
        // 54,777 from the second slice of LAIT measures: 36 more indicators of LaitSource.Measures and 2 more rates
        // (LaitSource.Rates), LAIT's areas for each year it gives, less the cells it files under an abolished authority
        // (MisfiledCells) and the years it repeats one number for every authority (RepeatedCells); and 328 of LAIT's 2018
        // start and cease rates (164 areas each), which no publication file gives.
        // 2,606 of them the children adopted in the ceased tables of 2010-2017 (2 columns x (162 areas in 2010 + 7 x 163)).
        // 2,787 from the third slice: the two unaccompanied asylum-seeking shares (2020-2025) and school stability (2020-2024;
        // 2018 and 2019 are RepeatedCells), LAIT's areas for each year it gives.
        // 11,109 from the fourth slice: referrals by source (3 x 1,804, 2015-2025), foster places (2 x 654, 2022-2025) and
        // social workers by role (3 x 1,463, 2017-2025), LAIT's areas for each year it gives, with the Northamptonshire
        // Children's Trust's foster places and the role shares LAIT repeats under each member of a unit held once, on the group.
        // 1,797 from Cafcass's care applications: LAIT's 170 areas in each of 2015-2025 (1,870 rows), less 53 dashes for
        // authorities that did not exist in the year, the six 2017-2019 cells of MisfiledCells, the Dorset Council's six
        // dashes beside its figure under the former county (2020-2025) and North and West Northamptonshire's eight beside
        // their joint figure under Northamptonshire (2022-2025).
        // 10,824 from the durations: children in need at 31 March by the duration of their open episode (5 bands) and the
        // plans ceasing after 2 years or more, 6 x 1,804, LAIT's areas for each year it gives (2015-2025), as referrals by source.
        Assert.Equal(336189, meta.GetProperty("rowCounts").GetProperty("observations").GetInt32());
    }
}
