using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Statistics;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Inspections;

/// <summary>
/// <c>/api/v1/inspections</c>: Ofsted inspections and visits, 2009 to March 2025 from Ofsted's own sheets, and ILACS
/// inspections published since from a third-party compilation of Ofsted's reports, flagged on every record.
/// </summary>
internal static class InspectionsApi
{
    public static IEndpointRouteBuilder MapInspectionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Inspections", "inspections");
        group.MapGet("/", ListInspections).WithName(nameof(ListInspections)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/official-snapshot", GetOfficialSnapshot).WithName(nameof(GetOfficialSnapshot)).Expensive().WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/judgements-in-force", GetJudgementsInForce).WithName(nameof(GetJudgementsInForce)).Expensive().WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        var history = app.MapVersionedGroup("AuthorityInspections", "authorities/{id}/inspections", tag: "Inspections").ForAuthority();
        history.MapGet("/", ListAuthorityInspections).WithName(nameof(ListAuthorityInspections)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        history.MapGet("/grades", GetGradeHistory).WithName(nameof(GetGradeHistory)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>List inspections</summary>
    /// <remarks>Newest publication first; filter by authority, framework, grade, publication dates and source (official, or third-party-compilation for ILACS reports published after 31 March 2025).</remarks>
    [EndpointSummary("List inspections")]
    private static Results<Ok<Paged<InspectionResponse>>, ProblemHttpResult, ValidationProblem> ListInspections(
        [AsParameters] InspectionQuery query, StoreSnapshot data, HttpContext http)
    {
        var records = InspectionRecords.Of(data);
        var (inspections, missing) = AuthorityLookup.RowsFor(data, query.Authority, records.All, records.ByAuthority);
        if (inspections is null)
        {
            return missing!;
        }
        if (Kebab.Parse<InspectionFramework>(query.Framework) is { } framework)
        {
            inspections = inspections.Where(i => i.Framework == framework);
        }
        if (Kebab.Parse<OfstedGrade>(query.OverallEffectiveness) is { } grade)
        {
            inspections = inspections.Where(i => i.OverallEffectiveness == grade);
        }
        if (Kebab.Parse<InspectionSource>(query.Source) is { } source)
        {
            inspections = inspections.Where(i => i.Response.Source == source);
        }
        if (query.From is { } from)
        {
            inspections = inspections.Where(i => i.PublicationDate >= from);
        }
        if (query.To is { } to)
        {
            inspections = inspections.Where(i => i.PublicationDate <= to);
        }
        return TypedResults.Ok(inspections.Select(i => i.Response).ToList().ToPage(query, http));
    }

    /// <summary>Get one authority's inspection history</summary>
    /// <remarks>Every inspection and visit, newest first, with sub-judgements and the report link; across a change of GSS code alone (Buckinghamshire 2020, North Yorkshire and Somerset 2023), the authority's inspections under either code.</remarks>
    /// <param name="id">Authority: GSS code (E09000003), DfE code (302) or slug (barnet).</param>
    [EndpointSummary("Get one authority's inspection history")]
    private static Results<Ok<IReadOnlyList<InspectionResponse>>, ProblemHttpResult> ListAuthorityInspections(string id, RouteAuthority route, StoreSnapshot data) =>
        TypedResults.Ok<IReadOnlyList<InspectionResponse>>([.. InspectionRecords.Of(data).ByAuthority[route.Geography.Id].Select(i => i.Response)]);

    /// <summary>Get the Ofsted judgements in force at a date</summary>
    /// <remarks>Every authority's overall effectiveness grade in force on asAt, with counts and shares per grade and how many were good or outstanding; authorities never inspected by then are counted separately. By default an inspection counts as Ofsted's official snapshots count it (from its start date, report published by the snapshot's cut-off); basis=publication counts from the report's publication. After 31 March 2025, where Ofsted's own sheets end, a grade may come from a third-party compilation of Ofsted's reports: each item's source says which, and fromCompilation counts them.</remarks>
    [EndpointSummary("Get the Ofsted judgements in force at a date")]
    private static Results<Ok<JudgementsInForceResponse>, ProblemHttpResult, ValidationProblem> GetJudgementsInForce(
        [AsParameters] JudgementsInForceQuery query, StoreSnapshot data, TimeProvider clock, HttpContext http)
    {
        var asAt = query.AsAt ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var inspectionBasis = query.Basis != JudgementsInForceQuery.PublicationBasis;
        var (scope, problem) = AuthorityScope.Resolve(data, query.Region, null);
        if (scope is null)
        {
            return problem!;
        }
        var authorities = data.Authorities.Where(g => g.ExistedOn(asAt) && scope.Includes(g)).ToList();
        var latest = JudgementsInForce.Of(data, authorities, asAt, inspectionBasis);
        var items = authorities.Select(a => latest.GetValueOrDefault(a.Id) is { } i
            ? new JudgementInForce(data.RefOf(a.Id), i.Grade, i.Framework, i.InspectionDate, i.PublicationDate, i.WebLink, i.Source)
            : new JudgementInForce(data.RefOf(a.Id), null, null, null, null, null, null)).ToList();
        var (inspected, counts) = GradeCounts(items.Select(i => i.Grade).ToList());
        var good = items.Count(i => i.Grade is OfstedGrade.Outstanding or OfstedGrade.Good);
        return TypedResults.Ok(new JudgementsInForceResponse(asAt, inspectionBasis ? JudgementsInForceQuery.InspectionBasis : JudgementsInForceQuery.PublicationBasis,
            inspectionBasis ? OfstedEditions.PublishedBy(asAt) : null, JudgementsInForce.Method(inspectionBasis, asAt),
            items.Count, inspected, items.Count - inspected, good, Share(good, inspected), counts,
            items.Count(i => i.Source == InspectionSource.ThirdPartyCompilation), items,
            Citations.Sources(data, latest.Values.Select(i => i.SourceFileId)), Citations.RequestLink(http.Request, data.DataVersion),
            AfterCoverage(InspectionRecords.Of(data), asAt)));
    }

    /// <summary>
    /// The inspection data is complete up to the date of Ofsted's latest outcomes edition held (inspections started by
    /// then, reports published by its cut-off); a later asAt would silently miss every inspection since.
    /// </summary>
    private static IReadOnlyList<ResponseWarning> AfterCoverage(InspectionRecords records, DateOnly asAt)
    {
        if (records.CoveredTo is not { } end || asAt <= end)
        {
            return [];
        }
        var latestReport = records.LatestReport;
        return [new ResponseWarning(PeriodWarnings.AfterLatestPeriod, "asAt",
            $"asAt={asAt:yyyy-MM-dd} is after the latest date Ofsted's own inspection data covers: {end.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} ({OfstedEditions.On(end)?.Publication ?? "Ofsted's latest outcomes edition"}). " +
            $"Inspections since come only from a third-party compilation of Ofsted's reports (Data to Insight's ILACS scrape tool; items with source third-party-compilation), " +
            $"whose latest report held was published {latestReport:yyyy-MM-dd}. Later inspections are not in this data, so grades may have changed.")];
    }

    /// <summary>A count is a share of the inspected, in percent to one decimal place.</summary>
    private static double? Share(int count, int inspected) => inspected == 0 ? null : Math.Round(100.0 * count / inspected, 1, MidpointRounding.AwayFromZero);

    /// <summary>How many have a grade, and the count and share per grade, outstanding first.</summary>
    private static (int Inspected, List<GradeCount> Counts) GradeCounts(IReadOnlyCollection<OfstedGrade?> grades)
    {
        var inspected = grades.Count(g => g is not null);
        var counts = Enum.GetValues<OfstedGrade>().Select(grade => (grade, count: grades.Count(g => g == grade)))
            .Select(c => new GradeCount(c.grade, c.count, Share(c.count, inspected))).ToList();
        return (inspected, counts);
    }

    /// <summary>Get one of Ofsted's official snapshots of judgements in force</summary>
    /// <remarks>Ofsted's own list of every authority's overall effectiveness grade in force as at 31 March (editions 2023, 2024 and 2025), served as published and cited, with a link to the API's own answer for the same date to set beside it.</remarks>
    [EndpointSummary("Get one of Ofsted's official snapshots of judgements in force")]
    private static async Task<Results<Ok<OfficialSnapshotResponse>, ProblemHttpResult, ValidationProblem>> GetOfficialSnapshot(
        [AsParameters] OfficialSnapshotQuery query, StoreSnapshot data, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var asAt = query.AsAt!.Value;
        if (OfstedEditions.On(asAt) is not { } edition)
        {
            return Problems.NotFound("asAt", $"Ofsted has no snapshot as at {asAt:yyyy-MM-dd} in this data.", OfstedEditions.All.Select(e => e.AsAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList());
        }
        var rows = await db.OfficialJudgements.Where(j => j.AsAt == asAt).OrderBy(j => j.Geography.Name).ThenBy(j => j.Id)
            .Select(j => new { j.Geography, j.Grade, j.InspectionDate, j.PublicationDate, j.SourceValue, j.SourceLine, j.SourceFileId })
            .ToListAsync(ct);
        var items = rows.Select(r => new OfficialJudgementResponse(data.RefOf(r.Geography.Id), r.Grade, r.InspectionDate, r.PublicationDate, r.SourceValue, r.SourceLine)).ToList();
        var (inspected, counts) = GradeCounts(items.Select(i => i.Grade).ToList());
        var inForce = $"/api/v1/inspections/judgements-in-force?asAt={asAt:yyyy-MM-dd}&dataVersion={data.DataVersion}";
        return TypedResults.Ok(new OfficialSnapshotResponse(asAt, edition.Publication, edition.PublishedBy, items.Count, inspected, items.Count - inspected, counts, items, inForce,
            Citations.Sources(data, rows.Select(r => r.SourceFileId)), Citations.RequestLink(http.Request, data.DataVersion)));
    }

    /// <summary>Get one authority's Ofsted grades over time</summary>
    /// <remarks>Each overall effectiveness grade, oldest first, with whether it improved, held or declined on the one before, and the direction of travel from the last two.</remarks>
    /// <param name="id">Authority: GSS code (E09000003), DfE code (302) or slug (barnet).</param>
    [EndpointSummary("Get one authority's Ofsted grades over time")]
    private static Results<Ok<GradeHistoryResponse>, ProblemHttpResult> GetGradeHistory(
        string id, RouteAuthority route, StoreSnapshot data, HttpContext http)
    {
        var authority = route.Geography;
        var graded = InspectionRecords.Of(data).Graded[authority.Id].OrderBy(i => i.PublicationDate).ThenBy(i => i.InspectionDate).ThenBy(i => i.Id).ToList();
        // Lower enum values are better grades (1 outstanding .. 4 inadequate).
        var steps = graded.Select((i, n) => new GradeStep(i.Framework, i.InspectionDate, i.PublicationDate, i.Grade,
            n == 0 ? GradeMovement.First : Movement(graded[n - 1].Grade, i.Grade), i.WebLink, i.Source)).ToList();
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
        return TypedResults.Ok(new GradeHistoryResponse(data.RefOf(authority.Id), direction, steps.LastOrDefault()?.Grade, steps,
            Citations.Sources(data, graded.Select(i => i.SourceFileId)), Citations.RequestLink(http.Request, data.DataVersion)));
    }

    private static GradeMovement Movement(OfstedGrade before, OfstedGrade after) =>
        after < before ? GradeMovement.Improved : after > before ? GradeMovement.Declined : GradeMovement.Unchanged;
}
