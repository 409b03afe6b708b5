using System.Globalization;
using ChildServicesApi.Domain;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Indicators;

/// <summary>
/// The warnings an indicator's answers carry: a year asked for after the latest period held (naming that period and
/// what is known of the next release), and an authority whose figures are published only inside a reporting group.
/// </summary>
internal static class PeriodWarnings
{
    public const string AfterLatestPeriod = "after-latest-period";
    public const string PublishedInGroup = "published-in-group";

    /// <summary>One warning per requested year (by parameter name) after the indicator's latest period; none when it has no figures.</summary>
    public static IReadOnlyList<ResponseWarning> AfterLatest(Indicator indicator, DateOnly today, params (string Parameter, int? Year)[] requested)
    {
        if (indicator.LatestYear is not { } latest)
        {
            return [];
        }
        var next = ReleaseOutlook.Next(indicator, today);
        var month = next.Expected is null ? null
            : DateOnly.ParseExact(next.Expected + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var outlook = next.State switch
        {
            NextReleaseState.Passed => $" The next release was expected in {month}; it is not in this data.",
            NextReleaseState.DueThisMonth => $" The next release is expected this month ({month}); it is not yet in this data.",
            NextReleaseState.Expected => $" The next release is expected in {month}.",
            _ => " When the next release is due is not recorded.",
        };
        return requested.Where(r => r.Year > latest)
            .Select(r => new ResponseWarning(AfterLatestPeriod, r.Parameter,
                $"{r.Parameter}={r.Year} is after the latest period held for {indicator.Id}: {indicator.LatestPeriod} ({latest}, release {indicator.LatestRelease}).{outlook}"))
            .ToList();
    }

    /// <summary>The authority's figures for this indicator are published only as part of a reporting group.</summary>
    public static ResponseWarning InGroup(string indicatorId, string authority, string group, string publication) =>
        new(PublishedInGroup, "id",
            $"{StatusReasons.InGroup(authority, group, publication).Text} Its figures are at /api/v1/indicators/{indicatorId}/values?level=authority-group.");
}
