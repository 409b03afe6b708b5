using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
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
}
