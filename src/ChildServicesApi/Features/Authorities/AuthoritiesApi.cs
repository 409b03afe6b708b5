using ChildServicesApi.Data;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Regions;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.Authorities;

/// <summary><c>/api/v1/authorities</c>: the local authorities, current and abolished.</summary>
internal static class AuthoritiesApi
{
    public static IEndpointRouteBuilder MapAuthoritiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Authorities", "authorities");
        group.MapGet("/", ListAuthorities).WithName(nameof(ListAuthorities)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}", GetAuthority).WithName(nameof(GetAuthority)).ForAuthorityOrArea().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>List local authorities</summary>
    /// <remarks>Current authorities by default; filter by region, type, status or part of the name.</remarks>
    [EndpointSummary("List local authorities")]
    private static Results<Ok<Paged<AuthoritySummary>>, ProblemHttpResult, ValidationProblem> ListAuthorities(
        [AsParameters] AuthorityListQuery query, StoreSnapshot data, HttpContext http)
    {
        IEnumerable<Geography> authorities = data.Authorities;
        if (query.Region is { } regionId)
        {
            var region = RegionLookup.Find(data, regionId);
            if (region is null)
            {
                return RegionLookup.NotFound(regionId);
            }
            authorities = authorities.Where(g => g.RegionId == region.Id || g.SubregionId == region.Id);
        }
        if (Kebab.Parse<AuthorityType>(query.Type) is { } type)
        {
            authorities = authorities.Where(g => g.AuthorityType == type);
        }
        authorities = (query.Status ?? "current") switch
        {
            "current" => authorities.Where(g => g.Status == AuthorityStatus.Current),
            "abolished" => authorities.Where(g => g.Status == AuthorityStatus.Abolished),
            _ => authorities,
        };
        if (query.Q is { Length: > 0 } q)
        {
            var wanted = Slugs.From(q);
            authorities = authorities.Where(g => g.Slug.Contains(wanted, StringComparison.Ordinal));
        }
        var descending = query.Sort?.StartsWith('-') == true;
        var ordinal = StringComparer.Ordinal;
        IOrderedEnumerable<Geography> sorted = query.Sort?.TrimStart('-') switch
        {
            "laCode" => descending ? authorities.OrderByDescending(g => g.LaCode, ordinal) : authorities.OrderBy(g => g.LaCode, ordinal),
            "gssCode" => descending ? authorities.OrderByDescending(g => g.GssCode, ordinal) : authorities.OrderBy(g => g.GssCode, ordinal),
            "region" => descending
                ? authorities.OrderByDescending(g => g.Region?.Name, ordinal).ThenBy(g => g.Name, ordinal)
                : authorities.OrderBy(g => g.Region?.Name, ordinal).ThenBy(g => g.Name, ordinal),
            _ => descending ? authorities.OrderByDescending(g => g.Name, ordinal) : authorities.OrderBy(g => g.Name, ordinal),
        };
        var page = sorted.ThenBy(g => g.Id).Select(g => data.SummaryOf(g.Id)).ToList().ToPage(query, http);
        return TypedResults.Ok(page);
    }

    /// <summary>Get one local authority</summary>
    /// <remarks>Codes over time, name, type, region, status, the dates it existed, and the boundary changes that created or replaced it. England, a region or a London sub-region can be fetched the same way by code or slug (england, E92000001, london).</remarks>
    /// <param name="id">GSS code (E09000003, or a former code such as E10000023), DfE code (302) or slug (barnet); also england or a region's code or slug.</param>
    [EndpointSummary("Get one local authority")]
    private static Results<Ok<AuthorityResponse>, ProblemHttpResult> GetAuthority(string id, RouteAuthority route, StoreSnapshot data)
    {
        var authority = route.Geography;
        var ordinal = StringComparer.Ordinal;
        static AuthorityLink Link(Geography other, AuthorityChange change) =>
            new(other.GssCode, other.LaCode, other.Name, other.Slug, change.EffectiveDate, change.Kind, change.Basis);
        var predecessors = data.Changes.Where(c => c.SuccessorId == authority.Id).OrderBy(c => c.EffectiveDate).ThenBy(c => c.Predecessor.Name, ordinal)
            .Select(c => Link(c.Predecessor, c)).ToList();
        var successors = data.Changes.Where(c => c.PredecessorId == authority.Id).OrderBy(c => c.EffectiveDate).ThenBy(c => c.Successor.Name, ordinal)
            .Select(c => Link(c.Successor, c)).ToList();
        var aliases = data.AliasesOf[authority.Id].ToList();
        return TypedResults.Ok(new AuthorityResponse(
            authority.GssCode, authority.LaCode, authority.Name, authority.Slug, authority.AuthorityType,
            data.RegionRefOf(authority.Region), data.RegionRefOf(authority.Subregion),
            authority.Status, authority.ExistedFrom, authority.ExistedTo, predecessors, successors,
            aliases.Where(a => a.ValidTo is null).Select(a => new CodeAliasResponse(a.Code, a.Reason)).ToList(),
            CodesOverTime(authority, aliases), authority.Level));
    }

    /// <summary>The former codes in order, each from the day after the one before it, then the current code.</summary>
    private static List<AuthorityCodeResponse> CodesOverTime(Geography authority, IEnumerable<GssCodeAlias> aliases)
    {
        var codes = new List<AuthorityCodeResponse>();
        var from = authority.ExistedFrom;
        foreach (var former in aliases.Where(a => a.ValidTo is not null).OrderBy(a => a.ValidTo))
        {
            codes.Add(new AuthorityCodeResponse(former.Code, from, former.ValidTo, former.FormerType, former.Basis, former.FormerSlug));
            from = former.ValidTo!.Value.AddDays(1);
        }
        if (authority.GssCode is { } current)
        {
            codes.Add(new AuthorityCodeResponse(current, from, authority.ExistedTo, authority.AuthorityType, null, null));
        }
        return codes;
    }
}
