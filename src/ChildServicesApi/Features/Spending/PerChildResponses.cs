using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Spending;

/// <summary>The spending total a derived figure divides.</summary>
/// <param name="Label">Which spending lines. <example>Total children's social care gross expenditure (the sum of the four S251 category totals)</example></param>
/// <param name="Amount">Pounds; null when not published. For England or a region, the sum over the authorities included (see basis).</param>
/// <param name="Status">published or why not.</param>
/// <param name="File">The source file under seed/.</param>
/// <param name="Line">The line of the file (the first of the four category totals); null for England's or a region's sum, whose lines are in the included authorities' own rows.</param>
/// <param name="Release">The release the file belongs to.</param>
/// <param name="Permalink">The spending line at this data version (authorities only).</param>
internal sealed record SpendInput(string Label, double? Amount, ObservationStatus Status, string File, int? Line, string Release, string? Permalink);

/// <summary>The child count a derived figure divides by.</summary>
/// <param name="IndicatorId">children-in-need or population-0-17.</param>
/// <param name="Year">The count's own year. <example>2025</example></param>
/// <param name="Period">The count's period, e.g. Mid-2024.</param>
/// <param name="Value">The count; null when not published. For England or a region, the sum of the included authorities' counts (see basis), not DfE's published count.</param>
/// <param name="Status">published or why not.</param>
/// <param name="File">The source file under seed/.</param>
/// <param name="Line">The line of the file; null for England's or a region's sum.</param>
/// <param name="Release">The release the file belongs to.</param>
/// <param name="Permalink">The count at this data version; null for England's or a region's sum, which is not a published figure.</param>
internal sealed record ChildCountInput(string IndicatorId, int Year, string Period, double? Value, ObservationStatus Status, string File, int? Line, string Release, string? Permalink);

/// <summary>An authority left out of England's or a region's figure, with why.</summary>
/// <param name="Code">GSS code. <example>E06000002</example></param>
/// <param name="LaCode">DfE three-digit code. <example>806</example></param>
/// <param name="Name">Name as DfE publishes it. <example>Middlesbrough</example></param>
/// <param name="Slug">URL slug. <example>middlesbrough</example></param>
/// <param name="SpendingStatus">The status of its spending total: published, a special value's status, or missing when the source has no line for it.</param>
/// <param name="ChildCountStatus">The status of its child count: published, a special value's status, or missing when the source has no row for it.</param>
/// <param name="Reason">Why, citing the file and line. <example>no published S251 total for 2024-25 (not available: lait/lait_bds_long_csc_topics_2026-04-08.csv line 15215)</example></param>
internal sealed record LeftOutAuthority(string? Code, string? LaCode, string Name, string Slug, ObservationStatus SpendingStatus, ObservationStatus ChildCountStatus, string Reason);

/// <summary>
/// The matched set England's, a region's or a London sub-region's figure is computed on: the authorities of the area
/// (those that existed on 31 March of the financial year's end) with both a published spending total and a published
/// child count. The numerator and denominator are the sums over exactly these authorities.
/// </summary>
/// <param name="AuthoritiesIncluded">How many authorities both sums cover. <example>151</example></param>
/// <param name="LeftOut">The area's authorities left out of both sums, by name.</param>
/// <param name="Method">The rule.</param>
internal sealed record MatchedSetBasis(int AuthoritiesIncluded, IReadOnlyList<LeftOutAuthority> LeftOut, string Method);

/// <summary>A derived spend-per-child figure with its working. England's and the regions' figures are on matched sets (see basis).</summary>
/// <param name="Measure">spend-per-child-in-need or spend-per-child.</param>
/// <param name="Geography">The authority, region or England.</param>
/// <param name="Year">The financial year's end year. <example>2025</example></param>
/// <param name="FinancialYear">e.g. 2024-25.</param>
/// <param name="Value">Pounds per child, to the penny; null when an input is not published.</param>
/// <param name="Status">published, or the status of the input that is not.</param>
/// <param name="Formula">The formula.</param>
/// <param name="Numerator">The spending total.</param>
/// <param name="Denominator">The child count.</param>
/// <param name="Basis">For England, a region or a London sub-region: the authorities summed and those left out. Null for an authority, whose figure is its own two inputs.</param>
/// <param name="Permalink">The figure at this data version.</param>
internal sealed record PerChildResponse(
    string Measure, GeographyRef Geography, int Year, string FinancialYear, double? Value, ObservationStatus Status, string Formula,
    SpendInput Numerator, ChildCountInput Denominator, MatchedSetBasis? Basis, string Permalink) : IHeldRow
{
    HeldRendering IHeldRow.Rendering { get; } = new();
}
