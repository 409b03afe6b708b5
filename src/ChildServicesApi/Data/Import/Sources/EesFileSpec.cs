using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// One measure column of an EES file, optionally restricted to the rows of one category. <paramref name="PeriodKind"/>
/// is the measure's own kind where it differs from the file's: one file can hold a count on 31 March beside counts
/// over the year to 31 March.
/// </summary>
internal sealed record EesMeasure(
    string Column, string IndicatorId, string Title, string Description, IndicatorUnit Unit, string? Category = null, PeriodKind? PeriodKind = null);

/// <summary>What an EES file holds and which indicator each of its columns feeds; <paramref name="PeriodKind"/> is its measures' kind unless they say otherwise.</summary>
internal sealed record EesFileSpec(
    string Path,
    SourceCitation Citation,
    string Topic,
    PeriodKind PeriodKind,
    IReadOnlyList<EesMeasure> Measures,
    string? CategoryColumn = null);
