using System.Text.Json.Serialization;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Statistics;

/// <summary>One authority's place in a ranking.</summary>
/// <param name="Position">1-based; tied authorities share the best position. <example>1</example></param>
/// <param name="Tied">True when another authority has the same value.</param>
/// <param name="Percentile">Percent rank: the share of the other ranked authorities with a lower value (100 = highest). <example>100</example></param>
/// <param name="Authority">The authority.</param>
/// <param name="Value">Its published figure.</param>
/// <param name="Permalink">The figure at this data version.</param>
internal sealed record RankedAuthority(int Position, bool Tied, double? Percentile, GeographyRef Authority, double Value, string Permalink);

/// <summary>Authorities ranked on an indicator in one year.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Year">The year ranked. <example>2025</example></param>
/// <param name="Period">The period the year stands for.</param>
/// <param name="Order">descending (1 = highest) or ascending (1 = lowest).</param>
/// <param name="Method">How positions, ties and percentiles are worked out.</param>
/// <param name="Ranked">How many authorities are ranked.</param>
/// <param name="TiedAuthorities">How many ranked authorities share their value with another.</param>
/// <param name="Items">The ranking, first position first.</param>
/// <param name="Excluded">Authorities that existed in the year but have no published figure, with the reason.</param>
/// <param name="Sources">The files the figures come from.</param>
/// <param name="Permalink">This answer, pinned to the data version.</param>
/// <param name="Warnings">What a reader should know about this answer; empty when nothing (a year after the data's end is a 404 whose problem carries the warning).</param>
internal sealed record RankingResponse(
    IndicatorRef Indicator, int Year, string Period, string Order, [CsvOmit] string Method, int Ranked, int TiedAuthorities,
    [CsvRows] IReadOnlyList<RankedAuthority> Items, IReadOnlyList<AuthorityFigure> Excluded,
    IReadOnlyList<SourceFileResponse> Sources, string Permalink, IReadOnlyList<ResponseWarning> Warnings);

/// <summary>The authorities holding an extreme value.</summary>
/// <param name="Value">The value.</param>
/// <param name="Authorities">Every authority with it (more than one when tied).</param>
internal sealed record Extreme(double Value, IReadOnlyList<AuthorityFigure> Authorities);

/// <summary>How an indicator is spread across authorities in one year. The statistics are null when no authority has a published figure.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Year">The year. <example>2025</example></param>
/// <param name="Period">The period the year stands for.</param>
/// <param name="Count">Authorities with a published figure.</param>
/// <param name="Min">The lowest value and who has it.</param>
/// <param name="Max">The highest value and who has it.</param>
/// <param name="Ratio">max / min, when min is above zero: "x times as much".</param>
/// <param name="Range">max - min.</param>
/// <param name="LowerQuartile">25th percentile.</param>
/// <param name="Median">50th percentile.</param>
/// <param name="UpperQuartile">75th percentile.</param>
/// <param name="Mean">Unweighted mean of the authorities' figures.</param>
/// <param name="Method">How the quartiles and mean are worked out.</param>
/// <param name="England">England's own published figure for the year, for comparison.</param>
/// <param name="ExcludedCount">Authorities that existed in the year but have no published figure.</param>
/// <param name="Excluded">Those authorities, with the reason (suppressed, not available, missing...).</param>
/// <param name="Sources">The files the figures come from.</param>
/// <param name="Permalink">This answer, pinned to the data version.</param>
/// <param name="Warnings">What a reader should know about this answer; empty when nothing (a year after the data's end is a 404 whose problem carries the warning).</param>
internal sealed record DistributionResponse(
    IndicatorRef Indicator, int Year, string Period, int Count, Extreme? Min, Extreme? Max, double? Ratio, double? Range,
    double? LowerQuartile, double? Median, double? UpperQuartile, double? Mean, string Method, FigureCell England,
    int ExcludedCount, IReadOnlyList<AuthorityFigure> Excluded, IReadOnlyList<SourceFileResponse> Sources, string Permalink,
    IReadOnlyList<ResponseWarning> Warnings);

