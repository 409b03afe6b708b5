using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Statistics;

/// <summary><c>/api/v1/coverage</c>: where the holes are, before anyone draws a chart.</summary>
internal static class CoverageApi
{
    public static IEndpointRouteBuilder MapCoverageApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Coverage", "coverage", tag: "Statistics");
        group.MapGet("/", ListCoverage).WithName(nameof(ListCoverage)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>List each indicator's coverage by year</summary>
    /// <remarks>For each indicator and year: how many of the authorities that existed then have a published figure, and how many are suppressed, not available, not applicable, low reliability, rounds to zero or missing altogether; and whether England's figure is published.</remarks>
    [EndpointSummary("List each indicator's coverage by year")]
    private static async Task<Results<Ok<Paged<CoverageRow>>, ProblemHttpResult, ValidationProblem>> ListCoverage(
        [AsParameters] CoverageQuery query, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var indicators = db.Indicators.AsQueryable();
        if (query.Indicator is { } id)
        {
            if (!await db.Indicators.AnyAsync(i => i.Id == id, ct))
            {
                var problem = await IndicatorsApi.IndicatorNotFound(db, id, ct);
                return Problems.NotFound("indicator", problem.ProblemDetails.Detail!);
            }
            indicators = indicators.Where(i => i.Id == id);
        }
        if (query.Topic is { } topic)
        {
            indicators = indicators.Where(i => i.Topic == topic);
        }
        var chosen = await indicators.OrderBy(i => i.Id).ToListAsync(ct);
        var ids = chosen.Select(i => i.Id).ToList();
        var counts = await db.Observations.Where(o => ids.Contains(o.IndicatorId) && o.IsCurrent &&
                (o.Geography.Level == GeographyLevel.Authority || o.Geography.Level == GeographyLevel.National))
            .Select(o => new { o.IndicatorId, o.Year, o.GeographyId, o.Status, o.Geography.Level })
            .ToListAsync(ct);
        var byIndicatorYear = counts.ToLookup(c => (c.IndicatorId, c.Year));
        var authorities = await db.Geographies.Where(g => g.Level == GeographyLevel.Authority).ToListAsync(ct);
        var rows = new List<CoverageRow>();
        foreach (var indicator in chosen)
        {
            foreach (var year in counts.Where(c => c.IndicatorId == indicator.Id).Select(c => c.Year).Distinct().Order())
            {
                var end = Periods.End(indicator.PeriodKind, year);
                var existing = authorities.Where(a => a.ExistedOn(end)).Select(a => a.Id).ToHashSet();
                var cells = byIndicatorYear[(indicator.Id, year)].ToList();
                var statuses = cells.Where(c => existing.Contains(c.GeographyId)).GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());
                int Count(ObservationStatus status) => statuses.GetValueOrDefault(status);
                rows.Add(new CoverageRow(indicator.Id, indicator.Title, year, Periods.Label(indicator.PeriodKind, year), existing.Count,
                    Count(ObservationStatus.Published), Count(ObservationStatus.Suppressed), Count(ObservationStatus.NotAvailable),
                    Count(ObservationStatus.NotApplicable), Count(ObservationStatus.LowReliability), Count(ObservationStatus.RoundsToZero),
                    existing.Count - statuses.Values.Sum(),
                    cells.Any(c => c.Level == GeographyLevel.National && c.Status == ObservationStatus.Published)));
            }
        }
        return TypedResults.Ok(rows.ToPage(query, http));
    }
}
