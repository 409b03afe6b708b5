using ChildServicesApi.Features.Statistics;

namespace ChildServicesApi.Tests.Features.Statistics;

public sealed class StatisticsTests
{
    [Fact]
    public void Rank_GivesCompetitionPositionsAndPercentRanks()
    {
        var ranked = Ranking.Rank([("a", 5d), ("b", 5d), ("c", 3d), ("d", 9d)], descending: true, s => s);

        Assert.Equal(["d", "a", "b", "c"], ranked.Select(r => r.Item));
        Assert.Equal([1, 2, 2, 4], ranked.Select(r => r.Position));
        Assert.Equal([false, true, true, false], ranked.Select(r => r.Tied));
        // PERCENTRANK.INC: lower values / (n - 1).
        Assert.Equal([100d, 33.3, 33.3, 0d], ranked.Select(r => r.Percentile!.Value));
    }

    [Fact]
    public void Rank_OfOne_HasNoPercentile()
    {
        Assert.Null(Assert.Single(Ranking.Rank([("a", 1d)], descending: false, s => s)).Percentile);
    }

    [Fact]
    public void Quartiles_MatchExcelQuartileInc()
    {
        // Excel: QUARTILE.INC({1,2,3,4,10}, 1) = 2, (…, 2) = 3, (…, 3) = 4; QUARTILE.INC({1,2,3,4}, 1) = 1.75.
        var odd = Summaries.Of([10, 1, 3, 2, 4])!;
        var even = Summaries.Of([1, 2, 3, 4])!;

        Assert.Equal((1d, 2d, 3d, 4d, 10d, 4d), (odd.Min, odd.LowerQuartile, odd.Median, odd.UpperQuartile, odd.Max, odd.Mean));
        Assert.Equal((1.75, 2.5, 3.25), (even.LowerQuartile, even.Median, even.UpperQuartile));
        Assert.Null(Summaries.Of([]));
    }

    [Theory]
    [InlineData(127190, 230590, 103400, 81.3)]
    [InlineData(200, 100, -100, -50)]
    [InlineData(-4, -2, 2, 50)]
    public void Change_IsAbsoluteAndPercentOfTheStart(double start, double end, double absolute, double percent)
    {
        Assert.Equal((absolute, (double?)percent), Summaries.Change(start, end));
    }

    [Fact]
    public void Change_FromZero_HasNoPercent()
    {
        Assert.Equal((5d, (double?)null), Summaries.Change(0, 5));
    }
}
