using System.Text.Json.Serialization;

namespace ChildServicesApi.Features.Indicators;

internal enum PeriodKind
{
    /// <summary>Reporting year to 31 March; counts "at 31 March" are taken on its last day.</summary>
    [JsonStringEnumMemberName("year-to-31-march")]
    YearTo31March,
    /// <summary>Workforce census on 30 September.</summary>
    [JsonStringEnumMemberName("census-at-30-september")]
    CensusAt30September,
    /// <summary>Financial year, 1 April to 31 March.</summary>
    FinancialYear,
    /// <summary>ONS mid-year population estimate, at 30 June.</summary>
    MidYearEstimate,
}
