using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Spending;

/// <summary>One S251 outturn line for one geography and financial year, in pounds.</summary>
/// <param name="Geography">Where the money was spent.</param>
/// <param name="Year">Calendar year the financial year ends in. <example>2025</example></param>
/// <param name="FinancialYear">The financial year. <example>2024-25</example></param>
/// <param name="Category">children-looked-after, safeguarding, family-support, other-childrens-and-family-services or total-childrens-social-care; null outside children's social care.</param>
/// <param name="Role">category-total, component, outside-social-care or derived-total.</param>
/// <param name="LineReference">The source's line number or LAIT measure code.</param>
/// <param name="Label">The source's own label for the line.</param>
/// <param name="GrossExpenditure">Gross expenditure in pounds; null unless status is published.</param>
/// <param name="NetCurrentExpenditure">Net current expenditure in pounds, where the source gives it.</param>
/// <param name="Status">published or not-available.</param>
/// <param name="Release">The release the line comes from.</param>
internal sealed record SpendingLineResponse(
    GeographyRef Geography, int Year, string FinancialYear, SpendingCategory? Category, SpendingLineRole Role,
    string? LineReference, string Label, double? GrossExpenditure, double? NetCurrentExpenditure, ObservationStatus Status, string Release) : IHeldRow
{
    HeldRendering IHeldRow.Rendering { get; } = new();
}
