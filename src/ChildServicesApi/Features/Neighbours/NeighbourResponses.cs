using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Neighbours;

/// <summary>A DfE statistical neighbour model.</summary>
/// <param name="Year">The model's year. <example>2025</example></param>
/// <param name="Title">The model as DfE names it.</param>
/// <param name="CodesAsAt">The date the model's authority codes refer to.</param>
internal sealed record NeighbourModelResponse(int Year, string Title, DateOnly CodesAsAt);

/// <summary>One statistical neighbour.</summary>
/// <param name="Rank">1 is the most similar. <example>1</example></param>
/// <param name="Authority">The neighbour.</param>
/// <param name="Closeness">DfE's closeness band.</param>
internal sealed record NeighbourResponse(int Rank, AuthoritySummary Authority, Closeness Closeness);

/// <summary>An authority's ten statistical neighbours in one model: the authorities DfE judges most similar to it.</summary>
/// <param name="Authority">The authority.</param>
/// <param name="Model">The model these neighbours come from.</param>
/// <param name="OtherModels">The other models that list this authority (ask with model=year).</param>
/// <param name="Neighbours">The neighbours, closest first.</param>
/// <param name="Sources">The file the neighbours were read from.</param>
/// <param name="Permalink">This answer, pinned to the data version.</param>
internal sealed record NeighboursResponse(
    AuthoritySummary Authority, NeighbourModelResponse Model, IReadOnlyList<int> OtherModels, [CsvRows] IReadOnlyList<NeighbourResponse> Neighbours,
    IReadOnlyList<SourceFileResponse> Sources, string Permalink);

/// <summary>A neighbour's figure in one year.</summary>
/// <param name="Rank">The neighbour's rank in the model (1 = most similar).</param>
/// <param name="Authority">The neighbour.</param>
/// <param name="Value">The figure; null when not published.</param>
/// <param name="Status">published, a special value's status, or missing.</param>
/// <param name="Reason">Why there is no figure; null when published.</param>
/// <param name="Permalink">The figure at this data version; null when missing.</param>
internal sealed record NeighbourFigure(int Rank, GeographyRef Authority, double? Value, ObservationStatus Status, StatusReason? Reason, string? Permalink);

/// <summary>The neighbours' average in one year.</summary>
/// <param name="Value">Unweighted mean of the neighbours with a published figure (to 6 decimal places); null when none has one.</param>
/// <param name="Count">Neighbours averaged.</param>
/// <param name="Excluded">Neighbours without a published figure that year.</param>
internal sealed record NeighbourAverage(double? Value, int Count, int Excluded);

/// <summary>The authority's position among itself and its neighbours with a published figure, 1 = highest value.</summary>
/// <param name="Position">1-based; ties share the best position. <example>3</example></param>
/// <param name="Of">How many were ranked (the authority and its neighbours with a figure). <example>11</example></param>
/// <param name="Tied">True when a neighbour has the same value.</param>
internal sealed record NeighbourRank(int Position, int Of, bool Tied);

/// <summary>One year side by side.</summary>
/// <param name="Year">The year. <example>2025</example></param>
/// <param name="Period">The period the year stands for.</param>
/// <param name="Figure">The authority's figure.</param>
/// <param name="Region">Its region's figure.</param>
/// <param name="England">England's figure.</param>
/// <param name="NeighbourAverage">The neighbours' average.</param>
/// <param name="Rank">The authority's rank among its neighbours; null when it has no published figure.</param>
/// <param name="Neighbours">Each neighbour's figure, closest first.</param>
internal sealed record ComparisonYear(
    int Year, string Period, FigureCell Figure, FigureCell Region, FigureCell England, NeighbourAverage NeighbourAverage, NeighbourRank? Rank,
    [CsvExpand] IReadOnlyList<NeighbourFigure> Neighbours);

/// <summary>An authority's series for one indicator beside its region, England and its statistical neighbours.</summary>
/// <param name="Authority">The authority.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Model">The neighbour model used.</param>
/// <param name="Neighbours">The neighbours, closest first.</param>
/// <param name="Years">One entry per year, oldest first.</param>
/// <param name="Sources">The files the figures and the neighbours come from.</param>
/// <param name="Permalink">This answer, pinned to the data version.</param>
/// <param name="Warnings">What a reader should know, e.g. that 'to' is after the latest period held; empty when nothing.</param>
internal sealed record ComparisonResponse(
    AuthoritySummary Authority, IndicatorRef Indicator, NeighbourModelResponse Model, IReadOnlyList<NeighbourResponse> Neighbours,
    [CsvRows] IReadOnlyList<ComparisonYear> Years, IReadOnlyList<SourceFileResponse> Sources, string Permalink, IReadOnlyList<ResponseWarning> Warnings);
