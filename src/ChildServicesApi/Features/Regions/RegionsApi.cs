using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Regions;

/// <summary>A region (or London sub-region) and the codes of the current authorities in it.</summary>
/// <param name="Code">GSS code. <example>E12000001</example></param>
/// <param name="Name">Name. <example>North East</example></param>
/// <param name="Slug">URL slug. <example>north-east</example></param>
/// <param name="Level">region, or subregion for Inner and Outer London.</param>
/// <param name="Parent">For a sub-region, its region (London).</param>
/// <param name="Authorities">GSS codes of the current authorities in it.</param>
internal sealed record RegionResponse(string Code, string Name, string Slug, GeographyLevel Level, string? Parent, IReadOnlyList<string> Authorities);

/// <summary><c>/api/v1/regions</c>: the nine regions of England and Inner and Outer London.</summary>
internal static class RegionsApi
{
    public static IEndpointRouteBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Regions", "regions");
        group.MapGet("/", ListRegions).WithName(nameof(ListRegions)).WithCsv();
        return app;
    }

    /// <summary>List regions with their authorities</summary>
    /// <remarks>The nine regions of England and Inner and Outer London, each with the GSS codes of its current authorities.</remarks>
    [EndpointSummary("List regions with their authorities")]
    private static async Task<Ok<IReadOnlyList<RegionResponse>>> ListRegions(AppDbContext db, CancellationToken ct)
    {
        var regions = await db.Geographies
            .Where(g => g.Level == GeographyLevel.Region || g.Level == GeographyLevel.Subregion)
            .OrderBy(g => g.GssCode)
            .Select(g => new { g.Id, g.GssCode, g.Name, g.Slug, g.Level, Parent = g.Region!.Level == GeographyLevel.Region ? g.Region.GssCode : null })
            .ToListAsync(ct);
        var members = await db.Geographies
            .Where(g => g.Level == GeographyLevel.Authority && g.Status == AuthorityStatus.Current)
            .Select(g => new { g.GssCode, g.RegionId, g.SubregionId })
            .ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<RegionResponse>>(regions
            .Select(r => new RegionResponse(r.GssCode!, r.Name, r.Slug, r.Level, r.Parent,
                members.Where(m => m.RegionId == r.Id || m.SubregionId == r.Id).Select(m => m.GssCode!).Order(StringComparer.Ordinal).ToList()))
            .ToList());
    }
}
