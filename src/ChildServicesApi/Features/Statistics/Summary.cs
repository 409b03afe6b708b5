namespace ChildServicesApi.Features.Statistics;

/// <summary>Order statistics of a set of values.</summary>
internal sealed record Summary(int Count, double Min, double LowerQuartile, double Median, double UpperQuartile, double Max, double Mean);

internal static class Summaries
{
    public const string QuartileMethod =
        "Quartiles and median by linear interpolation between closest ranks, as Excel's QUARTILE.INC and R's type 7: " +
        "the p-th quantile of n sorted values is at 1-based position 1 + (n - 1) p. The mean is the unweighted mean of the " +
        "authorities' figures. Computed values are rounded to 6 decimal places to drop floating-point noise. (England's own figure, given alongside, is not that mean for rates and percentages).";

    public static Summary? Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }
        return new Summary(sorted.Length, sorted[0], Tidy(Quantile(sorted, 0.25)), Tidy(Quantile(sorted, 0.5)), Tidy(Quantile(sorted, 0.75)), sorted[^1], Tidy(sorted.Average()));
    }

    /// <summary>Rounds away binary floating-point noise (41.57000000000001) at 6 decimal places, far below any published precision.</summary>
    public static double Tidy(double value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);

    public static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    /// <summary>Absolute change, and the percentage change rounded to one decimal place (null when the start is zero).</summary>
    public static (double Absolute, double? Percent) Change(double start, double end) =>
        (Tidy(end - start), start == 0 ? null : Math.Round((end - start) / Math.Abs(start) * 100, 1, MidpointRounding.AwayFromZero));
}
