using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Features.Spending;

/// <summary>The spending total a derived figure divides.</summary>
/// <param name="Label">Which spending lines. <example>Total children's social care gross expenditure (the sum of the four S251 category totals)</example></param>
/// <param name="Amount">Pounds; null when not published.</param>
/// <param name="Status">published or why not.</param>
/// <param name="File">The source file under seed/.</param>
/// <param name="Line">The line of the file (the first of the four category totals).</param>
/// <param name="Release">The release the file belongs to.</param>
/// <param name="Permalink">The spending line at this data version (authorities only).</param>
internal sealed record SpendInput(string Label, double? Amount, ObservationStatus Status, string File, int Line, string Release, string? Permalink);

/// <summary>The child count a derived figure divides by.</summary>
/// <param name="IndicatorId">children-in-need or population-0-17.</param>
/// <param name="Year">The count's own year. <example>2025</example></param>
/// <param name="Period">The count's period, e.g. Mid-2024.</param>
/// <param name="Value">The count; null when not published.</param>
/// <param name="Status">published or why not.</param>
/// <param name="File">The source file under seed/.</param>
/// <param name="Line">The line of the file.</param>
/// <param name="Release">The release the file belongs to.</param>
/// <param name="Permalink">The count at this data version.</param>
internal sealed record ChildCountInput(string IndicatorId, int Year, string Period, double? Value, ObservationStatus Status, string File, int Line, string Release, string Permalink);

/// <summary>A derived spend-per-child figure with its working.</summary>
/// <param name="Measure">spend-per-child-in-need or spend-per-child.</param>
/// <param name="Geography">The authority, region or England.</param>
/// <param name="Year">The financial year's end year. <example>2025</example></param>
/// <param name="FinancialYear">e.g. 2024-25.</param>
/// <param name="Value">Pounds per child, to the penny; null when an input is not published.</param>
/// <param name="Status">published, or the status of the input that is not.</param>
/// <param name="Formula">The formula.</param>
/// <param name="Numerator">The spending total.</param>
/// <param name="Denominator">The child count.</param>
/// <param name="Permalink">The figure at this data version.</param>
internal sealed record PerChildResponse(
    string Measure, GeographyRef Geography, int Year, string FinancialYear, double? Value, ObservationStatus Status, string Formula,
    SpendInput Numerator, ChildCountInput Denominator, string Permalink);
