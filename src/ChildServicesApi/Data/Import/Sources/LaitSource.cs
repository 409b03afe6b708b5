using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// DfE's Local Authority Interactive Tool data: the published rates per 10,000 children (2015-2025) and the S251
/// outturn totals by block (2015-16 to 2024-25). Two snapshots of LAIT's data: the 2026-04-08 one, and the years
/// only the 2024-11-19 one still held (mostly 2015 and 2015-16).
/// </summary>
internal static class LaitSource
{
    public const string DictionaryFile = "lait/lait_data_dictionary.csv";

    public static readonly IReadOnlyList<(string Path, SourceCitation Citation)> DataFiles =
    [
        ("lait/lait_bds_long_csc_topics_2026-04-08.csv",
            new(Publications.Lait, "LAIT data of 2026-04-08", 20260408, "LAIT long-format data, children's social care topics (lait_bds_long_csc_topics_2026-04-08.csv)")),
        ("lait/lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv",
            new(Publications.Lait, "LAIT data of 2024-11-19", 20241119, "LAIT long-format data of 2024-11-19, years absent from the 2026-04-08 data (lait_bds_long_csc_topics_2024-11-19_years_not_in_2026-04-08.csv)")),
    ];

    public static readonly SourceCitation DictionaryCitation =
        new(Publications.Lait, "LAIT data dictionary of 2026-04-08", 20260408, "LAIT data dictionary (lait_data_dictionary.csv)");

    /// <summary>A published rate; <paramref name="PeriodKind"/> follows the count it is a rate of (on 31 March, or over the year to 31 March).</summary>
    internal sealed record Rate(string MeasureCode, string IndicatorId, string Title, string Description, PeriodKind PeriodKind, string Publication, string Url);

    /// <summary>Rates DfE publishes per 10,000 children aged 0-17, which the EES tables above give only as counts.</summary>
    public static readonly IReadOnlyList<Rate> Rates =
    [
        new("CIN", "children-in-need-rate", "Children in need at 31 March per 10,000 children",
            "Children in need on 31 March per 10,000 children aged 0 to 17.", PeriodKind.At31March, Publications.ChildrenInNeed.Title, Publications.ChildrenInNeed.Url),
        new("CPP_Total_Rateper10,000", "referrals-rate", "Referrals per 10,000 children",
            "Referrals to children's social care in the year to 31 March per 10,000 children aged 0 to 17.", PeriodKind.YearTo31March, Publications.ChildrenInNeed.Title, Publications.ChildrenInNeed.Url),
        new("Section_47", "section-47-enquiries-rate", "Section 47 enquiries per 10,000 children",
            "Section 47 enquiries started in the year to 31 March per 10,000 children aged 0 to 17.", PeriodKind.YearTo31March, Publications.ChildrenInNeed.Title, Publications.ChildrenInNeed.Url),
        new("ISCP_Conf", "initial-child-protection-conferences-rate", "Initial child protection conferences per 10,000 children",
            "Initial child protection conferences in the year to 31 March per 10,000 children aged 0 to 17.", PeriodKind.YearTo31March, Publications.ChildrenInNeed.Title, Publications.ChildrenInNeed.Url),
        new("CPP_rate", "child-protection-plans-rate", "Children on a child protection plan at 31 March per 10,000 children",
            "Children on a child protection plan on 31 March per 10,000 children aged 0 to 17.", PeriodKind.At31March, Publications.ChildrenInNeed.Title, Publications.ChildrenInNeed.Url),
    ];

    /// <summary>A LAIT measure republishing the figures of an indicator an EES or SFR file already feeds.</summary>
    internal sealed record Republished(string MeasureCode, string IndicatorId);

    /// <summary>
    /// LAIT's children looked after figures (2015-2025), which it takes from DfE's <i>Children looked after in England
    /// including adoptions</i>. They fill only the years no publication file in seed/ gives for the indicator (2018 for
    /// the counts, 2015-2018 for the rate); in the other years they are compared with the publication's figure, not stored.
    /// </summary>
    public static readonly IReadOnlyList<Republished> ChildrenLookedAfter =
    [
        new("LACnum", "children-looked-after"),
        new("LAC", "children-looked-after-rate"),
        new("LACnum_Start", "children-starting-to-be-looked-after"),
        new("LACceased", "children-ceasing-to-be-looked-after"),
    ];

    internal sealed record FinanceLine(string MeasureCode, SpendingCategory? Category, SpendingLineRole Role);

    /// <summary>LAIT's S251 gross outturn measures, and where each sits among the categories.</summary>
    public static readonly IReadOnlyList<FinanceLine> Finance =
    [
        new("TotalLACFinance", SpendingCategory.ChildrenLookedAfter, SpendingLineRole.CategoryTotal),
        new("LeaveCareSupServTotExp", SpendingCategory.ChildrenLookedAfter, SpendingLineRole.Component),
        new("SafeguardingFinance", SpendingCategory.Safeguarding, SpendingLineRole.CategoryTotal),
        new("FamilySupportFinance", SpendingCategory.FamilySupport, SpendingLineRole.CategoryTotal),
        new("OtherChildren&FamilyFinance", SpendingCategory.OtherChildrensAndFamilyServices, SpendingLineRole.CategoryTotal),
        new("SureStartFinance", null, SpendingLineRole.OutsideSocialCare),
        new("YoungPeopleFinance", null, SpendingLineRole.OutsideSocialCare),
        new("YouthJusticeFinance", null, SpendingLineRole.OutsideSocialCare),
        new("C&YPExpenditure", null, SpendingLineRole.OutsideSocialCare),
    ];
}
