using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.OtherMeasures;

/// <summary>Where an other measure is published, and how it reached this API.</summary>
/// <param name="Publisher">Who publishes the figures. <example>Department for Education</example></param>
/// <param name="Publication">The publication the figures are from. <example>Children looked after in England including adoptions</example></param>
/// <param name="Url">The publication's page, as LAIT's data dictionary links it. <example>https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions</example></param>
/// <param name="CompiledBy">The compilation the figures were taken from: DfE's Local Authority Interactive Tool (LAIT), which republishes them by authority. <example>Local authority interactive tool (LAIT)</example></param>
/// <param name="LaitCode">LAIT's code for the measure. <example>Emotional_LAC</example></param>
/// <param name="LaitName">The measure's name in LAIT's data dictionary. <example>Emotional Health of Looked after Children</example></param>
/// <param name="LaitTopic">LAIT's topic for the measure. <example>Children Looked After</example></param>
/// <param name="Dictionary">Where the definition and methodology are: LAIT's data dictionary, file and line. <example>lait/lait_data_dictionary.csv, line 2302</example></param>
/// <param name="Licence">Open Government Licence v3.0. <example>Open Government Licence v3.0</example></param>
internal sealed record OtherMeasureCitation(
    string Publisher, string Publication, string Url, string CompiledBy, string LaitCode, string LaitName, string LaitTopic, string Dictionary, string Licence);

/// <summary>
/// One published measure whose unit is none of the indicators', with its unit and period in words, the years it has
/// figures for and how many authorities have one.
/// </summary>
/// <param name="Id">Stable kebab-case id. <example>looked-after-sdq-score</example></param>
/// <param name="Title">Short title. <example>Average strengths and difficulties questionnaire (SDQ) score of children looked after</example></param>
/// <param name="UnitDescription">The unit, in words: a free text, not an enum, so that a measure in a new unit changes no schema. <example>average SDQ score (each child's score runs from 0 to 40)</example></param>
/// <param name="BetterWhen">lower or higher: which way LAIT's data dictionary (its Polarity) says is better; null where it says neither.</param>
/// <param name="Decimals">The decimals the figures are published to. <example>1</example></param>
/// <param name="PeriodDescription">What a year's period is, in words; each figure gives its period's label and first and last day. <example>The year to 31 March, labelled by the year it ends in: 2025 is 1 April 2024 to 31 March 2025.</example></param>
/// <param name="YearsAvailable">Calendar years the periods with a figure or status end in.</param>
/// <param name="Latest">The latest period held; null when there are no figures. <example>Year to 31 March 2025</example></param>
/// <param name="Coverage">Per year, how many local authorities have a figure and how many have none (regions and England not counted).</param>
/// <param name="Definition">LAIT's data dictionary's description of the measure, verbatim.</param>
/// <param name="Methodology">LAIT's data dictionary's methodology, verbatim; null where it gives none.</param>
/// <param name="Notes">Cells LAIT gives that are not the measure's figure for their area and year (served as not-available with the reason, or not served where no authority existed on the period's last day), and cells filed under another code, and why.</param>
/// <param name="Source">Where it is published and the compilation it came through.</param>
internal sealed record OtherMeasureResponse(
    string Id, string Title, string UnitDescription, BetterWhen? BetterWhen, int Decimals, string PeriodDescription, IReadOnlyList<int> YearsAvailable, string? Latest,
    IReadOnlyList<OtherMeasureCoverage> Coverage, string Definition, string? Methodology, IReadOnlyList<string> Notes, OtherMeasureCitation Source);

/// <summary>How many local authorities have an other measure's figure in one year.</summary>
/// <param name="Year">Calendar year the period ends in. <example>2025</example></param>
/// <param name="Period">The period. <example>Year to 31 March 2025</example></param>
/// <param name="Published">Authorities with a figure. <example>150</example></param>
/// <param name="NotAvailable">Authorities with no figure: LAIT's dash, or a number that is not the measure's figure (see notes). <example>3</example></param>
internal sealed record OtherMeasureCoverage(int Year, string Period, int Published, int NotAvailable);

/// <summary>The LAIT cell an other measure's figure was read from.</summary>
/// <param name="File">The file under seed/ (see /api/v1/meta for its SHA-256). <example>lait/lait_bds_long_csc_topics_2026-04-08.csv</example></param>
/// <param name="Release">The LAIT data the file holds. <example>LAIT data of 2026-04-08</example></param>
/// <param name="Line">1-based line of the file (the header is line 1). <example>51193</example></param>
/// <param name="Cell">The cell exactly as LAIT gives it: a number (the figure; or, when the figure is not-available, the number that is not the measure's figure), or "-". <example>14.700000000000001</example></param>
internal sealed record OtherMeasureSource(string File, string Release, int Line, string Cell);

/// <summary>
/// One other measure's figure for one geography and year. Figures are filed on the authority that existed on the
/// period's last day (31 March, or 31 December for a calendar year).
/// </summary>
/// <param name="Measure">The measure's id. <example>looked-after-sdq-score</example></param>
/// <param name="Geography">The authority, region, London sub-region (Inner or Outer London) or England.</param>
/// <param name="Year">Calendar year the period ends in. <example>2025</example></param>
/// <param name="Period">The period. <example>Year to 31 March 2025</example></param>
/// <param name="PeriodStart">The period's first day. <example>2024-04-01</example></param>
/// <param name="PeriodEnd">The period's last day. <example>2025-03-31</example></param>
/// <param name="Value">The figure, in the measure's unit; null unless status is published. <example>14.7</example></param>
/// <param name="Status">published, or not-available: LAIT's "-", which does not say why, or a number LAIT gives that is not the measure's figure (the reason says why).</param>
/// <param name="Reason">Why there is no figure; null when published.</param>
/// <param name="Source">The file, line and cell it was read from.</param>
/// <param name="DataVersion">The data version the figure belongs to, for its permalink.</param>
internal sealed record OtherMeasureFigureResponse(
    string Measure, GeographyRef Geography, int Year, string Period, DateOnly PeriodStart, DateOnly PeriodEnd, double? Value, ObservationStatus Status,
    StatusReason? Reason, OtherMeasureSource Source, string DataVersion) : IHeldRow
{
    /// <summary>Not a member of the answer: the permalink carries it.</summary>
    private string DataVersion { get; } = DataVersion;

    /// <summary>This figure at this data version.</summary>
    public string Permalink => Citations.ValuesLink($"/api/v1/other-measures/{Uri.EscapeDataString(Measure)}/values", Geography, Year, DataVersion);

    HeldRendering IHeldRow.Rendering { get; } = new();
}
