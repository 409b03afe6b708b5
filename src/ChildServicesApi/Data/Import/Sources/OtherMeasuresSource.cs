using ChildServicesApi.Domain;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// Published measures LAIT republishes whose unit is none of the indicators' (v1's <c>IndicatorUnit</c> is a closed
/// enum: a client generated from it fails on a value it does not know), served as their own family with the unit and the
/// period stated in words and dates. One so far: the average strengths and difficulties questionnaire (SDQ) score of
/// children looked after, from DfE's <i>Children looked after in England including adoptions</i>.
/// </summary>
internal static class OtherMeasuresSource
{
    /// <summary>
    /// A measure: LAIT's code, the id served, its title, its unit in words, the decimals it is published to (the
    /// dictionary's <c>dps</c> where it gives one, checked; where it says NA, the most decimals any cell has once LAIT's
    /// binary artefacts are removed, checked), the publication the dictionary links, and the dictionary's
    /// <c>Year_Type</c> (checked).
    /// </summary>
    internal sealed record Measure(string Code, string Id, string Title, string Unit, int Decimals, Publication Original, string YearType);

    public static readonly IReadOnlyList<Measure> Measures =
    [
        new("Emotional_LAC", "looked-after-sdq-score", "Average strengths and difficulties questionnaire (SDQ) score of children looked after",
            "average SDQ score, 0 to 40 (lower is better: 0 to 13 is normal, 14 to 16 borderline, 17 to 40 a cause for concern)",
            1, Publications.ChildrenLookedAfter, "Financial Year"),
    ];

    /// <summary>
    /// How the period of every measure here is stated: the year to 31 March that LAIT labels by the year it ends in
    /// (2025 is 1 April 2024 to 31 March 2025), as for its other "Financial Year" measures of children looked after.
    /// </summary>
    public const string PeriodDescription = "The year to 31 March, labelled by the year it ends in: 2025 is 1 April 2024 to 31 March 2025.";

    public static string PeriodLabel(int year) => $"Year to 31 March {year}";

    public static DateOnly PeriodStart(int year) => new(year - 1, 4, 1);

    /// <summary>
    /// The period's last day, and the day a figure's authority is looked up on: DfE counts the SDQ's cohort (children
    /// aged 5 to 16 looked after for at least 12 months) on 31 March, and LAIT files 2019 under the Dorset county
    /// abolished on 1 April 2019, 2021 under Northamptonshire and 2023 under Cumbria, their successors from the next year.
    /// </summary>
    public static DateOnly PeriodEnd(int year) => new(year, 3, 31);
}
