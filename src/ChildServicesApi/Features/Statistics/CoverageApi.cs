using ChildServicesApi.Data;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Statistics;

/// <summary><c>/api/v1/coverage</c>: where the holes are, before anyone draws a chart. Counted at import (<see cref="Data.Import.CoverageTable"/>), served by key.</summary>
internal static class CoverageApi
{
    public static IEndpointRouteBuilder MapCoverageApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Coverage", "coverage", tag: "Statistics");
        group.MapGet("/", ListCoverage).WithName(nameof(ListCoverage)).Expensive().WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>List each indicator's coverage by year</summary>
    /// <remarks>For each indicator and year: how many of the authorities that existed then have a published figure, and how many are suppressed, not available, not applicable, low reliability, rounds to zero or missing altogether; and whether England's figure is published.</remarks>
    [EndpointSummary("List each indicator's coverage by year")]
    private static async Task<Results<Ok<Paged<CoverageRow>>, ProblemHttpResult, ValidationProblem>> ListCoverage(
        [AsParameters] CoverageQuery query, StoreSnapshot data, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var indicators = db.Indicators.AsQueryable();
        if (query.Indicator is { } id)
        {
            if (data.Indicator(id) is null)
            {
                var problem = IndicatorLookup.NotFound(data, id);
                return Problems.NotFound("indicator", problem.ProblemDetails.Detail!);
            }
            indicators = indicators.Where(i => i.Id == id);
        }
        if (query.Topic is { } topic)
        {
            indicators = indicators.Where(i => i.Topic == topic);
        }
        var ids = indicators.Select(i => i.Id);
        var rows = db.Coverage.Where(c => ids.Contains(c.IndicatorId))
            .OrderBy(c => c.IndicatorId).ThenBy(c => c.Year)
            .Select(c => new CoverageRow(c.IndicatorId, c.Indicator.Title, c.Year, c.Period, c.Authorities, c.Published, c.Suppressed,
                c.NotAvailable, c.NotApplicable, c.LowReliability, c.RoundsToZero, c.Missing, c.England));
        return TypedResults.Ok(await rows.ToPageAsync(query, http, ct));
    }
}
