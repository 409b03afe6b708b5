using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Regions;

internal static class RegionLookup
{
    /// <summary>A region or London sub-region by GSS code (E12000007) or slug (london).</summary>
    public static Task<Geography?> FindAsync(AppDbContext db, string id, CancellationToken ct)
    {
        var code = id.ToUpperInvariant();
        var slug = id.ToLowerInvariant();
        return db.Geographies.FirstOrDefaultAsync(g =>
            (g.Level == GeographyLevel.Region || g.Level == GeographyLevel.Subregion) && (g.GssCode == code || g.Slug == slug), ct);
    }

    /// <summary>The 404 for a region id that matches nothing.</summary>
    public static ProblemHttpResult NotFound(string regionId) =>
        Problems.NotFound("region", $"No region has the id '{regionId}'. Use a region's GSS code or slug, as listed at /api/v1/regions.");
}
