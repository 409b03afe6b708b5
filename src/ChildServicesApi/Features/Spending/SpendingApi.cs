using AutoMapper;
using AutoMapper.QueryableExtensions;
using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Spending;

/// <summary><c>/api/v1/spending</c>: Section 251 outturn on children's social care, 2008-09 to 2024-25 (no 2014-15).</summary>
internal static class SpendingApi
{
    public static IEndpointRouteBuilder MapSpendingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Spending", "spending");
        group.MapGet("/", ListSpending).WithName(nameof(ListSpending)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        var byAuthority = app.MapVersionedGroup("AuthoritySpending", "authorities/{id}/spending", tag: "Spending");
        byAuthority.MapGet("/", ListAuthoritySpending).WithName(nameof(ListAuthoritySpending)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>List spending</summary>
    /// <remarks>Category totals by default; lines=all adds every source line. Filter by authority, year and category.</remarks>
    [EndpointSummary("List spending")]
    private static async Task<Results<Ok<Paged<SpendingLineResponse>>, ProblemHttpResult, ValidationProblem>> ListSpending(
        [AsParameters] SpendingQuery query, AppDbContext db, IMapper mapper, HttpContext http, CancellationToken ct)
    {
        var lines = db.SpendingLines.AsQueryable();
        if (query.Authority is { } id)
        {
            var authority = await AuthorityLookup.FindAsync(db, id, ct);
            if (authority is null)
            {
                return await AuthorityLookup.NotFoundAsync(db, id, "authority", ct);
            }
            lines = lines.Where(l => l.GeographyId == authority.Id);
        }
        var page = await Filter(lines, query).ProjectTo<SpendingLineResponse>(mapper.ConfigurationProvider).ToPageAsync(query, http, ct);
        return TypedResults.Ok(page);
    }

    /// <summary>Get one authority's spending</summary>
    /// <remarks>Per year and category; the same filters as the spending list.</remarks>
    /// <param name="id">Authority: GSS code (E09000003), DfE code (302) or slug (barnet).</param>
    [EndpointSummary("Get one authority's spending")]
    private static async Task<Results<Ok<Paged<SpendingLineResponse>>, ProblemHttpResult, ValidationProblem>> ListAuthoritySpending(
        string id, [AsParameters] AuthoritySpendingQuery query, AppDbContext db, IMapper mapper, HttpContext http, CancellationToken ct)
    {
        var authority = await AuthorityLookup.FindAsync(db, id, ct);
        if (authority is null)
        {
            return await AuthorityLookup.NotFoundAsync(db, id, "id", ct);
        }
        var lines = db.SpendingLines.Where(l => l.GeographyId == authority.Id);
        var page = await Filter(lines, query).ProjectTo<SpendingLineResponse>(mapper.ConfigurationProvider).ToPageAsync(query, http, ct);
        return TypedResults.Ok(page);
    }

    private static IOrderedQueryable<SpendingLine> Filter(IQueryable<SpendingLine> lines, ISpendingFilters query)
    {
        if (query.Lines != "all")
        {
            lines = lines.Where(l => l.Role == SpendingLineRole.CategoryTotal || l.Role == SpendingLineRole.DerivedTotal);
        }
        if (query.Year is { } year)
        {
            lines = lines.Where(l => l.Year == year);
        }
        if (Kebab.Parse<SpendingCategory>(query.Category) is { } category)
        {
            lines = lines.Where(l => l.Category == category);
        }
        var descending = query.Sort?.StartsWith('-') == true;
        var sorted = query.Sort?.TrimStart('-') switch
        {
            "amount" => descending
                ? lines.OrderBy(l => l.GrossExpenditure == null).ThenByDescending(l => l.GrossExpenditure)
                : lines.OrderBy(l => l.GrossExpenditure == null).ThenBy(l => l.GrossExpenditure),
            "name" => descending ? lines.OrderByDescending(l => l.Geography.Name).ThenBy(l => l.Year) : lines.OrderBy(l => l.Geography.Name).ThenBy(l => l.Year),
            _ => descending ? lines.OrderByDescending(l => l.Year).ThenBy(l => l.Geography.Name) : lines.OrderBy(l => l.Year).ThenBy(l => l.Geography.Name),
        };
        return sorted.ThenBy(l => l.Id);
    }
}
