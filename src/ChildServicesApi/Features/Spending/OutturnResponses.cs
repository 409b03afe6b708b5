using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Spending;

/// <summary>The revenue outturn cell a figure was read from.</summary>
/// <param name="Publisher">Ministry of Housing, Communities and Local Government. <example>Ministry of Housing, Communities and Local Government</example></param>
/// <param name="Publication">Local authority revenue expenditure and financing England: individual local authority data, outturn.</param>
/// <param name="Release">The release of the outturn. <example>2024-25 outturn, second release (4 December 2025)</example></param>
/// <param name="File">The workbook under seed/ (see /api/v1/meta for its SHA-256). <example>revenue-outturn/RSX_LA_Data_2024-25_data_by_LA.ods</example></param>
/// <param name="Sheet">The sheet in the workbook. <example>RSX_LA_Data_202425</example></param>
/// <param name="Row">1-based row on the sheet. <example>17</example></param>
/// <param name="Column">Column letters on the sheet. <example>AB</example></param>
/// <param name="Cell">The cell exactly as published, in £ thousand, or its symbol ([x] not received in time for publication, [z] not collected, [note 4] no breakdown given). <example>100651.95</example></param>
/// <param name="Url">The publication's collection page.</param>
/// <param name="Licence">Open Government Licence v3.0.</param>
/// <param name="Attribution">The attribution the licence asks for.</param>
internal sealed record OutturnSource(
    string Publisher, string Publication, string Release, string File, string Sheet, int Row, string Column, string Cell, string? Url, string Licence, string Attribution);

/// <summary>
/// One figure of MHCLG's revenue outturn for one children's services authority, financial year, line and measure, in
/// pounds. A different collection from DfE's Section 251 (the rest of /spending), with different definitions: compare
/// the two side by side, never add them.
/// </summary>
/// <param name="Geography">The authority, as it existed at the end of the financial year.</param>
/// <param name="Year">Calendar year the financial year ends in. <example>2025</example></param>
/// <param name="FinancialYear">The financial year. <example>2024-25</example></param>
/// <param name="Form">rsx (the service expenditure summary) or ro3 (social care and public health, line by line).</param>
/// <param name="Line">The line: rsx-children-social-care (RSX 330), or RO3's sure-start-and-early-years (10), children-looked-after (13) and its "of which" lines children-looked-after-residential-care (16), -fostering (17), -asylum-seekers (18), -other (19), other-childrens-and-families-services (15), family-support-services (22), youth-justice (23), safeguarding (25), asylum-seekers (26), services-for-young-people (27) and total-children-social-care (30).</param>
/// <param name="LineReference">The form's own line number. <example>330</example></param>
/// <param name="Label">The line's title as the workbooks give it (checked in every file; notes and spacing aside). <example>Children Social Care</example></param>
/// <param name="Measure">total-expenditure (C3: employees and running expenses) or net-current-expenditure (C7: less sales, fees, charges and other income).</param>
/// <param name="Value">Pounds: the published £ thousand times 1000; null unless status is published. <example>100651950</example></param>
/// <param name="Status">published, not-available ([x], or no breakdown given) or not-applicable ([z]).</param>
/// <param name="Source">The publication, workbook, sheet and cell it was read from.</param>
internal sealed record OutturnFigureResponse(
    GeographyRef Geography, int Year, string FinancialYear, OutturnForm Form, OutturnLine Line, string LineReference, string Label,
    OutturnMeasure Measure, double? Value, ObservationStatus Status, OutturnSource Source) : IHeldRow
{
    HeldRendering IHeldRow.Rendering { get; } = new();
}
