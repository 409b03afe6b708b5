using ChildServicesApi.Data;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Boundaries;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Inspections;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Statistics;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Maps;

/// <summary>
/// <c>/api/v1/indicators/{indicatorId}/map</c> and <c>/api/v1/inspections/map</c>: figures and Ofsted grades joined to
/// the authorities' areas as GeoJSON, for choropleths.
/// </summary>
internal static class MapsApi
{
    public const string AreaMethod =
        "Each authority that existed at the date is one feature. Its area is ONS's December 2023 boundary; an abolished authority is drawn as " +
        "the union of its successors' December 2023 boundaries where they came from it alone (Cumbria, Northamptonshire), and otherwise has a " +
        "null geometry with boundary no-matching-boundary and the reason (Dorset county, Bournemouth and Poole before April 2019): an area is " +
        "never drawn with another authority's shape or figure. A figure published for a group of authorities (a shared children's trust) is not " +
        "drawn on its members.";

    public const string RankMethod =
        "rank: 1 = the highest published value; equal values share the best rank and the next is skipped (1, 2, 2, 4). " +
        "quintile: 1 + floor(5 x (authorities with a lower published value) / (authorities with a published value)), so 1 is the lowest " +
        "fifth and 5 the highest, and equal values share a quintile. Authorities without a published value (a special value or no figure) have " +
        "neither. ";

    public static IEndpointRouteBuilder MapMapsApi(this IEndpointRouteBuilder app)
    {
        var indicators = app.MapVersionedGroup("IndicatorMaps", "indicators/{indicatorId}", tag: "Maps");
        indicators.MapGet("/map", GetIndicatorMap).WithName(nameof(GetIndicatorMap)).Expensive().WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        var inspections = app.MapVersionedGroup("InspectionMaps", "inspections/map", tag: "Maps");
        inspections.MapGet("/", GetInspectionMap).WithName(nameof(GetInspectionMap)).Expensive().WithCsv();
        return app;
    }

    /// <summary>Map an indicator's figures</summary>
    /// <remarks>A GeoJSON FeatureCollection (application/geo+json) of every authority that existed at the end of the year's period, each with its figure, status, rank and quintile, a permanent link to the figure, and its area (ONS December 2023 boundaries; for earlier years an abolished authority is drawn as the union of its successors' boundaries where exact, otherwise with a null geometry and the reason). CSV gives the same rows without geometry.</remarks>
    /// <param name="indicatorId">The indicator's id, e.g. children-in-need.</param>
    [EndpointSummary("Map an indicator's figures")]
    private static async Task<Results<GeoJson<IndicatorMap>, ProblemHttpResult, ValidationProblem>> GetIndicatorMap(
        string indicatorId, [AsParameters] IndicatorMapQuery query, StoreSnapshot data, AppDbContext db, CancellationToken ct)
    {
        if (data.Indicator(indicatorId) is not { } indicator)
        {
            return IndicatorLookup.NotFound(data, indicatorId);
        }
        var years = data.FiguresOf(indicator).AuthorityYears;
        var year = query.Year ?? (years.Count == 0 ? 0 : years[^1]);
        if (!years.Contains(year))
        {
            return Problems.NotFound("year", $"{indicator.Title} has no authority figures for {query.Year}. Years with figures: {string.Join(", ", years)}.");
        }
        var authorities = Figures.AuthoritiesIn(data, indicator.PeriodKind, year, null);
        var ids = authorities.Select(a => a.Id).ToList();
        var figures = Figures.Load(data, indicator, [year], ids).ToDictionary(f => f.GeographyId);
        var published = figures.Values.Where(f => f.HasValue).ToList();
        var ranks = Ranking.Rank(published.Select(f => (f, f.Value!.Value)), descending: true, f => f.Geography.Name)
            .ToDictionary(r => r.Item.GeographyId, r => r.Position);
        var sorted = published.Select(f => f.Value!.Value).Order().ToArray();
        var areas = await Areas.ForAsync(db, ids, ct);
        var (_, boundaryFileId) = await Areas.SourceAsync(db, ct);

        var absent = ids.Where(id => !figures.ContainsKey(id)).ToList();
        var missing = absent.Count == 0 ? MissingReasons.None : MissingReasons.Load(data, indicator, [year], absent);

        var features = areas.Select(area =>
        {
            var figure = figures.GetValueOrDefault(area.Authority.Id);
            var cell = Figures.Cell(figure, indicatorId, data.DataVersion, missing.For(area.Authority.Id, year));
            var rank = figure is { HasValue: true } ? ranks[figure.GeographyId] : (int?)null;
            var quintile = figure is { HasValue: true } ? Quintile(sorted, figure.Value!.Value) : (int?)null;
            var g = area.Authority;
            return area.Feature(new MapFigure(g.GssCode, g.LaCode, g.Slug, g.Name, g.Region?.GssCode, g.Region?.Name,
                cell.Value, cell.Status, cell.Reason?.Text, cell.Reason?.Source, rank, quintile, cell.Permalink, area.Basis, area.Note));
        }).ToList();
        var sources = Citations.Sources(data, figures.Values.Select(f => f.SourceFileId).Append(boundaryFileId));
        return GeoJsonOutput.Ok(new IndicatorMap(FeatureCollectionType.FeatureCollection, data.RefOf(indicator),
            year, Periods.Label(indicator.PeriodKind, year), RankMethod + AreaMethod, Attribution, Publication.Licence, sources, data.DataVersion,
            Areas.Bbox(areas), features));
    }

