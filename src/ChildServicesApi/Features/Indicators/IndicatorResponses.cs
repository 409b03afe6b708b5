using System.Globalization;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Http;

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
/// <param name="Latest">The latest period held; null when there are no figures.</param>
/// <param name="NextRelease">When the next release is expected and on what basis.</param>
/// <param name="Caveats">The publishers' notes on these figures, each with where it is recorded. Every indicator has at least one.</param>
internal sealed record IndicatorResponse(
    string Id, string Title, string Description, string Topic, IndicatorUnit Unit, PeriodKind PeriodKind,
    IReadOnlyList<int> YearsAvailable, SourceCitationResponse Source, LatestPeriod? Latest, NextRelease NextRelease, IReadOnlyList<CaveatResponse> Caveats);

/// <summary>A publisher's note on an indicator's figures.</summary>
/// <param name="Text">The note. <example>DfE rounds national and regional figures to the nearest 10.</example></param>
/// <param name="Source">Where it is recorded: seed/PROVENANCE.md's section, or the LAIT data dictionary's measure, column and line.</param>
internal sealed record CaveatResponse(string Text, string Source);

/// <summary>Why a figure has no value: a sentence, and where the reason comes from. Null when the figure is published.</summary>
/// <param name="Text">The reason. <example>Suppressed by DfE to protect confidentiality (small numbers).</example></param>
/// <param name="Source">Where it comes from: the publisher's definition of its symbol, a reorganisation order, a reporting group or a derivation's inputs.</param>
internal sealed record StatusReason(string Text, string Source);

/// <summary>The published cell a figure was read from.</summary>
/// <param name="Publisher">e.g. Department for Education.</param>
/// <param name="Publication">e.g. Characteristics of children in need.</param>
/// <param name="File">The file under seed/ (see /api/v1/meta for its SHA-256). For a derived figure, its numerator's file. <example>children-in-need/b1_children_in_need_2013_to_2025.csv</example></param>
/// <param name="Table">The table the file holds.</param>
/// <param name="Line">1-based line of the file (the header is line 1); for a derived figure, its numerator's line. <example>2</example></param>
/// <param name="Cell">The cell exactly as published: a number or the publisher's symbol (c, x, z, u, low, -); for a derived figure, its numerator and denominator. <example>402400</example></param>
/// <param name="Url">The publication's page; null for a derived figure.</param>
/// <param name="Licence">Open Government Licence v3.0.</param>
internal sealed record FigureSource(string Publisher, string Publication, string File, string Table, int Line, string Cell, string? Url, string Licence);

/// <summary>One figure, or the reason there is none, with the cell it was read from and a permanent link.</summary>
/// <param name="Geography">Where it is for.</param>
/// <param name="Year">Calendar year the period ends in. <example>2025</example></param>
/// <param name="Period">The period as a person reads it, by period kind: 31 March 2025, Year to 31 March 2025, 30 September 2025, Year to 30 September 2025, 2024-25 or Mid-2024. <example>31 March 2025</example></param>
/// <param name="Value">The figure; null unless status is published. <example>402400</example></param>
/// <param name="Status">published, suppressed, not-available, not-applicable, low-reliability or rounds-to-zero.</param>
/// <param name="Reason">Why there is no figure; null when published.</param>
/// <param name="Release">The release the figure comes from. <example>2025</example></param>
/// <param name="Source">The publication, file, line and cell it was read from.</param>
/// <param name="Permalink">This figure at this data version (a superseded release's figure links with release=all).</param>
internal sealed record ObservationResponse(
    GeographyRef Geography, int Year, string Period, double? Value, ObservationStatus Status, StatusReason? Reason, string Release, FigureSource Source, string Permalink) : IHeldRow
{
    HeldRendering IHeldRow.Rendering { get; } = new();
}

/// <summary>One point of a time series.</summary>
/// <param name="Year">Calendar year the period ends in.</param>
/// <param name="Period">The period as a person reads it.</param>
/// <param name="Value">The figure; null unless status is published.</param>
/// <param name="Status">published, suppressed, not-available, not-applicable, low-reliability or rounds-to-zero.</param>
/// <param name="Reason">Why there is no figure; null when published.</param>
/// <param name="Release">The release the figure comes from.</param>
/// <param name="Source">The publication, file, line and cell it was read from.</param>
/// <param name="Permalink">This figure at this data version.</param>
internal sealed record SeriesPoint(int Year, string Period, double? Value, ObservationStatus Status, StatusReason? Reason, string Release, FigureSource Source, string Permalink) : IHeldRow
{
    HeldRendering IHeldRow.Rendering { get; } = new();
}

