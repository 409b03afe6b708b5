using ChildServicesApi.Features.Authorities;

namespace ChildServicesApi.Features.Indicators;

/// <summary>Where an indicator's figures are published.</summary>
/// <param name="Publisher">e.g. Department for Education.</param>
/// <param name="Publication">e.g. Characteristics of children in need.</param>
/// <param name="Table">The table, file and column the figures come from.</param>
/// <param name="Url">The publication's page.</param>
/// <param name="Licence">Open Government Licence v3.0.</param>
internal sealed record SourceCitationResponse(string Publisher, string Publication, string Table, string? Url, string Licence);

/// <summary>One measure in the catalogue.</summary>
/// <param name="Id">Stable kebab-case id. <example>children-in-need</example></param>
/// <param name="Title">Short title. <example>Children in need at 31 March</example></param>
/// <param name="Description">What it counts.</param>
/// <param name="Topic">The topic it belongs to.</param>
/// <param name="Unit">count, rate-per-10000-children, percent, pounds, full-time-equivalent, days or ratio.</param>
/// <param name="PeriodKind">What a year's figure counts, as the publication defines it: at-31-march (a count on 31 March), year-to-31-march (a count over the year 1 April to 31 March), census-at-30-september (a count on 30 September, the workforce census day), year-to-30-september (a count over the year to 30 September), financial-year (April to March) or mid-year-estimate (ONS, at 30 June).</param>
/// <param name="YearsAvailable">Years with at least one figure or status.</param>
/// <param name="Source">Where it is published.</param>
internal sealed record IndicatorResponse(
    string Id, string Title, string Description, string Topic, IndicatorUnit Unit, PeriodKind PeriodKind,
    IReadOnlyList<int> YearsAvailable, SourceCitationResponse Source);

/// <summary>One figure, or the reason there is none.</summary>
/// <param name="Geography">Where it is for.</param>
/// <param name="Year">Calendar year the period ends in. <example>2025</example></param>
/// <param name="Period">The period as a person reads it, by period kind: 31 March 2025, Year to 31 March 2025, 30 September 2025, Year to 30 September 2025, 2024-25 or Mid-2024. <example>31 March 2025</example></param>
/// <param name="Value">The figure; null unless status is published. <example>402400</example></param>
/// <param name="Status">published, suppressed, not-available, not-applicable, low-reliability or rounds-to-zero.</param>
/// <param name="Release">The release the figure comes from. <example>2025</example></param>
internal sealed record ObservationResponse(GeographyRef Geography, int Year, string Period, double? Value, ObservationStatus Status, string Release);

/// <summary>One point of a time series.</summary>
/// <param name="Year">Calendar year the period ends in.</param>
/// <param name="Period">The period as a person reads it.</param>
/// <param name="Value">The figure; null unless status is published.</param>
/// <param name="Status">published, suppressed, not-available, not-applicable, low-reliability or rounds-to-zero.</param>
/// <param name="Release">The release the figure comes from.</param>
internal sealed record SeriesPoint(int Year, string Period, double? Value, ObservationStatus Status, string Release);

/// <summary>One authority's figures for one indicator, oldest first.</summary>
/// <param name="Authority">The authority.</param>
/// <param name="Indicator">The indicator's id, title and unit.</param>
/// <param name="Points">One per year published.</param>
internal sealed record TimeSeriesResponse(AuthoritySummary Authority, IndicatorRef Indicator, IReadOnlyList<SeriesPoint> Points);

/// <summary>An indicator in brief.</summary>
/// <param name="Id">Id.</param>
/// <param name="Title">Title.</param>
/// <param name="Unit">Unit.</param>
internal sealed record IndicatorRef(string Id, string Title, IndicatorUnit Unit);
