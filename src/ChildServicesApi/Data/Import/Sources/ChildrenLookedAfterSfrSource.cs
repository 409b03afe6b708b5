namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// DfE, Children looked after in England including adoption, 2010 to 2017: the LA-level underlying data of each
/// year's Statistical First Release (SFR), one file per table (at 31 March, started, ceased). Their figures join the
/// indicators the EES files define for 2019 on; 2018 comes from LAIT (<see cref="LaitSource.ChildrenLookedAfter"/>).
/// The ceased tables also give the children adopted, in the only two parts DfE publishes at LA level before 2015
/// (<see cref="Adoptions"/>); LAIT gives the same two parts from 2018.
/// </summary>
internal static class ChildrenLookedAfterSfrSource
{
    private const string Folder = "children-looked-after/sfr/";

    /// <summary>
    /// One table of one release. <paramref name="CountColumn"/> is the column the release gives the count in; the
    /// 2015 starts table labels its column <c>CLA_started2014</c> although its figures are the year to 31 March 2015.
    /// <paramref name="HasGssCode"/> is false for 2010, whose files give only DfE codes.
    /// </summary>
    internal sealed record Table(string FileName, int Year, string Sfr, string IndicatorId, string CountColumn, string What, bool HasGssCode = true)
    {
        public string Path => Folder + FileName;

        public SourceCitation Citation => new(Publications.ChildrenLookedAfter, $"{Year} ({Sfr})", Year,
            $"{Sfr} local authority underlying data: {What} ({FileName})");
    }

    /// <summary>
    /// An indicator no EES file in seed/ defines, which the ceased tables feed for 2010-2017 and LAIT
    /// (<paramref name="LaitMeasure"/>, without a title in <see cref="LaitSource.Measures"/>) fills from 2018; defined
    /// by the SFR pipeline, which reads first.
    /// </summary>
    internal sealed record Adoption(string IndicatorId, string LaitMeasure, string Title, string Description);

    private const string AdoptedUnopposed = "children-looked-after-adopted-application-unopposed";
    private const string AdoptedConsentDispensed = "children-looked-after-adopted-consent-dispensed-with";

    public static readonly IReadOnlyList<Adoption> Adoptions =
    [
        new(AdoptedUnopposed, "LACnum_Adopt_AppUnop", "Children looked after adopted: application unopposed",
            "Children who ceased to be looked after in the year to 31 March because they were adopted, on an application that was unopposed (reason ceased E11)."),
        new(AdoptedConsentDispensed, "LACnum_Adopt_ConsentDisp", "Children looked after adopted: consent dispensed with",
            "Children who ceased to be looked after in the year to 31 March because they were adopted, with the parents' consent dispensed with by the court (reason ceased E12)."),
    ];

    private const string AtMarch = "children-looked-after";
    private const string Started = "children-starting-to-be-looked-after";
    private const string Ceased = "children-ceasing-to-be-looked-after";

    private const string AtMarchText = "children looked after at 31 March";
    private const string StartedText = "children who started to be looked after in the year";
    private const string CeasedText = "children who ceased to be looked after in the year";