/// <summary>One authority's figures for one indicator, oldest first.</summary>
/// <param name="Authority">The authority.</param>
/// <param name="Indicator">The indicator's id, title and unit.</param>
/// <param name="Points">One per year published.</param>
/// <param name="Warnings">What a reader should know, e.g. that the authority is published only inside a reporting group; empty when nothing.</param>
internal sealed record TimeSeriesResponse(AuthoritySummary Authority, IndicatorRef Indicator, IReadOnlyList<SeriesPoint> Points, IReadOnlyList<ResponseWarning> Warnings);

/// <summary>An indicator in brief.</summary>
/// <param name="Id">Id.</param>
/// <param name="Title">Title.</param>
/// <param name="Unit">Unit.</param>
internal sealed record IndicatorRef(string Id, string Title, IndicatorUnit Unit);

/// <summary>One column of the wide layout: a year.</summary>
/// <param name="Year">Calendar year the period ends in; the CSV's column header. <example>2025</example></param>
/// <param name="Period">The period as a person reads it. <example>31 March 2025</example></param>
internal sealed record ValuesYear(int Year, string Period);

/// <summary>One geography's figure in one year of the wide layout.</summary>
/// <param name="Year">Calendar year the period ends in. <example>2025</example></param>
/// <param name="Value">The figure; null unless status is published (in CSV, an empty cell). <example>1978</example></param>
/// <param name="Status">published, a special value's status, or missing (no file has a figure for the geography and year).</param>
/// <param name="Reason">Why there is no figure; null when published.</param>
/// <param name="Release">The release the figure comes from; null when missing.</param>
/// <param name="Source">The publication, file, line and cell it was read from; null when missing.</param>
/// <param name="Permalink">This figure at this data version; null when missing.</param>
internal sealed record ValuesCell(int Year, double? Value, ObservationStatus Status, StatusReason? Reason, string? Release, FigureSource? Source, string? Permalink);

/// <summary>One geography's row of the wide layout.</summary>
/// <param name="Geography">Where the figures are for.</param>
/// <param name="Cells">One per year, in the order of the table's years.</param>
internal sealed record ValuesRow(GeographyRef Geography, IReadOnlyList<ValuesCell> Cells);

/// <summary>
/// An indicator's figures laid out wide (layout=wide): one row per geography, one cell per year, for spreadsheets,
/// Datawrapper and Flourish. The same figures as the long layout with the same filters; its rows page like the long
/// layout's items. Its CSV has the geography's name, code, DfE code, slug and level, then one column per year.
/// </summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Years">The columns: every year with a figure among the figures selected, oldest first (newest first with sort=-year).</param>
/// <param name="Items">One row per geography with a figure among those selected, by name unless sort says otherwise.</param>
/// <param name="Paging">Where this page of geographies sits among all of them.</param>
/// <param name="Sources">The files this page's figures come from.</param>
/// <param name="Permalink">This answer, pinned to the data version.</param>
/// <param name="Warnings">What a reader should know about the answer (e.g. a year after the latest period held); empty when nothing.</param>
internal sealed record IndicatorValuesTable(
    IndicatorRef Indicator, IReadOnlyList<ValuesYear> Years, IReadOnlyList<ValuesRow> Items, Paging Paging,
    IReadOnlyList<SourceFileResponse> Sources, string Permalink, IReadOnlyList<ResponseWarning> Warnings) : ICsvTable
{
    /// <summary>The geography's columns, name first (chart tools label rows by the first column), then one column per year.</summary>
    public IReadOnlyList<string> CsvHeader() =>
        ["geographyName", "geographyCode", "geographyLaCode", "geographySlug", "geographyLevel", .. Years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture))];

    /// <summary>A row per geography: an empty cell where there is no published figure (never 0).</summary>
    public IEnumerable<IReadOnlyList<object?>> CsvRows() =>
        Items.Select(r => (IReadOnlyList<object?>)[r.Geography.Name, r.Geography.Code, r.Geography.LaCode, r.Geography.Slug, r.Geography.Level, .. r.Cells.Select(c => (object?)c.Value)]);
}
