using ChildServicesApi.Data;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.OtherMeasures;

/// <summary>
/// <c>/api/v1/other-measures</c>: published measures whose unit is none of the indicators' (v1's indicator units are a
/// closed enum): the average SDQ score of children looked after (DfE) and first time entrants to the youth justice system
/// per 100,000 (Youth Justice Board and Ministry of Justice), through LAIT. A family of its own beside
/// the indicators: its unit is given in words and each figure's period in words and dates; the indicator operations
/// (rankings, comparisons, change) do not cover it.
/// </summary>
internal static class OtherMeasuresApi
{
    public static IEndpointRouteBuilder MapOtherMeasuresApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("OtherMeasures", "other-measures");
        group.MapGet("/", ListOtherMeasures).WithName(nameof(ListOtherMeasures)).WithCsv();
        group.MapGet("/{measureId}", GetOtherMeasure).WithName(nameof(GetOtherMeasure)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{measureId}/values", ListOtherMeasureValues).WithName(nameof(ListOtherMeasureValues)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        var byAuthority = app.MapVersionedGroup("AuthorityOtherMeasures", "authorities/{id}/other-measures", tag: "OtherMeasures").ForAuthorityOrArea();
        byAuthority.MapGet("/", ListAuthorityOtherMeasures).WithName(nameof(ListAuthorityOtherMeasures)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>List the other measures</summary>
    /// <remarks>Every published measure whose unit is none of the indicators': its unit and period in words, the years it has figures for and how many authorities have a figure in each, LAIT's definition and methodology, and its citation.</remarks>
    [EndpointSummary("List the other measures")]
    private static Results<Ok<Paged<OtherMeasureResponse>>, ValidationProblem> ListOtherMeasures(
        [AsParameters] OtherMeasureListQuery query, StoreSnapshot data, HttpContext http) =>
        TypedResults.Ok(OtherMeasureRecords.Of(data).Measures.ToList().ToPage(query, http));

    /// <summary>Get one other measure</summary>
    /// <remarks>The measure's unit, period, years and coverage, definition, methodology and citation.</remarks>
    /// <param name="measureId">The measure's id, e.g. looked-after-sdq-score.</param>
    [EndpointSummary("Get one other measure")]
    private static Results<Ok<OtherMeasureResponse>, ProblemHttpResult> GetOtherMeasure(string measureId, StoreSnapshot data)
    {
        var measures = OtherMeasureRecords.Of(data);
        return measures.Measure(measureId) is { } measure ? TypedResults.Ok(measure) : NotFound(measures, measureId);
    }

    /// <summary>List an other measure's figures</summary>
    /// <remarks>Every geography (authorities, regions, Inner and Outer London, England) and year, filtered by authority, region, level and years, sorted by year, value or name; each figure gives its period's first and last day and is cited to its LAIT file, line and cell. sort=value with year and level=authority ranks the authorities (the measure's betterWhen says which way is better). A cell LAIT gives that is not the measure's figure (the measure's notes say which) is not-available, with the reason.</remarks>
    /// <param name="measureId">The measure's id, e.g. looked-after-sdq-score.</param>
    [EndpointSummary("List an other measure's figures")]
    private static Results<Ok<Paged<OtherMeasureFigureResponse>>, ProblemHttpResult, ValidationProblem> ListOtherMeasureValues(
        string measureId, [AsParameters] OtherMeasureFigureQuery query, StoreSnapshot data, HttpContext http)
    {
        var measures = OtherMeasureRecords.Of(data);
        if (measures.Measure(measureId) is not { } measure)
        {
            return NotFound(measures, measureId);
        }
        var (page, problem) = HeldFigures.Page(data, measures.FiguresOf(measure), query, http);
        if (page is null)
        {
            return problem!;
        }
        var latest = measure.YearsAvailable.Count == 0 ? (int?)null : measure.YearsAvailable[^1];
        return TypedResults.Ok(page with { Warnings = LatestYearWarnings.AfterLatest(latest, PeriodsOf(measures, measure), measure.Id, ("year", query.Year), ("from", query.From), ("to", query.To)) });
    }

    /// <summary>List one authority's other measures</summary>
    /// <remarks>Every other measure and year for the authority, in catalogue order and then by year. England, a region or a London sub-region (england, london, or their GSS codes) gives its own figures the same way.</remarks>
    /// <param name="id">Authority: GSS code (E09000003), DfE code (302) or slug (barnet); or england, a region's code or slug.</param>
    [EndpointSummary("List one authority's other measures")]
    private static Results<Ok<Paged<OtherMeasureFigureResponse>>, ProblemHttpResult, ValidationProblem> ListAuthorityOtherMeasures(
        string id, [AsParameters] AuthorityOtherMeasureQuery query, RouteAuthority route, StoreSnapshot data, HttpContext http)
    {
        var measures = OtherMeasureRecords.Of(data);
        var figures = measures.FiguresAt[route.Geography.Id].Where(f => query.Includes(f.Year));
        var page = figures.Select(f => f.Response).ToList().ToPage(query, http);
        // Each measure's own latest period: first time entrants end a year before the SDQ scores.
        var warnings = measures.Measures.Where(m => m.YearsAvailable.Count > 0)
            .SelectMany(m => LatestYearWarnings.AfterLatest(m.YearsAvailable[^1], PeriodsOf(measures, m), m.Id, ("year", query.Year), ("from", query.From), ("to", query.To)))
            .ToList();
        return TypedResults.Ok(page with { Warnings = warnings });
    }

    /// <summary>A measure's periods by name, for its warnings: "Year to 31 March 2025", "Calendar year 2024".</summary>
    private static (string, Func<int, string>) PeriodsOf(OtherMeasureRecords measures, OtherMeasureResponse measure) => ("period", year => measures.PeriodOf(measure, year));

    /// <summary>The 404 for a measure id nobody has, naming the parameter, with ids that contain it or that it contains.</summary>
    private static ProblemHttpResult NotFound(OtherMeasureRecords measures, string measureId) =>
        Problems.NotFound("measureId", $"No other measure has the id '{Problems.Echo(measureId)}'. The catalogue is at /api/v1/other-measures.",
            Slugs.Close(measureId, measures.Measures.Select(m => m.Id)));
}
