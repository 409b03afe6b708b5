using System.Globalization;
using ChildServicesApi.Domain;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// Published measures LAIT republishes whose unit is none of the indicators' (v1's <c>IndicatorUnit</c> is a closed
/// enum: a client generated from it fails on a value it does not know), served as their own family with the unit and the
/// period stated in words and dates: the average strengths and difficulties questionnaire (SDQ) score of children looked
/// after (DfE), and first time entrants to the youth justice system per 100,000 children aged 10 to 17 (Youth Justice
/// Board and Ministry of Justice).
/// </summary>
internal static class OtherMeasuresSource
{
    public static readonly Publication YouthJustice = new("Youth Justice Board for England and Wales and Ministry of Justice", "Youth justice statistics",
        "https://www.gov.uk/government/collections/youth-justice-statistics");

    /// <summary>
    /// What LAIT's year label names, for a measure: the dictionary's <c>Year_Type</c> it goes with (checked at import),
    /// the period in words, and each year's label, first and last day. A figure is filed on the authority that existed on
    /// the period's last day.
    /// </summary>
    internal sealed record YearBasis(string YearType, string Description, Func<int, string> Label, Func<int, DateOnly> Start, Func<int, DateOnly> End);

    /// <summary>
    /// The year to 31 March, labelled by the year it ends in (2025 is 1 April 2024 to 31 March 2025), as LAIT labels its
    /// other "Financial Year" measures of children looked after. DfE counts the SDQ's cohort on 31 March, and LAIT files
    /// 2019 under the Dorset county abolished on 1 April 2019, 2021 under Northamptonshire and 2023 under Cumbria, their
    /// successors from the next year.
    /// </summary>
    public static readonly YearBasis YearTo31March = new("Financial Year",
        "The year to 31 March, labelled by the year it ends in: 2025 is 1 April 2024 to 31 March 2025.",
        year => $"Year to 31 March {year}", year => new(year - 1, 4, 1), year => new(year, 3, 31));

    /// <summary>
    /// The calendar year ("Year Ending December", the dictionary says). Youth justice statistics give 2019 on the
    /// authorities created on 1 April 2019 for the whole year (Bournemouth and Poole have dashes, Bournemouth,
    /// Christchurch and Poole a figure of a whole year's size), so a figure is filed on the authority of 31 December.
    /// </summary>
    public static readonly YearBasis CalendarYear = new("Calendar Year",
        "The calendar year, 1 January to 31 December.",
        year => $"Calendar year {year}", year => new(year, 1, 1), year => new(year, 12, 31));

    /// <summary>
    /// A measure: LAIT's code, the id served, its title, its unit in words, the decimals it is published to (the
    /// dictionary's <c>dps</c> where it gives one, checked; where it says NA, the most decimals any cell has once LAIT's
    /// binary artefacts are removed, checked), the publication the dictionary links, and what its years are.
    /// </summary>
    internal sealed record Measure(string Code, string Id, string Title, string Unit, int Decimals, Publication Original, YearBasis Years);

    public static readonly IReadOnlyList<Measure> Measures =
    [
        new("Emotional_LAC", "looked-after-sdq-score", "Average strengths and difficulties questionnaire (SDQ) score of children looked after",
            "average SDQ score, 0 to 40 (lower is better: 0 to 13 is normal, 14 to 16 borderline, 17 to 40 a cause for concern)",
            1, Publications.ChildrenLookedAfter, YearTo31March),
        new("FirstYJS", "youth-justice-first-time-entrants-rate", "First time entrants to the youth justice system aged 10 to 17, per 100,000",
            "first time entrants per 100,000 children aged 10 to 17 (lower is better)",
            0, YouthJustice, CalendarYear),
    ];

    /// <summary>
    /// Cells LAIT gives that are not a figure of the measure for the area and year they sit under, and so are not
    /// served (each named in seed/PROVENANCE.md):
    /// <list type="bullet">
    /// <item>England's first time entrants for 2016 to 2024: each is the sum of the nine regional rates within rounding
    /// (2016: 3,071 against 3,072), not a rate (2015's, 407, is); the import checks each is that sum.</item>
    /// <item>First time entrants in the calendar years of a reorganisation, which LAIT gives the abolished authority and
    /// its successors for the parts of the year each existed: Northamptonshire 43 in 2021 (208 in 2020), North and West
    /// Northamptonshire 123 and 130 (178 and 161 in 2022); Cumbria 42 in 2023 (174 in 2022), with dashes for Cumberland
    /// and Westmorland and Furness. None is the year's rate.</item>
    /// </list>
    /// </summary>
    public static readonly IReadOnlyList<(string MeasureCode, string LaCode, string Years)> PartialCells =
    [
        .. Enumerable.Range(2016, 9).Select(y => ("FirstYJS", "970", y.ToString(CultureInfo.InvariantCulture))),
        ("FirstYJS", "928", "2021"), ("FirstYJS", "940", "2021"), ("FirstYJS", "941", "2021"),
        ("FirstYJS", "909", "2023"),
    ];
}
