namespace ChildServicesApi.Domain;

/// <summary>How England's, a region's and a London sub-region's spend per child is computed (<see cref="Data.Import.MatchedSets"/>), as answers state it.</summary>
internal static class MatchedSetRule
{
    public const string Text =
        "England, regions and London sub-regions, every year: the sum of the spending totals of the area's authorities (those that existed on 31 March of the financial year's end) " +
        "that have both a published spending total and a published child count, divided by the sum of the same authorities' child counts. " +
        "An authority missing either figure (no return, or a special value such as x, c or u) is left out of both sums and listed, with the reason, by /api/v1/spending/per-child. " +
        "These are not DfE's published England or regional S251 totals over the published counts: those totals omit authorities with no return while the counts include them, and the counts are rounded to the nearest 10. " +
        "A figure published only for a reporting group of authorities (a joint children's trust) is neither split nor used: members without a figure of their own are left out.";
}
