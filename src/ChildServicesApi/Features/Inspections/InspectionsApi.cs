using AutoMapper;
using AutoMapper.QueryableExtensions;
using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Inspections;

/// <summary><c>/api/v1/inspections</c>: Ofsted inspections and visits, 2009 to March 2025.</summary>
internal static class InspectionsApi
{
    public static IEndpointRouteBuilder MapInspectionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Inspections", "inspections");
        group.MapGet("/", ListInspections).WithName(nameof(ListInspections)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        var history = app.MapVersionedGroup("AuthorityInspections", "authorities/{id}/inspections", tag: "Inspections");
        history.MapGet("/", ListAuthorityInspections).WithName(nameof(ListAuthorityInspections)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>List inspections</summary>
    /// <remarks>Newest publication first; filter by authority, framework, grade and publication dates.</remarks>
    [EndpointSummary("List inspections")]
    private static async Task<Results<Ok<Paged<InspectionResponse>>, ProblemHttpResult, ValidationProblem>> ListInspections(
        [AsParameters] InspectionQuery query, AppDbContext db, IMapper mapper, HttpContext http, CancellationToken ct)
    {
        var inspections = db.Inspections.AsQueryable();
        if (query.Authority is { } id)
        {
            var authority = await AuthorityLookup.FindAsync(db, id, ct);
            if (authority is null)
            {
                return await AuthorityLookup.NotFoundAsync(db, id, "authority", ct);
            }
            inspections = inspections.Where(i => i.GeographyId == authority.Id);
        }
        if (Kebab.Parse<InspectionFramework>(query.Framework) is { } framework)
        {
            inspections = inspections.Where(i => i.Framework == framework);
        }
        if (Kebab.Parse<OfstedGrade>(query.OverallEffectiveness) is { } grade)
        {
            inspections = inspections.Where(i => i.OverallEffectiveness == grade);
        }
        if (query.From is { } from)
        {
            inspections = inspections.Where(i => i.PublicationDate >= from);
        }
        if (query.To is { } to)
        {
            inspections = inspections.Where(i => i.PublicationDate <= to);
        }
        var page = await inspections.OrderByDescending(i => i.PublicationDate).ThenBy(i => i.Id)
            .ProjectTo<InspectionResponse>(mapper.ConfigurationProvider)
            .ToPageAsync(query, http, ct);
        return TypedResults.Ok(page);
    }

    /// <summary>Get one authority's inspection history</summary>
    /// <remarks>Every inspection and visit, newest first, with sub-judgements and the report link.</remarks>
    /// <param name="id">Authority: GSS code (E09000003), DfE code (302) or slug (barnet).</param>
    [EndpointSummary("Get one authority's inspection history")]
    private static async Task<Results<Ok<IReadOnlyList<InspectionResponse>>, ProblemHttpResult>> ListAuthorityInspections(
        string id, AppDbContext db, IMapper mapper, CancellationToken ct)
    {
        var authority = await AuthorityLookup.FindAsync(db, id, ct);
        if (authority is null)
        {
            return await AuthorityLookup.NotFoundAsync(db, id, "id", ct);
        }
        var history = await db.Inspections.Where(i => i.GeographyId == authority.Id)
            .OrderByDescending(i => i.PublicationDate).ThenBy(i => i.Id)
            .ProjectTo<InspectionResponse>(mapper.ConfigurationProvider)
            .ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<InspectionResponse>>(history);
    }
}
