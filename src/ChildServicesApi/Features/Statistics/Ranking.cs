namespace ChildServicesApi.Features.Statistics;

/// <summary>A ranked item: its position (shared by ties), whether it is tied, and its percent rank.</summary>
internal sealed record Ranked<T>(T Item, double Value, int Position, bool Tied, double? Percentile);

internal static class Ranking
{
    public const string Method =
        "Standard competition ranking: equal values share the best position and the next position is skipped (1, 2, 2, 4). " +
        "percentile is the percent rank, as Excel's PERCENTRANK.INC: the share of the other ranked authorities with a lower value " +
        "(100 = highest, 0 = lowest, whatever the order), rounded to one decimal place; null when only one authority is ranked. " +
        "Authorities without a published figure are not ranked; they are listed under excluded with the reason.";

    public static List<Ranked<T>> Rank<T>(IEnumerable<(T Item, double Value)> items, bool descending, Func<T, string> tieBreak)
    {
        var list = items.ToList();
        var ordered = (descending ? list.OrderByDescending(i => i.Value) : list.OrderBy(i => i.Value))
            .ThenBy(i => tieBreak(i.Item), StringComparer.Ordinal).ToList();
        var sorted = list.Select(i => i.Value).Order().ToArray();
        var result = new List<Ranked<T>>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var value = ordered[i].Value;
            // Competition ranking: the position of the first item with this value.
            var position = ordered.FindIndex(o => o.Value == value) + 1;
            var tied = ordered.Count(o => o.Value == value) > 1;
            var lower = LowerBound(sorted, value);
            double? percentile = ordered.Count > 1 ? Math.Round(100.0 * lower / (ordered.Count - 1), 1) : null;
            result.Add(new Ranked<T>(ordered[i].Item, value, position, tied, percentile));
        }
        return result;
    }

    /// <summary>How many of the sorted values are strictly below <paramref name="value"/>.</summary>
    private static int LowerBound(double[] sorted, double value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }
        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }
        return index;
    }
}
