using ChildServicesApi.Data.Import;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>The matched-set rule on a small made-up area: which authorities count, which are left out and why.</summary>
public sealed class MatchedSetsTests
{
    private static readonly DerivedMeasure PerChildInNeed = DerivedMeasures.All.Single(m => m.Id == DerivedMeasures.SpendPerChildInNeed);

    private static readonly SourceFile Spending = File("lait/spending.csv");
    private static readonly SourceFile Children = File("children-in-need/b1.csv");

    private static readonly Geography England = new() { Level = GeographyLevel.National, Name = "England", Slug = "england" };
    private static readonly Geography North = new() { Level = GeographyLevel.Region, Name = "North", Slug = "north", Region = England };
    private static readonly Geography South = new() { Level = GeographyLevel.Region, Name = "South", Slug = "south", Region = England };

    private static SourceFile File(string path) => new()
    {
        Path = path, Sha256 = "", Publisher = "", Publication = "", Release = "", Table = "", Licence = "",
    };

    private static Geography Authority(string name, Geography region) => new()
    {
        Level = GeographyLevel.Authority, Name = name, Slug = name.ToLowerInvariant(), GssCode = $"E06{name}", LaCode = name, Region = region,
    };

    private static SpendingLine Total(Geography geography, double? pounds, int line) => new()
    {
        Geography = geography, Year = 2025, FinancialYear = "2024-25", Label = "total", Category = SpendingCategory.TotalChildrensSocialCare,
        Role = SpendingLineRole.DerivedTotal, GrossExpenditure = pounds,
        Status = pounds is null ? ObservationStatus.NotAvailable : ObservationStatus.Published, SourceFile = Spending, SourceLine = line,
    };

    private static Observation Count(Geography geography, string cell, int line) => new()
    {
        IndicatorId = "children-in-need", Geography = geography, Year = 2025, Period = "31 March 2025", SourceFile = Children, SourceLine = line,
        SourceValue = cell,
        Value = double.TryParse(cell, out var n) ? n : null,
        Status = cell switch { "x" => ObservationStatus.NotAvailable, "c" => ObservationStatus.Suppressed, "u" => ObservationStatus.LowReliability, _ => ObservationStatus.Published },
    };

    private static MatchedSet Match(IEnumerable<MatchedSetCandidate> candidates, IEnumerable<SpendingLine>? groupTotals = null,
        IEnumerable<AuthorityGroupMember>? groups = null) =>
        MatchedSets.Match(PerChildInNeed, 2025, candidates,
            g => groupTotals?.SingleOrDefault(t => t.Geography == g), _ => null,
            (groups ?? []).ToLookup(m => m.Member, m => m.Group));

    [Fact]
    public void AuthorityWithASpecialChildCount_IsLeftOutOfBothSums()
    {
        var a = Authority("A", North);
        var b = Authority("B", North);
        var set = Match([
            new(a, Total(a, 1_000_000, 10), Count(a, "100", 2)),
            new(b, Total(b, 5_000_000, 11), Count(b, "x", 3)),
        ]);

        Assert.Equal([a], set.Included.Select(c => c.Authority));
        // B's 5,000,000 is not in the numerator although it is published: its children in need are not.
        Assert.Equal((1_000_000d, 100d), (set.Spending, set.Children));
        var left = Assert.Single(set.LeftOut);
        Assert.Equal((b, ObservationStatus.Published, ObservationStatus.NotAvailable), (left.Authority, left.SpendingStatus, left.ChildCountStatus));
        Assert.Equal("children in need at 31 March 2025 not available (x: children-in-need/b1.csv line 3)", left.Reason);
    }

    [Fact]
    public void AuthorityWithNoSpendingReturn_IsLeftOutOfTheDenominatorToo()
    {
        var a = Authority("A", North);
        var b = Authority("B", North);
        var c = Authority("C", North);
        var set = Match([
            new(a, Total(a, 1_000_000, 10), Count(a, "100", 2)),
            new(b, Total(b, null, 11), Count(b, "400", 3)),
            new(c, null, Count(c, "c", 4)),
        ]);

        Assert.Equal((1_000_000d, 100d), (set.Spending, set.Children));
        Assert.Equal(
            [
                (b, ObservationStatus.NotAvailable, ObservationStatus.Published, "no published S251 total for 2024-25 (not available: lait/spending.csv line 11)"),
                (c, ObservationStatus.Missing, ObservationStatus.Suppressed,
                    "no S251 total for 2024-25 in the source files; children in need at 31 March 2025 suppressed (c: children-in-need/b1.csv line 4)"),
            ],
            set.LeftOut.Select(l => (l.Authority, l.SpendingStatus, l.ChildCountStatus, l.Reason)));
    }

    [Fact]
    public void FigurePublishedOnlyForAReportingGroup_LeavesItsMembersOutAndIsNotAdded()
    {
        var a = Authority("A", North);
        var kingston = Authority("Kingston", North);
        var richmond = Authority("Richmond", North);
        var trust = new Geography { Level = GeographyLevel.AuthorityGroup, Name = "Kingston / Richmond", Slug = "kingston-richmond", Region = North };
        var set = Match(
            [
                new(a, Total(a, 1_000_000, 10), Count(a, "100", 2)),
                new(kingston, null, Count(kingston, "300", 3)),
                new(richmond, null, Count(richmond, "200", 4)),
            ],
            [Total(trust, 9_000_000, 12)],
            [new() { Group = trust, Member = kingston }, new() { Group = trust, Member = richmond }]);

        Assert.Equal((1_000_000d, 100d), (set.Spending, set.Children));
        Assert.Equal([kingston, richmond], set.LeftOut.Select(l => l.Authority));
        Assert.All(set.LeftOut, l => Assert.Equal("S251 total for 2024-25 published only for the reporting group Kingston / Richmond, not for the authority", l.Reason));
    }

    [Fact]
    public void GroupMemberWithItsOwnFigures_CountsOnceOnItsOwn()
    {
        var kingston = Authority("Kingston", North);
        var richmond = Authority("Richmond", North);
        var trust = new Geography { Level = GeographyLevel.AuthorityGroup, Name = "Kingston / Richmond", Slug = "kingston-richmond", Region = North };
        var set = Match(
            [new(kingston, Total(kingston, 3_000_000, 10), Count(kingston, "300", 3)), new(richmond, Total(richmond, 2_000_000, 11), Count(richmond, "200", 4))],
            [Total(trust, 9_000_000, 12)],
            [new() { Group = trust, Member = kingston }, new() { Group = trust, Member = richmond }]);

        Assert.Empty(set.LeftOut);
        Assert.Equal((5_000_000d, 500d), (set.Spending, set.Children));
    }

    [Fact]
    public void Membership_EnglandHoldsEveryAuthorityARegionOnlyItsOwn()
    {
        var a = Authority("A", North);
        var b = Authority("B", South);

        Assert.True(MatchedSets.LiesIn(a, England) && MatchedSets.LiesIn(b, England));
        Assert.True(MatchedSets.LiesIn(a, North));
        Assert.False(MatchedSets.LiesIn(b, North));
    }
}
