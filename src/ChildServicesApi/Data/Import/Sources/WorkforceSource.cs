using ChildServicesApi.Features.Indicators;
using static ChildServicesApi.Features.Indicators.IndicatorUnit;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// DfE, Children's social work workforce: 2025 release, LA indicators 2017-2025. Most are counts on 30 September (the
/// census day); starters, leavers, turnover and sickness absence are counted over the year to 30 September.
/// </summary>
internal static class WorkforceSource
{
    public static EesFileSpec File { get; } = new("workforce/csww_indicators_2017_to_2025.csv",
        new SourceCitation(Publications.Workforce, "2025", 2025,
            "Children and family social workers: headline indicators by local authority (csww_indicators_2017_to_2025.csv)"),
        "Social work workforce", PeriodKind.CensusAt30September,
        [
            new("inpost_fte", "social-workers-fte", "Children and family social workers (FTE)",
                "Full-time equivalent children and family social workers employed by the authority on 30 September.", FullTimeEquivalent),
            new("inpost_headcount", "social-workers-headcount", "Children and family social workers (headcount)",
                "Children and family social workers employed by the authority on 30 September.", Count),
            new("starters_fte", "social-worker-starters-fte", "Social workers starting (FTE)",
                "Full-time equivalent social workers who started in the year to 30 September.", FullTimeEquivalent, PeriodKind: PeriodKind.YearTo30September),
            new("starters_headcount", "social-worker-starters-headcount", "Social workers starting (headcount)",
                "Social workers who started in the year to 30 September.", Count, PeriodKind: PeriodKind.YearTo30September),
            new("leavers_fte", "social-worker-leavers-fte", "Social workers leaving (FTE)",
                "Full-time equivalent social workers who left in the year to 30 September.", FullTimeEquivalent, PeriodKind: PeriodKind.YearTo30September),
            new("leavers_headcount", "social-worker-leavers-headcount", "Social workers leaving (headcount)",
                "Social workers who left in the year to 30 September.", Count, PeriodKind: PeriodKind.YearTo30September),
            new("turnover_rate_fte", "social-worker-turnover-rate-fte", "Social worker turnover rate (FTE, %)",
                "FTE leavers in the year to 30 September as a percentage of FTE social workers in post on 30 September.", Percent, PeriodKind: PeriodKind.YearTo30September),
            new("turnover_rate_headcount", "social-worker-turnover-rate-headcount", "Social worker turnover rate (headcount, %)",
                "Leavers in the year to 30 September as a percentage of social workers in post on 30 September.", Percent, PeriodKind: PeriodKind.YearTo30September),
            new("agency_fte", "agency-social-workers-fte", "Agency social workers (FTE)",
                "Full-time equivalent agency children and family social workers on 30 September.", FullTimeEquivalent),
            new("agency_headcount", "agency-social-workers-headcount", "Agency social workers (headcount)",
                "Agency children and family social workers on 30 September.", Count),
            new("agency_rate_fte", "agency-social-worker-rate-fte", "Agency social worker rate (FTE, %)",
                "Agency FTE as a percentage of agency plus employed FTE on 30 September.", Percent),
            new("agency_rate_headcount", "agency-social-worker-rate-headcount", "Agency social worker rate (headcount, %)",
                "Agency workers as a percentage of agency plus employed workers on 30 September.", Percent),
            new("agency_cover_fte", "agency-social-workers-covering-vacancies-fte", "Agency social workers covering vacancies (FTE)",
                "Full-time equivalent agency social workers covering vacant posts on 30 September.", FullTimeEquivalent),
            new("agency_cover_rate_fte", "agency-social-workers-covering-vacancies-percent", "Agency social workers covering vacancies (%)",
                "Agency FTE covering vacancies as a percentage of all agency FTE on 30 September.", Percent),
            new("vacancy_fte", "social-worker-vacancies-fte", "Social worker vacancies (FTE)",
                "Full-time equivalent vacant children and family social worker posts on 30 September.", FullTimeEquivalent),
            new("vacancy_rate_fte", "social-worker-vacancy-rate-fte", "Social worker vacancy rate (FTE, %)",
                "Vacant FTE posts as a percentage of vacancies plus employed FTE on 30 September.", Percent),
            new("vacancy_agency_cover_rate_fte", "social-worker-vacancies-covered-by-agency-percent", "Vacancies covered by agency workers (%)",
                "Vacant FTE posts covered by agency workers on 30 September, as a percentage of all vacant FTE posts.", Percent),
            new("case_holders_fte", "case-holding-social-workers-fte", "Case-holding social workers (FTE)",
                "Full-time equivalent social workers holding cases on 30 September.", FullTimeEquivalent),
            new("cases", "social-work-cases", "Cases held by social workers",
                "Cases held by children and family social workers on 30 September.", Count),
            new("caseload_fte", "social-worker-caseload", "Average caseload per case-holding social worker",
                "Cases divided by FTE case-holding social workers on 30 September.", Ratio),
            new("working_days_lost_fte", "social-worker-sickness-days-lost", "Working days lost to sickness absence (FTE)",
                "FTE working days lost to sickness absence in the year to 30 September.", Days, PeriodKind: PeriodKind.YearTo30September),
            new("absence_rate_fte", "social-worker-sickness-absence-rate", "Sickness absence rate (%)",
                "FTE working days lost to sickness in the year to 30 September as a percentage of the working days of the FTE social workers in post on 30 September (253 days each, 254 in a leap year).", Percent, PeriodKind: PeriodKind.YearTo30September),
        ]);
}
