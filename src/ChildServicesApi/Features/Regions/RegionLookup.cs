using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.Regions;

internal static class RegionLookup
{
    /// <summary>A region or London sub-region by GSS code (E12000007) or slug (london).</summary>
    public static Geography? Find(StoreSnapshot data, string id) =>
        (data.GeographyWithGssCode(id.ToUpperInvariant()) ?? data.GeographyWithSlug(id.ToLowerInvariant())) is { Level: GeographyLevel.Region or GeographyLevel.Subregion } region
            ? region
            : null;

    /// <summary>The 404 for a region id that matches nothing.</summary>
    public static ProblemHttpResult NotFound(string regionId) =>
        Problems.NotFound("region", $"No region has the id '{Problems.Echo(regionId)}'. Use a region's GSS code or slug, as listed at /api/v1/regions.");
}
