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
    /// binary artefacts are removed, checked), the publication the dictionary links, what its years are, and the notes
    /// its catalogue entry gives (what is left out, and why).
    /// </summary>
    internal sealed record Measure(string Code, string Id, string Title, string UnitDescription, int Decimals, Publication Original, YearBasis Years, IReadOnlyList<string> Notes);

    public static readonly IReadOnlyList<Measure> Measures =
    [
        new("Emotional_LAC", "looked-after-sdq-score", "Average strengths and difficulties questionnaire (SDQ) score of children looked after",
            "average SDQ score (each child's score runs from 0 to 40)",
            1, Publications.ChildrenLookedAfter, YearTo31March,
            [
                "LAIT's 0s are not scores, and are served as not-available with the reason: an average of 0 would need every child's score to be 0. Sunderland (2015) and Kingston upon Thames (2017) looked after 570 and 115 children on 31 March of those years (children-looked-after); "
                    + "the City of London (2022 and 2024; 10 and 7 children) has dashes in the years either side, and figures from 3.5 to 8.8 before.",
            ]),
        new("FirstYJS", "youth-justice-first-time-entrants-rate", "First time entrants to the youth justice system aged 10 to 17, per 100,000",
            "first time entrants per 100,000 children aged 10 to 17",
            0, Publications.YouthJustice, CalendarYear,
            [
                "England has a figure for 2015 only (407): LAIT's England cells for 2016 to 2024 are the sum of the nine regions' rates (2016: 3,071 against 3,072), not a rate, and are served as not-available with the reason.",
                "In the calendar years of a reorganisation LAIT gives the abolished authority and its successors each a figure for the part of the year it existed, so none is the year's rate: "
                    + "North and West Northamptonshire's in 2021 (123 and 130, against 178 and 161 in 2022) are served as not-available with the reason, and the abolished authorities' are left out (figures are filed on the authority of 31 December): "
                    + "Northamptonshire's 43 in 2021 (208 in 2020) and Cumbria's 42 in 2023 (174 in 2022). Cumberland and Westmorland and Furness have dashes in 2023.",
                "The Dorset Council's figures for 2019 to 2024 are given by LAIT under the code of the county abolished on 1 April 2019 (835), with dashes under the council's own (838): they are served on the council.",
            ]),
    ];

    private const string EnglandSum = "Not a rate: LAIT's England cell is the sum of the nine regions' rates (within their rounding), so England has no figure this year. Its 2015 figure, 407, is a rate.";
    private const string PartYear = "Not the year's rate: LAIT gives the authorities reorganised in this year each a figure for the part of the year they existed.";

    /// <summary>
    /// Cells LAIT gives that are not a figure of the measure for the area and year they sit under: filed as not-available
    /// with the reason where the authority existed on the period's last day (left out where it did not, as Northamptonshire
    /// in 2021 and Cumbria in 2023), never served as a value. Each is given as LAIT writes it, which the import checks, so
    /// a changed file fails rather than loses a figure; England's sums are checked against the regions at import. The
    /// measures' notes and seed/PROVENANCE.md give the evidence.
    /// </summary>
    public static readonly IReadOnlyList<(string MeasureCode, string LaCode, string Years, string Cell, string Reason)> NotFigures =
    [
        ("Emotional_LAC", "394", "2015", "0", "Not a score: LAIT gives 0, an average that would need every child's score to be 0, for an authority that looked after 570 children on 31 March 2015."),
        ("Emotional_LAC", "314", "2017", "0", "Not a score: LAIT gives 0, an average that would need every child's score to be 0, for an authority that looked after 115 children on 31 March 2017."),
        ("Emotional_LAC", "201", "2022", "0", "Not a score: LAIT gives 0, an average that would need every child's score to be 0, between dashes in the years either side (the authority looked after 10 children on 31 March 2022)."),
        ("Emotional_LAC", "201", "2024", "0", "Not a score: LAIT gives 0, an average that would need every child's score to be 0, between dashes in the years either side (the authority looked after 7 children on 31 March 2024)."),
        .. new[] { ("2016", "3071"), ("2017", "2746"), ("2018", "2261"), ("2019", "1976"), ("2020", "1521"), ("2021", "1333"), ("2022", "1371"), ("2023", "1320"), ("2024", "1258") }
            .Select(c => ("FirstYJS", "970", c.Item1, c.Item2, EnglandSum)),
        ("FirstYJS", "928", "2021", "43", PartYear), ("FirstYJS", "940", "2021", "123", PartYear), ("FirstYJS", "941", "2021", "130", PartYear),
        ("FirstYJS", "909", "2023", "42", PartYear),
    ];
}
