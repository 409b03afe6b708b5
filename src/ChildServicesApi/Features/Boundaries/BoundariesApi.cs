using ChildServicesApi.Data;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.Boundaries;

/// <summary><c>/api/v1/boundaries</c>: the authorities' areas as GeoJSON, from ONS's December 2023 boundaries.</summary>
internal static class BoundariesApi
{
    public static IEndpointRouteBuilder MapBoundariesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Boundaries", "boundaries", tag: "Maps");
        group.MapGet("/", GetBoundaries).WithName(nameof(GetBoundaries)).Expensive().WithCsv();
        return app;
    }

    /// <summary>Get authority boundaries as GeoJSON</summary>
    /// <remarks>A GeoJSON FeatureCollection (application/geo+json) of the 153 current authorities, from ONS's Counties and Unitary Authorities (December 2023) boundaries, each with its GSS and DfE codes, slug, name and region. With asAt, the authorities of that day: an abolished authority is drawn as the union of its successors' boundaries where that is exactly its area (Cumbria, Northamptonshire, Bedfordshire, Cheshire), otherwise with a null geometry and the reason (Dorset county, Bournemouth and Poole before 2019). CSV gives the same rows without geometry.</remarks>
    [EndpointSummary("Get authority boundaries as GeoJSON")]
    private static async Task<Results<GeoJson<BoundaryCollection>, ValidationProblem>> GetBoundaries(
        [AsParameters] BoundaryQuery query, AppDbContext db, CancellationToken ct)
    {
        var areas = await Areas.OnAsync(db, query.AsAt, ct);
        var (source, _) = await Areas.SourceAsync(db, ct);
        return GeoJsonOutput.Ok(new BoundaryCollection(FeatureCollectionType.FeatureCollection, query.AsAt, BoundariesSource.Attribution, Areas.Licence, source,
            Areas.Bbox(areas), areas.Select(a => a.Feature(a.Properties)).ToList()));
    }
}
