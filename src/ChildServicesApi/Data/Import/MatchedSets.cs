using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Data.Import;

/// <summary>One authority's two inputs to its area's spend per child; either may be absent.</summary>
internal sealed record MatchedSetCandidate(Geography Authority, SpendingLine? Spending, Observation? ChildCount)
{
    public bool HasSpending => Spending is { Status: ObservationStatus.Published, GrossExpenditure: not null };
    public bool HasChildCount => ChildCount is { Status: ObservationStatus.Published, Value: not null };
}

/// <summary>The authorities of an area whose spending and child count are both published, and those left out.</summary>
internal sealed record MatchedSet(IReadOnlyList<MatchedSetCandidate> Included, IReadOnlyList<DerivationLeftOut> LeftOut)
{
    public double Spending => Included.Sum(c => c.Spending!.GrossExpenditure!.Value);
    public double Children => Included.Sum(c => c.ChildCount!.Value!.Value);
}

/// <summary>
/// England's, a region's and a London sub-region's spend per child, on matched sets: DfE's published England and
/// regional S251 totals leave out authorities that made no return (Middlesbrough and Wandsworth in 2024-25) while the
/// published child counts include them, and the national and regional counts are rounded to the nearest 10. So both
/// sides are summed over the same authorities, every year, from the authorities' own figures.
/// </summary>
internal static class MatchedSets
{
    /// <summary>England holds every authority; a region or sub-region those filed under it.</summary>
    public static bool LiesIn(Geography authority, Geography area) => area.Level switch
    {
        GeographyLevel.National => true,
        GeographyLevel.Region => authority.Region == area,
        GeographyLevel.Subregion => authority.Subregion == area,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area.Level, "not an area"),
    };

    /// <summary>
    /// Splits an area's authorities into those with both inputs published and those left out. A reporting group's
    /// figure (<paramref name="groupsOf"/>) only explains why a member has none of its own: it cannot be divided among
    /// the members, and adding it whole would need every member to lack its own figure and lie in the area, so the
    /// members without their own figure are left out rather than counted through the group.
    /// </summary>
    public static MatchedSet Match(DerivedMeasure measure, int year, IEnumerable<MatchedSetCandidate> candidates,
        Func<Geography, SpendingLine?> groupSpending, Func<Geography, Observation?> groupChildCount, ILookup<Geography, Geography> groupsOf)
    {
        var included = new List<MatchedSetCandidate>();
        var leftOut = new List<DerivationLeftOut>();
        foreach (var candidate in candidates.OrderBy(c => c.Authority.Name, StringComparer.Ordinal).ThenBy(c => c.Authority.GssCode, StringComparer.Ordinal))
        {
            if (candidate.HasSpending && candidate.HasChildCount)
            {
                included.Add(candidate);
                continue;
            }
            var groups = groupsOf[candidate.Authority].ToList();
            var reasons = new List<string>();
            if (!candidate.HasSpending)
            {
                var group = groups.FirstOrDefault(g => groupSpending(g) is { Status: ObservationStatus.Published });
                reasons.Add(SpendingReason(measure, year, candidate.Spending, group));
            }
            if (!candidate.HasChildCount)
            {
                var group = groups.FirstOrDefault(g => groupChildCount(g) is { Status: ObservationStatus.Published });
                reasons.Add(ChildCountReason(measure, year + measure.DenominatorYearOffset, candidate.ChildCount, group));
            }
            leftOut.Add(new DerivationLeftOut
            {
                Authority = candidate.Authority,
                SpendingStatus = StatusOf(candidate.Spending?.Status, candidate.HasSpending),
                ChildCountStatus = StatusOf(candidate.ChildCount?.Status, candidate.HasChildCount),
                Reason = string.Join("; ", reasons),
            });
        }
        return new MatchedSet(included, leftOut);
    }

    private static ObservationStatus StatusOf(ObservationStatus? status, bool published) => status switch
    {
        null => ObservationStatus.Missing,
        ObservationStatus.Published when !published => ObservationStatus.NotAvailable,
        _ => status.Value,
    };

    private static string SpendingReason(DerivedMeasure measure, int year, SpendingLine? line, Geography? group) => (line, group) switch
    {
        (null, { } g) => $"{measure.NumeratorName} for {Periods.FinancialYear(year)} published only for the reporting group {g.Name}, not for the authority",
        (null, null) => $"no {measure.NumeratorName} for {Periods.FinancialYear(year)} in the source files",
        _ => $"no published {measure.NumeratorName} for {Periods.FinancialYear(year)} ({ObservationStatuses.Words(StatusOf(line.Status, false))}: {line.SourceFile.Path} line {line.SourceLine})",
    };

    private static string ChildCountReason(DerivedMeasure measure, int year, Observation? count, Geography? group) => (count, group) switch
    {
        (null, { } g) => $"{measure.ChildCountName(year)} published only for the reporting group {g.Name}, not for the authority",
        (null, null) => $"no figure for {measure.ChildCountName(year)} in the source files",
        _ => $"{measure.ChildCountName(year)} {ObservationStatuses.Words(StatusOf(count.Status, false))} ({count.SourceValue}: {count.SourceFile.Path} line {count.SourceLine})",
    };
}
