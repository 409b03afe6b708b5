using System.Text.Json.Serialization;

namespace ChildServicesApi.Features.Indicators;

/// <summary>What a figure's year means: a count taken on one day (a stock) or a count over a year (a flow).</summary>
internal enum PeriodKind
{
    /// <summary>A flow over the reporting year 1 April to 31 March (referrals, starts, episodes during the year): "Year to 31 March 2025".</summary>
    [JsonStringEnumMemberName("year-to-31-march")]
    YearTo31March,
    /// <summary>A stock counted on 31 March, the last day of the reporting year (children in need, on a plan, looked after): "31 March 2025".</summary>
    [JsonStringEnumMemberName("at-31-march")]
    At31March,
    /// <summary>A stock counted by the workforce census on 30 September (social workers in post, agency workers, vacancies, cases): "30 September 2025".</summary>
    [JsonStringEnumMemberName("census-at-30-september")]
    CensusAt30September,
    /// <summary>A flow over the workforce census year 1 October to 30 September (starters, leavers, turnover, sickness absence): "Year to 30 September 2025".</summary>
    [JsonStringEnumMemberName("year-to-30-september")]
    YearTo30September,
    /// <summary>Financial year, 1 April to 31 March (spending): "2024-25".</summary>
    FinancialYear,
    /// <summary>ONS mid-year population estimate, at 30 June: "Mid-2024".</summary>
    MidYearEstimate,
}
