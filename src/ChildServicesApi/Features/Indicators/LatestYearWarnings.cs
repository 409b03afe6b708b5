using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Indicators;

/// <summary>
/// The warning for a year asked for after the latest year held, as the indicators warn, for the families whose years
/// are labelled by the year their period ends in (school outcomes, other measures).
/// </summary>
internal static class LatestYearWarnings
{
    /// <summary>
    /// One warning per requested year (by parameter name) after <paramref name="latest"/>, naming the latest period by
    /// <paramref name="label"/> (e.g. "academic year", 2024/25); none when nothing is held.
    /// </summary>
    public static IReadOnlyList<ResponseWarning> AfterLatest(int? latest, (string Kind, Func<int, string> Name) label, string what, params (string Parameter, int? Year)[] requested) =>
        latest is not { } held ? []
            : requested.Where(r => r.Year > held)
                .Select(r => new ResponseWarning(PeriodWarnings.AfterLatestPeriod, r.Parameter,
                    $"{r.Parameter}={r.Year} is after the latest {label.Kind} held for {what}: {label.Name(held)} ({held}). Later years are not in this data."))
                .ToList();
}
