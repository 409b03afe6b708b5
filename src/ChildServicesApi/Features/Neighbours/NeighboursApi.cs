using ChildServicesApi.Data;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Statistics;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.Neighbours;

/// <summary><c>/api/v1/authorities/{id}/neighbours</c>: DfE's statistical neighbours.</summary>
internal static class NeighboursApi
{
    public static IEndpointRouteBuilder MapNeighboursApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Neighbours", "authorities/{id}/neighbours", tag: "Comparisons").ForAuthority();
        group.MapGet("/", GetNeighbours).WithName(nameof(GetNeighbours)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        var comparison = app.MapVersionedGroup("Comparisons", "authorities/{id}/indicators/{indicatorId}/comparison", tag: "Comparisons").ForAuthority();
        comparison.MapGet("/", GetComparison).WithName(nameof(GetComparison)).Expensive().WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Get an authority's statistical neighbours</summary>
    /// <remarks>The ten authorities DfE's statistical neighbour model judges most similar, closest first, with DfE's closeness band. model=2025 (default) or 2021.</remarks>
    /// <param name="id">Authority: GSS code (E09000003), DfE code (302) or slug (barnet).</param>
    [EndpointSummary("Get an authority's statistical neighbours")]
    private static Results<Ok<NeighboursResponse>, ProblemHttpResult, ValidationProblem> GetNeighbours(
        string id, [AsParameters] NeighbourQuery query, RouteAuthority route, StoreSnapshot data, HttpContext http)
    {
        var authority = route.Geography;
        var (set, problem) = NeighbourSets.Load(data, authority, query.Model);
        if (set is null)
        {
            return problem!;
        }
        return TypedResults.Ok(new NeighboursResponse(data.SummaryOf(authority.Id), set.Model, set.OtherModels, set.Neighbours,
            Citations.Sources(data, [set.SourceFileId]), Citations.RequestLink(http.Request, data.DataVersion)));
    }

    /// <summary>Compare an authority with its region, England and statistical neighbours</summary>
    /// <remarks>For each year: the authority's figure, its region's, England's, each statistical neighbour's, the neighbours' average and the authority's rank among them (1 = highest). model=2025 (default) or 2021.</remarks>
    /// <param name="id">Authority: GSS code (E09000003), DfE code (302) or slug (barnet).</param>
    /// <param name="indicatorId">The indicator's id, e.g. child-protection-plans-rate.</param>
    [EndpointSummary("Compare an authority with its region, England and statistical neighbours")]
    private static Results<Ok<ComparisonResponse>, ProblemHttpResult, ValidationProblem> GetComparison(
        string id, string indicatorId, [AsParameters] ComparisonQuery query, RouteAuthority route, StoreSnapshot data, TimeProvider clock, HttpContext http)
    {
        var authority = route.Geography;
        if (data.Indicator(indicatorId) is not { } indicator)
        {
            return IndicatorLookup.NotFound(data, indicatorId);
        }
        var (set, problem) = NeighbourSets.Load(data, authority, query.Model);
        if (set is null)
        {
            return problem!;
        }
        int[] national = [data.National.Id];
        var region = authority.RegionId;
        var geographyIds = set.NeighbourIds.Append(authority.Id).Concat(national).Concat(region is null ? [] : [region.Value]).ToHashSet();
        var years = geographyIds.SelectMany(data.FiguresOf(indicator).RowsOf)
            .Where(o => (query.From == null || o.Year >= query.From) && (query.To == null || o.Year <= query.To))
            .Select(o => o.Year).Distinct().Order().ToList();
        var figures = Figures.Load(data, indicator, years, geographyIds).ToDictionary(f => (f.GeographyId, f.Year));
        var v = data.DataVersion;
        var missing = MissingReasons.Load(data, indicator, years, geographyIds);
        FigureCell Cell(int? geographyId, int year) => Figures.Cell(geographyId is null ? null : figures.GetValueOrDefault((geographyId.Value, year)), indicatorId, v,
            geographyId is null ? null : missing.For(geographyId.Value, year));
        var rows = years.Select(year =>
        {
            var own = Cell(authority.Id, year);
            var neighbours = set.Neighbours.Select(n =>
            {
                var geography = data.RefOf(set.NeighbourIds[n.Rank - 1]);
                var cell = Cell(set.NeighbourIds[n.Rank - 1], year);
                return new NeighbourFigure(n.Rank, geography, cell.Value, cell.Status, cell.Reason, cell.Permalink);
            }).ToList();
            var values = neighbours.Where(n => n.Value is not null).Select(n => n.Value!.Value).ToList();
            var average = new NeighbourAverage(values.Count == 0 ? null : Summaries.Tidy(values.Average()), values.Count, neighbours.Count - values.Count);
            NeighbourRank? rank = null;
            if (own.Value is { } value)
            {
                var ranked = Ranking.Rank(values.Select(x => (false, x)).Append((true, value)), descending: true, self => self ? "0" : "1");
                var mine = ranked.First(r => r.Item);
                rank = new NeighbourRank(mine.Position, ranked.Count, mine.Tied);
            }
            return new ComparisonYear(year, Periods.Label(indicator.PeriodKind, year), own, Cell(region, year), Cell(national.FirstOrDefault(), year), average, rank, neighbours);
        }).ToList();
        return TypedResults.Ok(new ComparisonResponse(data.SummaryOf(authority.Id), data.RefOf(indicator), set.Model, set.Neighbours, rows,
            Citations.Sources(data, figures.Values.Select(f => f.SourceFileId).Append(set.SourceFileId)), Citations.RequestLink(http.Request, v),
            PeriodWarnings.AfterLatest(indicator, ReleaseOutlook.Today(clock), ("from", query.From), ("to", query.To))));
    }
}
