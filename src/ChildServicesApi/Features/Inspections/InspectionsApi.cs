using AutoMapper;
using AutoMapper.QueryableExtensions;
using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Statistics;
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
        group.MapGet("/judgements-in-force", GetJudgementsInForce).WithName(nameof(GetJudgementsInForce)).Expensive().WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        var history = app.MapVersionedGroup("AuthorityInspections", "authorities/{id}/inspections", tag: "Inspections");
        history.MapGet("/", ListAuthorityInspections).WithName(nameof(ListAuthorityInspections)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        history.MapGet("/grades", GetGradeHistory).WithName(nameof(GetGradeHistory)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
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

    /// <summary>The frameworks that judge overall effectiveness on the one four-point scale: SIF (2013-2018) and ILACS (2018 on).</summary>
    private static readonly InspectionFramework[] GradedFrameworks =
        [InspectionFramework.Sif, InspectionFramework.SifReinspection, InspectionFramework.IlacsStandard, InspectionFramework.IlacsShort];

    public const string InForceMethod =
        "The judgement in force for an authority on a date is the overall effectiveness grade of its latest inspection published on or " +
        "before that date that gave one (SIF 2013-2018, ILACS standard and short 2018 on; they share the four-point scale). Earlier " +
        "frameworks (SLAC, child protection, looked after) judged other things on other scales and are not counted. Authorities that existed " +
        "on the date but had no such inspection yet are never-inspected and are left out of the shares. A judgement is not carried " +
        "from an abolished authority to its successor.";

    /// <summary>Get the Ofsted judgements in force at a date</summary>
    /// <remarks>Every authority's overall effectiveness grade in force on asAt (the latest graded inspection published by then), with counts and shares per grade and how many were good or outstanding; authorities never inspected by then are counted separately.</remarks>
    [EndpointSummary("Get the Ofsted judgements in force at a date")]
    private static async Task<Results<Ok<JudgementsInForceResponse>, ProblemHttpResult, ValidationProblem>> GetJudgementsInForce(
        [AsParameters] JudgementsInForceQuery query, AppDbContext db, DataVersion version, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var asAt = query.AsAt ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (scope, problem) = await AuthorityScope.ResolveAsync(db, query.Region, null, ct);
        if (scope is null)
        {
            return problem!;
        }
        var authorities = (await db.Geographies.Where(g => g.Level == GeographyLevel.Authority).OrderBy(g => g.Name).ThenBy(g => g.Id).ToListAsync(ct))
            .Where(g => g.ExistedOn(asAt) && scope.Includes(g)).ToList();
        var ids = authorities.Select(a => a.Id).ToList();
        var graded = await db.Inspections
            .Where(i => ids.Contains(i.GeographyId) && GradedFrameworks.Contains(i.Framework) && i.OverallEffectiveness != null && i.PublicationDate <= asAt)
            .Select(i => new { i.Id, i.GeographyId, i.Framework, i.InspectionDate, i.PublicationDate, Grade = i.OverallEffectiveness!.Value, i.WebLink, i.SourceFileId })
            .ToListAsync(ct);
        var latest = graded.GroupBy(i => i.GeographyId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(i => i.PublicationDate).ThenByDescending(i => i.InspectionDate).ThenByDescending(i => i.Id).First());
        var items = authorities.Select(a => latest.GetValueOrDefault(a.Id) is { } i
            ? new JudgementInForce(Figures.ToRef(a), i.Grade, i.Framework, i.InspectionDate, i.PublicationDate, i.WebLink)
            : new JudgementInForce(Figures.ToRef(a), null, null, null, null, null)).ToList();
        var inspected = items.Count(i => i.Grade is not null);
        double? Share(int count) => inspected == 0 ? null : Math.Round(100.0 * count / inspected, 1, MidpointRounding.AwayFromZero);
        var grades = Enum.GetValues<OfstedGrade>().Select(g => items.Count(i => i.Grade == g)).ToList();
        var counts = Enum.GetValues<OfstedGrade>().Select((g, n) => new GradeCount(g, grades[n], Share(grades[n]))).ToList();
        var good = items.Count(i => i.Grade is OfstedGrade.Outstanding or OfstedGrade.Good);
        return TypedResults.Ok(new JudgementsInForceResponse(asAt, InForceMethod, items.Count, inspected, items.Count - inspected, good, Share(good), counts, items,
            await Citations.SourcesAsync(db, latest.Values.Select(i => i.SourceFileId), ct), Citations.RequestLink(http.Request, version.Current)));
    }

    /// <summary>Get one authority's Ofsted grades over time</summary>
    /// <remarks>Each overall effectiveness grade, oldest first, with whether it improved, held or declined on the one before, and the direction of travel from the last two.</remarks>
    /// <param name="id">Authority: GSS code (E09000003), DfE code (302) or slug (barnet).</param>
    [EndpointSummary("Get one authority's Ofsted grades over time")]
    private static async Task<Results<Ok<GradeHistoryResponse>, ProblemHttpResult>> GetGradeHistory(
        string id, AppDbContext db, DataVersion version, HttpContext http, CancellationToken ct)
    {
        var authority = await AuthorityLookup.FindAsync(db, id, ct);
        if (authority is null)
        {
            return await AuthorityLookup.NotFoundAsync(db, id, "id", ct);
        }
        var graded = await db.Inspections.Where(i => i.GeographyId == authority.Id && GradedFrameworks.Contains(i.Framework) && i.OverallEffectiveness != null)
            .OrderBy(i => i.PublicationDate).ThenBy(i => i.InspectionDate).ThenBy(i => i.Id)
            .Select(i => new { i.Framework, i.InspectionDate, i.PublicationDate, Grade = i.OverallEffectiveness!.Value, i.WebLink, i.SourceFileId })
            .ToListAsync(ct);
        // Lower enum values are better grades (1 outstanding .. 4 inadequate).
        var steps = graded.Select((i, n) => new GradeStep(i.Framework, i.InspectionDate, i.PublicationDate, i.Grade,
            n == 0 ? GradeMovement.First : Movement(graded[n - 1].Grade, i.Grade), i.WebLink)).ToList();
        var direction = steps.Count switch
        {
            0 => GradeDirection.NeverGraded,
            1 => GradeDirection.SingleGrade,
            _ => steps[^1].Movement switch
            {
                GradeMovement.Improved => GradeDirection.Improving,
                GradeMovement.Declined => GradeDirection.Declining,
                _ => GradeDirection.Unchanged,
            },
        };
        return TypedResults.Ok(new GradeHistoryResponse(Figures.ToRef(authority), direction, steps.LastOrDefault()?.Grade, steps,
            await Citations.SourcesAsync(db, graded.Select(i => i.SourceFileId), ct), Citations.RequestLink(http.Request, version.Current)));
    }

    private static GradeMovement Movement(OfstedGrade before, OfstedGrade after) =>
        after < before ? GradeMovement.Improved : after > before ? GradeMovement.Declined : GradeMovement.Unchanged;
}
