using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Spending;

/// <summary>The warning for a spending year after the latest financial year the store holds.</summary>
internal static class SpendingWarnings
{
    public static async Task<IReadOnlyList<ResponseWarning>> AfterLatestAsync(AppDbContext db, int? year, CancellationToken ct)
    {
        if (year is null)
        {
            return [];
        }
        var latest = await db.SpendingLines.MaxAsync(l => (int?)l.Year, ct);
        return latest is { } held && year > held
            ? [new ResponseWarning(PeriodWarnings.AfterLatestPeriod, "year",
                $"year={year} is after the latest financial year of spending held: {Periods.FinancialYear(held)} ({held}). Later outturn is not in this data.")]
            : [];
    }
}
