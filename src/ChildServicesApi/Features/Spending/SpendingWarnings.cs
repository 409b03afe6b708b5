using ChildServicesApi.Domain;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Spending;

/// <summary>The warning for a spending year after the latest financial year the store holds.</summary>
internal static class SpendingWarnings
{
    public static IReadOnlyList<ResponseWarning> AfterLatest(int? latest, int? year)
    {
        if (year is null)
        {
            return [];
        }
        return latest is { } held && year > held
            ? [new ResponseWarning(PeriodWarnings.AfterLatestPeriod, "year",
                $"year={year} is after the latest financial year of spending held: {Periods.FinancialYear(held)} ({held}). Later outturn is not in this data.")]
            : [];
    }
}