/// <summary>Whether a change could be worked out.</summary>
internal enum ChangeOutcome
{
    /// <summary>Both figures published for the same area.</summary>
    Compared,
    /// <summary>One or both figures are not published (suppressed, not available, missing).</summary>
    Incomplete,
    /// <summary>The authority's area changed between the years, so the figures cover different places and are not compared.</summary>
    BoundaryChanged,
}

/// <summary>One end of a change.</summary>
/// <param name="Year">The year. <example>2013</example></param>
/// <param name="ReportedAs">The geography the figure was published under.</param>
/// <param name="Value">The figure; null when not published.</param>
/// <param name="Status">published, a special value's status, or missing.</param>
/// <param name="Reason">Why there is no figure; null when published.</param>
/// <param name="Permalink">The figure at this data version; null when missing.</param>
internal sealed record ChangeEnd(int Year, GeographyRef? ReportedAs, double? Value, ObservationStatus Status, StatusReason? Reason, string? Permalink);

/// <summary>The change in a companion rate (per 10,000 children), where the publisher gives one.</summary>
/// <param name="Indicator">The rate indicator.</param>
/// <param name="Start">The rate in the earlier year.</param>
/// <param name="End">The rate in the later year.</param>
/// <param name="Absolute">End minus start.</param>
/// <param name="Percent">The change as a percentage of the start, one decimal place.</param>
internal sealed record RateChange([CsvOmit] IndicatorRef Indicator, ChangeEnd Start, ChangeEnd End, double? Absolute, double? Percent);

/// <summary>One geography's change between two years.</summary>
/// <param name="Geography">The authority (or England).</param>
/// <param name="Outcome">compared, incomplete or boundary-changed.</param>
/// <param name="Start">The earlier figure.</param>
/// <param name="End">The later figure.</param>
/// <param name="Absolute">End minus start.</param>
/// <param name="Percent">The change as a percentage of the start, one decimal place.</param>
/// <param name="Rate">The companion rate's change, when the indicator is a count with a published rate.</param>
/// <param name="Note">Why a change is not given, or what was joined (a GSS code change).</param>
internal sealed record ChangeRow(
    GeographyRef Geography, ChangeOutcome Outcome, ChangeEnd Start, ChangeEnd End, double? Absolute, double? Percent, RateChange? Rate, string? Note) : IHeldRow
{
    HeldRendering IHeldRow.Rendering { get; } = new();
}

/// <summary>The change in an indicator between two years, for England and each authority.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="From">The earlier year. <example>2013</example></param>
/// <param name="To">The later year. <example>2025</example></param>
/// <param name="RateIndicator">The companion rate compared alongside, if any.</param>
/// <param name="Method">How changes and boundary changes are handled.</param>
/// <param name="England">England's change (in CSV, the first row).</param>
/// <param name="Items">Each authority that existed in either year (in the region or list asked for), in the order sort asks for (by name unless it says otherwise), at most limit of them.</param>
/// <param name="Sources">The files the figures come from.</param>
/// <param name="Permalink">This answer, pinned to the data version.</param>
/// <param name="Warnings">What a reader should know about this answer; empty when nothing (a year after the data's end is a 404 whose problem carries the warning).</param>
internal sealed record ChangeResponse(
    IndicatorRef Indicator, int From, int To, IndicatorRef? RateIndicator, [CsvOmit] string Method, [CsvOmit] ChangeRow England,
    IReadOnlyList<ChangeRow> Items, IReadOnlyList<SourceFileResponse> Sources, string Permalink, IReadOnlyList<ResponseWarning> Warnings)
{
    /// <summary>The CSV's rows: England first, then the authorities, so a chart tool gets the national figure beside them. Not in JSON, which has England in its own member.</summary>
    [JsonIgnore, CsvRows]
    public IReadOnlyList<ChangeRow> RowsWithEngland => [England, .. Items];
}
