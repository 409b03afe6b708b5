namespace ChildServicesApi.Features.Inspections;

/// <summary>
/// One of Ofsted's official snapshots of local authority judgements in force ("inspections as at 31 March, with a
/// report published by ..."), and the publication cut-off its notes state.
/// </summary>
/// <param name="AsAt">The snapshot date.</param>
/// <param name="PublishedBy">Reports published after this day are not yet counted.</param>
/// <param name="Publication">The edition, as Ofsted titles it.</param>
/// <param name="AlsoCounted">Reports the edition's notes count although published after the cut-off: (DfE code, publication date).</param>
internal sealed record OfstedEdition(DateOnly AsAt, DateOnly PublishedBy, string Publication, IReadOnlyList<(string LaCode, DateOnly Published)> AlsoCounted);

/// <summary>
/// Ofsted counts an inspection in a snapshot from the day it started (the sheets' "Inspection date", the first day on
/// site), once its report is published by the edition's cut-off: three months after the snapshot date in the 2024 and
/// 2025 editions, one month in 2023 (whose note 4 also counts South Tyneside's report, published late). A date that
/// is not an edition's uses the three-month rule.
/// </summary>
internal static class OfstedEditions
{
    public static readonly IReadOnlyList<OfstedEdition> All =
    [
        new(new DateOnly(2023, 3, 31), new DateOnly(2023, 4, 30), "Children's social care data in England 2023 (sheet LA_level_at_31_Mar_2023: \"As at 31 March 2023, published by 30 April 2023\")",
            [("393", new DateOnly(2023, 5, 10))]),
        new(new DateOnly(2024, 3, 31), new DateOnly(2024, 6, 30), "Local authority inspection outcomes as at March 2024 (\"as at 31 March 2024, with a report published by 30 June 2024\")", []),
        new(new DateOnly(2025, 3, 31), new DateOnly(2025, 6, 30), "Local authority inspection outcomes as at 31 March 2025 (\"as at 31 March 2025, with a report published by 30 June 2025\")", []),
    ];

    /// <summary>Months after the snapshot date by which a report must be published to count, when the date is not an edition's.</summary>
    public const int DefaultCutOffMonths = 3;

    public static OfstedEdition? On(DateOnly asAt) => All.FirstOrDefault(e => e.AsAt == asAt);

    public static DateOnly PublishedBy(DateOnly asAt) => On(asAt)?.PublishedBy ?? asAt.AddMonths(DefaultCutOffMonths);

    /// <summary>Whether an inspection's report counts on the inspection basis: published by the cut-off, or named in the edition's notes.</summary>
    public static bool Counts(DateOnly asAt, string? laCode, DateOnly published) =>
        published <= PublishedBy(asAt) || (On(asAt)?.AlsoCounted.Contains((laCode ?? "", published)) ?? false);
}
