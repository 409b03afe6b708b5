using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.SchoolOutcomes;

/// <summary>The warning for a year asked for after the latest academic year held, as the indicators warn.</summary>
internal static class SchoolOutcomeWarnings
{
    /// <summary>One warning per requested year (by parameter name) after <paramref name="latest"/>; none when nothing is held.</summary>
    public static IReadOnlyList<ResponseWarning> AfterLatest(int? latest, string what, params (string Parameter, int? Year)[] requested) =>
        latest is not { } held ? []
            : requested.Where(r => r.Year > held)
                .Select(r => new ResponseWarning(PeriodWarnings.AfterLatestPeriod, r.Parameter,
                    $"{r.Parameter}={r.Year} is after the latest academic year held for {what}: {SchoolOutcomesSource.AcademicYear(held)} ({held}). Later years are not in this data."))
                .ToList();
}
