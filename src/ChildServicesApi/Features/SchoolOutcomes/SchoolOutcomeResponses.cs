using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.SchoolOutcomes;

/// <summary>Where a school outcome is published, and how it reached this API.</summary>
/// <param name="Publisher">Department for Education. <example>Department for Education</example></param>
/// <param name="Publication">The publication the figures are DfE's. <example>Outcomes for children in need, including children looked after by local authorities in England</example></param>
/// <param name="Url">The publication's page, as LAIT's data dictionary links it. <example>https://explore-education-statistics.service.gov.uk/find-statistics/outcomes-for-children-in-need-including-children-looked-after-by-local-authorities-in-england</example></param>
/// <param name="CompiledBy">The compilation the figures were taken from: DfE's Local Authority Interactive Tool (LAIT), which republishes them by authority. <example>Local authority interactive tool (LAIT)</example></param>
/// <param name="LaitCode">LAIT's code for the measure. <example>CIN_KS2_ExpStd_RWM</example></param>
/// <param name="LaitName">The measure's name in LAIT's data dictionary. <example>% of CIN achieving expected standard KS2 in Reading, Writing and Maths</example></param>
/// <param name="Dictionary">Where the definition and methodology are: LAIT's data dictionary, file and line. <example>lait/lait_data_dictionary.csv, line 2546</example></param>
/// <param name="Licence">Open Government Licence v3.0. <example>Open Government Licence v3.0</example></param>
internal sealed record SchoolOutcomeCitation(
    string Publisher, string Publication, string Url, string CompiledBy, string LaitCode, string LaitName, string Dictionary, string Licence);

/// <summary>One school outcome of children in need, on a child protection plan or looked after, and the academic years it has figures for.</summary>
/// <param name="Id">Stable kebab-case id. <example>children-in-need-ks2-expected-standard-reading-writing-maths</example></param>
/// <param name="Title">Short title. <example>Children in need reaching the expected standard in reading, writing and maths at key stage 2</example></param>
/// <param name="Cohort">children-in-need, child-protection-plan or looked-after: whose outcome it is (the methodology gives DfE's exact cohort).</param>
/// <param name="Topic">early-years, key-stage-2, key-stage-4, absence, exclusions, special-educational-needs or free-school-meals.</param>
/// <param name="Unit">percent (of the cohort's pupils, or for absence of their possible sessions) or average-score (Attainment 8 points, a progress score whose national average is 0, or an EBacc average point score).</param>
/// <param name="Decimals">The decimals the figures are published to. <example>0</example></param>
/// <param name="YearsAvailable">Calendar years the academic years with a figure or status end in: 2025 is 2024/25.</param>
/// <param name="Latest">The latest academic year held, e.g. 2024/25; null when there are no figures. <example>2024/25</example></param>
/// <param name="Coverage">Per academic year, how many local authorities have a figure and how many LAIT gives a dash (authority groups, regions and England not counted).</param>
/// <param name="Definition">LAIT's data dictionary's description of the measure, verbatim.</param>
/// <param name="Methodology">LAIT's data dictionary's methodology (numerator and denominator, cohort), verbatim; null where it gives none.</param>
/// <param name="Source">Where it is published and the compilation it came through.</param>
internal sealed record SchoolOutcomeResponse(
    string Id, string Title, SchoolOutcomeCohort Cohort, SchoolOutcomeTopic Topic, SchoolOutcomeUnit Unit, int Decimals,
    IReadOnlyList<int> YearsAvailable, string? Latest, IReadOnlyList<SchoolOutcomeCoverage> Coverage, string Definition, string? Methodology, SchoolOutcomeCitation Source);

/// <summary>How many local authorities have a school outcome's figure in one academic year.</summary>
/// <param name="Year">Calendar year the academic year ends in. <example>2025</example></param>
/// <param name="AcademicYear">The academic year. <example>2024/25</example></param>
/// <param name="Published">Authorities with a figure. <example>77</example></param>
/// <param name="NotAvailable">Authorities LAIT gives a dash. <example>76</example></param>
internal sealed record SchoolOutcomeCoverage(int Year, string AcademicYear, int Published, int NotAvailable);

/// <summary>The LAIT cell a school outcome was read from.</summary>
/// <param name="File">The file under seed/ (see /api/v1/meta for its SHA-256). <example>lait/lait_bds_long_csc_topics_2026-04-08.csv</example></param>
/// <param name="Release">The LAIT data the file holds. <example>LAIT data of 2026-04-08</example></param>
/// <param name="Line">1-based line of the file (the header is line 1). <example>2</example></param>
/// <param name="Cell">The cell exactly as LAIT gives it: a number, or "-" (not available). <example>16</example></param>
internal sealed record SchoolOutcomeSource(string File, string Release, int Line, string Cell);

/// <summary>
/// One school outcome for one geography and academic year. Figures are filed on the authority that existed on 31 March
/// of the year the academic year ends (the day DfE counts its cohorts on), as LAIT files them.
/// </summary>
/// <param name="Outcome">The outcome's id. <example>children-in-need-ks2-expected-standard-reading-writing-maths</example></param>
/// <param name="Geography">The authority, region, London sub-region (Inner or Outer London) or England.</param>
/// <param name="Year">Calendar year the academic year ends in. <example>2025</example></param>
/// <param name="AcademicYear">The academic year, September to August. <example>2024/25</example></param>
/// <param name="Value">The figure, in the outcome's unit; null unless status is published. <example>16</example></param>
/// <param name="Status">published, or not-available (LAIT's "-", which does not say why; key stage 2 has only dashes for 2019/20 and 2020/21, when its assessments were not held).</param>
/// <param name="Reason">Why there is no figure; null when published.</param>
/// <param name="Source">The file, line and cell it was read from.</param>
/// <param name="DataVersion">The data version the figure belongs to, for its permalink.</param>
internal sealed record SchoolOutcomeFigureResponse(
    string Outcome, GeographyRef Geography, int Year, string AcademicYear, double? Value, ObservationStatus Status, StatusReason? Reason,
    SchoolOutcomeSource Source, string DataVersion) : IHeldRow
{
    /// <summary>Not a member of the answer: the permalink carries it.</summary>
    private string DataVersion { get; } = DataVersion;

    /// <summary>This figure at this data version.</summary>
    // Written with the figure, not held beside each of the 64,611: the part took 36 MB of RSS with it computed, 56 MB with it held.
    public string Permalink => Citations.ValuesLink($"/api/v1/school-outcomes/{Uri.EscapeDataString(Outcome)}/values", Geography, Year, DataVersion);

    HeldRendering IHeldRow.Rendering { get; } = new();
}
