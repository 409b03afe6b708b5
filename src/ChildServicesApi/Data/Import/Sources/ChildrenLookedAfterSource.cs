using ChildServicesApi.Features.Indicators;
using static ChildServicesApi.Features.Indicators.IndicatorUnit;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// DfE, Children looked after in England including adoptions: the 2025 release (2021-2025) and the 2023 release
/// (2019-2023). Both are kept: the 2025 release revised some earlier years, and its figures are the current ones.
/// </summary>
internal static class ChildrenLookedAfterSource
{
    private const string Topic = "Children looked after";

    public static IEnumerable<EesFileSpec> Files()
    {
        yield return new("children-looked-after/cla_number_and_rate_per_10k_children.csv",
            new SourceCitation(Publications.ChildrenLookedAfter, "2025", 2025,
                "Children looked after: number and rate per 10,000 children (cla_number_and_rate_per_10k_children.csv)"),
            Topic, PeriodKind.YearTo31March,
            [
                .. Measures("children_count", "Children looked after on 31 March each year", "Children starting to be looked after each year", "Children ceasing to be looked after each year"),
            ],
            CategoryColumn: "population_type");
        yield return new("children-looked-after/release-2023/cla_number_and_rate_per_10k_children.csv",
            new SourceCitation(Publications.ChildrenLookedAfter, "2023", 2023,
                "Children looked after: number and rate per 10,000 children (cla_number_and_rate_per_10k_children.csv, 2023 release)"),
            Topic, PeriodKind.YearTo31March,
            [
                .. Measures("number", "Children looked after at 31 March each year", "Children starting to be looked after each year", "Children ceasing to be looked after each year"),
            ],
            CategoryColumn: "population_count");
    }

    /// <summary>The same six indicators, whatever the release calls its count column and categories.</summary>
    private static IEnumerable<EesMeasure> Measures(string countColumn, string atMarch, string starting, string ceasing) =>
    [
        new(countColumn, "children-looked-after", "Children looked after at 31 March",
            "Children looked after by the local authority on 31 March.", Count, atMarch, PeriodKind: PeriodKind.At31March),
        new("rate_per_10000", "children-looked-after-rate", "Children looked after at 31 March per 10,000 children",
            "Children looked after on 31 March per 10,000 children aged 0 to 17 (DfE's rate, on the previous mid-year population estimate).", RatePer10000Children, atMarch,
            PeriodKind: PeriodKind.At31March),
        new(countColumn, "children-starting-to-be-looked-after", "Children starting to be looked after",
            "Children who started to be looked after in the year to 31 March.", Count, starting),
        new("rate_per_10000", "children-starting-to-be-looked-after-rate", "Children starting to be looked after per 10,000 children",
            "Children who started to be looked after in the year, per 10,000 children aged 0 to 17.", RatePer10000Children, starting),
        new(countColumn, "children-ceasing-to-be-looked-after", "Children ceasing to be looked after",
            "Children who ceased to be looked after in the year to 31 March.", Count, ceasing),
        new("rate_per_10000", "children-ceasing-to-be-looked-after-rate", "Children ceasing to be looked after per 10,000 children",
            "Children who ceased to be looked after in the year, per 10,000 children aged 0 to 17.", RatePer10000Children, ceasing),
    ];
}
