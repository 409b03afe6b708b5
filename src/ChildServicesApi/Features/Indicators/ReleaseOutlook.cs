using System.Globalization;
using System.Text.Json.Serialization;

namespace ChildServicesApi.Features.Indicators;

/// <summary>The latest period an indicator (or a publication) has figures for.</summary>
/// <param name="Year">Calendar year the period ends in. <example>2025</example></param>
/// <param name="Period">The period as a person reads it. <example>Year to 31 March 2025</example></param>
/// <param name="Release">The release its current figures come from. <example>2025</example></param>
internal sealed record LatestPeriod(int Year, string Period, string Release);

/// <summary>Where the next release stands against today.</summary>
internal enum NextReleaseState
{
    /// <summary>The expected month is still to come.</summary>
    Expected,
    /// <summary>The expected month is this month.</summary>
    [JsonStringEnumMemberName("due-this-month")]
    DueThisMonth,
    /// <summary>The expected month has passed: a newer release may be out, and it is not in this data.</summary>
    Passed,
    /// <summary>Nothing recorded says when.</summary>
    Unknown,
}

/// <summary>When the next release is expected, on what recorded basis, and whether that date has passed.</summary>
/// <param name="Expected">The month expected, from a recorded date; null when nothing recorded says. <example>2026-10</example></param>
/// <param name="Basis">What the expectation rests on (file and line), or why it is unknown.</param>
/// <param name="State">expected, due-this-month, passed or unknown.</param>
/// <param name="Note">Said when the expected month has come or passed: the newer release is not in this data.</param>
internal sealed record NextRelease(string? Expected, string Basis, NextReleaseState State, string? Note);

/// <summary>Where an indicator's data ends and what comes next, as of today (the clock, not the data, decides "passed").</summary>
internal static class ReleaseOutlook
{
    public static LatestPeriod? Latest(Indicator indicator) =>
        indicator.LatestYear is { } year ? new LatestPeriod(year, indicator.LatestPeriod!, indicator.LatestRelease!) : null;

    public static NextRelease Next(string? expected, string basis, DateOnly today)
    {
        if (expected is null || !DateOnly.TryParseExact(expected + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new NextRelease(null, basis, NextReleaseState.Unknown, null);
        }
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var name = month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var asOf = today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return month.CompareTo(thisMonth) switch
        {
            < 0 => new NextRelease(expected, basis, NextReleaseState.Passed,
                $"The next release was expected in {name}, which has passed (today is {asOf}): a newer release may have been published, and it is not in this data."),
            0 => new NextRelease(expected, basis, NextReleaseState.DueThisMonth,
                $"The next release is expected this month ({name}); it is not yet in this data."),
            _ => new NextRelease(expected, basis, NextReleaseState.Expected, null),
        };
    }

    public static NextRelease Next(Indicator indicator, DateOnly today) => Next(indicator.NextReleaseExpected, indicator.NextReleaseBasis, today);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