    public static readonly IReadOnlyList<Table> Tables =
    [
        new("SFR27_2010_March.csv", 2010, "SFR27/2010", AtMarch, "MarTotal_2010", AtMarchText, HasGssCode: false),
        new("SFR27_2010_Started.csv", 2010, "SFR27/2010", Started, "StartTotal_2010", StartedText, HasGssCode: false),
        new("SFR27_2010_Ceased.csv", 2010, "SFR27/2010", Ceased, "CeasedTotal_2010", CeasedText, HasGssCode: false),
        new("SFR21_CLA.csv", 2011, "SFR21/2011", AtMarch, "CLA_Mar2011", AtMarchText),
        new("SFE21_ADM.csv", 2011, "SFR21/2011", Started, "CLA_started2011", StartedText),
        new("SFR21_CEA.csv", 2011, "SFR21/2011", Ceased, "CLA_cease", CeasedText),
        new("SFR20_CLA2012.csv", 2012, "SFR20/2012", AtMarch, "CLA_Mar2012", AtMarchText),
        new("SFR20_ADM2012.csv", 2012, "SFR20/2012", Started, "CLA_started2012", StartedText),
        new("SFR_CEA2012.csv", 2012, "SFR20/2012", Ceased, "CLA_cease", CeasedText),
        new("SFR36_CLA2013.csv", 2013, "SFR36/2013", AtMarch, "CLA_Mar2013", AtMarchText),
        new("SFR36_ADM2013.csv", 2013, "SFR36/2013", Started, "CLA_started2013", StartedText),
        new("SFR36_CEA2013.csv", 2013, "SFR36/2013", Ceased, "CLA_cease", CeasedText),
        new("SFR36_CLA2014.csv", 2014, "SFR36/2014", AtMarch, "CLA_Mar2014", AtMarchText),
        new("SFR36_ADM2014.csv", 2014, "SFR36/2014", Started, "CLA_started2014", StartedText),
        new("SFR36_CEA2014.csv", 2014, "SFR36/2014", Ceased, "CLA_cease", CeasedText),
        new("SFR34_CLA2015.csv", 2015, "SFR34/2015", AtMarch, "CLA_Mar2015", AtMarchText),
        new("SFR34_ADM2015.csv", 2015, "SFR34/2015", Started, "CLA_started2014", StartedText),
        new("SFR34_CEA2015.csv", 2015, "SFR34/2015", Ceased, "CLA_cease", CeasedText),
        new("SFR41_CLA2016.csv", 2016, "SFR41/2016", AtMarch, "CLA_Mar2016", AtMarchText),
        new("SFR41_ADM2016.csv", 2016, "SFR41/2016", Started, "CLA_started2016", StartedText),
        new("SFR41_CEA2016.csv", 2016, "SFR41/2016", Ceased, "CLA_cease", CeasedText),
        new("SFR50_CLA2017.csv", 2017, "SFR50/2017", AtMarch, "CLA_Mar2017", AtMarchText),
        new("SFR50_ADM2017.csv", 2017, "SFR50/2017", Started, "CLA_started2017", StartedText),
        new("SFR50_CEA2017.csv", 2017, "SFR50/2017", Ceased, "CLA_cease2017", CeasedText),
        new("SFR27_2010_Ceased.csv", 2010, "SFR27/2010", AdoptedUnopposed, "CeasedAdoptUnop_2010", CeasedText, HasGssCode: false),
        new("SFR27_2010_Ceased.csv", 2010, "SFR27/2010", AdoptedConsentDispensed, "CeasedAdoptDisp_2010", CeasedText, HasGssCode: false),
        new("SFR21_CEA.csv", 2011, "SFR21/2011", AdoptedUnopposed, "CLA_ceaAdop", CeasedText),
        new("SFR21_CEA.csv", 2011, "SFR21/2011", AdoptedConsentDispensed, "CLA_ceaAdop2", CeasedText),
        new("SFR_CEA2012.csv", 2012, "SFR20/2012", AdoptedUnopposed, "CLA_ceaAdop", CeasedText),
        new("SFR_CEA2012.csv", 2012, "SFR20/2012", AdoptedConsentDispensed, "CLA_ceaAdop2", CeasedText),
        new("SFR36_CEA2013.csv", 2013, "SFR36/2013", AdoptedUnopposed, "CLA_ceaAdop", CeasedText),
        new("SFR36_CEA2013.csv", 2013, "SFR36/2013", AdoptedConsentDispensed, "CLA_ceaAdop2", CeasedText),
        new("SFR36_CEA2014.csv", 2014, "SFR36/2014", AdoptedUnopposed, "CLA_ceaAdop", CeasedText),
        new("SFR36_CEA2014.csv", 2014, "SFR36/2014", AdoptedConsentDispensed, "CLA_ceaAdop2", CeasedText),
        new("SFR34_CEA2015.csv", 2015, "SFR34/2015", AdoptedUnopposed, "CLA_ceaAdop", CeasedText),
        new("SFR34_CEA2015.csv", 2015, "SFR34/2015", AdoptedConsentDispensed, "CLA_ceaAdop2", CeasedText),
        new("SFR41_CEA2016.csv", 2016, "SFR41/2016", AdoptedUnopposed, "CLA_ceaAdop1", CeasedText),
        new("SFR41_CEA2016.csv", 2016, "SFR41/2016", AdoptedConsentDispensed, "CLA_ceaAdop2", CeasedText),
        new("SFR50_CEA2017.csv", 2017, "SFR50/2017", AdoptedUnopposed, "CEA_Adop1", CeasedText),
        new("SFR50_CEA2017.csv", 2017, "SFR50/2017", AdoptedConsentDispensed, "CEA_Adop2", CeasedText),
    ];
}
