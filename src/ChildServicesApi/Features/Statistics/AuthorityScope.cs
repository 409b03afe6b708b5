using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Regions;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.Statistics;

/// <summary>Which authorities a computed answer covers: all, one region's, or a named list.</summary>
internal sealed record AuthorityScope(Geography? Region, IReadOnlySet<int>? Ids)
{
    public bool Includes(Geography authority) =>
        (Region is null || authority.RegionId == Region.Id || authority.SubregionId == Region.Id) && (Ids is null || Ids.Contains(authority.Id));

    public static (AuthorityScope? Scope, ProblemHttpResult? Problem) Resolve(StoreSnapshot data, string? regionId, string[]? authorityIds)
    {
        Geography? region = null;
        if (regionId is not null)
        {
            region = RegionLookup.Find(data, regionId);
            if (region is null)
            {
                return (null, RegionLookup.NotFound(regionId));
            }
        }
        if (authorityIds is not { Length: > 0 })
        {
            return (new AuthorityScope(region, null), null);
        }
        var (ids, missing) = AuthorityLookup.FindAll(data, authorityIds, "authority");
        return ids is null ? (null, missing) : (new AuthorityScope(region, ids.ToHashSet()), null);
    }
}
