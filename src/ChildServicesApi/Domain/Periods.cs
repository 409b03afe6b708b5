using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Domain;

/// <summary>How a period is written and when it ends, for each kind of period.</summary>
internal static class Periods
{
    public static string Label(PeriodKind kind, int year) => kind switch
    {
        PeriodKind.YearTo31March => $"Year to 31 March {year}",
        PeriodKind.At31March => $"31 March {year}",
        PeriodKind.CensusAt30September => $"30 September {year}",
        PeriodKind.YearTo30September => $"Year to 30 September {year}",
        PeriodKind.FinancialYear => FinancialYear(year),
        PeriodKind.MidYearEstimate => $"Mid-{year}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The last day of the period, which decides which authority a bare DfE code meant at the time.</summary>
    public static DateOnly End(PeriodKind kind, int year) => kind switch
    {
        PeriodKind.YearTo31March or PeriodKind.At31March or PeriodKind.FinancialYear => new DateOnly(year, 3, 31),
        PeriodKind.CensusAt30September or PeriodKind.YearTo30September => new DateOnly(year, 9, 30),
        PeriodKind.MidYearEstimate => new DateOnly(year, 6, 30),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>2025 → "2024-25".</summary>
    public static string FinancialYear(int endYear) => $"{endYear - 1}-{endYear % 100:00}";

    /// <summary>Reads "2024-25" (optionally followed by a note such as " (OT)") as its end year, 2025.</summary>
    public static int? ParseFinancialYear(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length < 7 || span[4] != '-' ||
            !int.TryParse(span[..4], out var start) || !int.TryParse(span[5..7], out var end) ||
            (start + 1) % 100 != end)
        {
            return null;
        }
        return start + 1;
    }
}