    /// <summary>Map the Ofsted judgements in force at a date</summary>
    /// <remarks>A GeoJSON FeatureCollection (application/geo+json) of every authority that existed on asAt, each with its overall effectiveness grade in force (as /api/v1/inspections/judgements-in-force counts it), the inspection that gave it, and its area (ONS December 2023 boundaries; an abolished authority as the union of its successors' where exact, otherwise a null geometry and the reason). CSV gives the same rows without geometry.</remarks>
    [EndpointSummary("Map the Ofsted judgements in force at a date")]
    private static async Task<Results<GeoJson<InspectionMap>, ProblemHttpResult, ValidationProblem>> GetInspectionMap(
        [AsParameters] InspectionMapQuery query, StoreSnapshot data, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var asAt = query.AsAt ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var inspectionBasis = query.Basis != JudgementsInForceQuery.PublicationBasis;
        var areas = await Areas.OnAsync(db, asAt, ct);
        var grades = JudgementsInForce.Of(data, areas.Select(a => a.Authority).ToList(), asAt, inspectionBasis);
        var (_, boundaryFileId) = await Areas.SourceAsync(db, ct);

        var features = areas.Select(area =>
        {
            var g = area.Authority;
            var inForce = grades.GetValueOrDefault(g.Id);
            return area.Feature(new MapGrade(g.GssCode, g.LaCode, g.Slug, g.Name, g.Region?.GssCode, g.Region?.Name,
                inForce?.Grade, inForce?.Framework, inForce?.InspectionDate, inForce?.PublicationDate, inForce?.WebLink, inForce?.Source, area.Basis, area.Note));
        }).ToList();
        var sources = Citations.Sources(data, grades.Values.Select(i => i.SourceFileId).Append(boundaryFileId));
        return GeoJsonOutput.Ok(new InspectionMap(FeatureCollectionType.FeatureCollection, asAt,
            inspectionBasis ? JudgementsInForceQuery.InspectionBasis : JudgementsInForceQuery.PublicationBasis,
            inspectionBasis ? OfstedEditions.PublishedBy(asAt) : null, JudgementsInForce.Method(inspectionBasis, asAt) + " " + AreaMethod,
            Attribution, Publication.Licence, sources, data.DataVersion, Areas.Bbox(areas), features));
    }


    /// <summary>The data's attribution and the boundaries'.</summary>
    private static string Attribution => $"{Publication.Attribution} {BoundariesSource.Attribution}";

    /// <summary>1 + floor(5 x (values strictly below) / count): ties share a quintile; 1 lowest, 5 highest.</summary>
    private static int Quintile(double[] sorted, double value)
    {
        var index = Array.BinarySearch(sorted, value);
        var below = index >= 0 ? Array.IndexOf(sorted, value) : ~index;
        return 1 + 5 * below / sorted.Length;
    }
}
