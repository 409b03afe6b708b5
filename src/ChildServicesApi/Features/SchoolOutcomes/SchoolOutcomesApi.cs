using ChildServicesApi.Data;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.SchoolOutcomes;

/// <summary>
/// <c>/api/v1/school-outcomes</c>: how children in need, on a child protection plan and looked after do at school, by
/// academic year, from DfE's <i>Outcomes for children in need</i> through LAIT. A family of its own
/// beside the indicators: its years are academic years, which no indicator period kind describes, and its units include
/// average scores; the indicator operations (rankings, comparisons, change) do not cover it.
/// </summary>
internal static class SchoolOutcomesApi
{
    public static IEndpointRouteBuilder MapSchoolOutcomesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("SchoolOutcomes", "school-outcomes");
        group.MapGet("/", ListSchoolOutcomes).WithName(nameof(ListSchoolOutcomes)).WithCsv();
        group.MapGet("/{outcomeId}", GetSchoolOutcome).WithName(nameof(GetSchoolOutcome)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{outcomeId}/values", ListSchoolOutcomeValues).WithName(nameof(ListSchoolOutcomeValues)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        var byAuthority = app.MapVersionedGroup("AuthoritySchoolOutcomes", "authorities/{id}/school-outcomes", tag: "SchoolOutcomes").ForAuthorityOrArea();
        byAuthority.MapGet("/", ListAuthoritySchoolOutcomes).WithName(nameof(ListAuthoritySchoolOutcomes)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>List the school outcomes</summary>
    /// <remarks>Every school outcome of children in need, on a child protection plan and looked after: its cohort, topic, unit, the academic years it has figures for and how many authorities have a figure in each, LAIT's definition and methodology, and its citation. Filter by cohort and topic.</remarks>
    [EndpointSummary("List the school outcomes")]
    private static Results<Ok<Paged<SchoolOutcomeResponse>>, ValidationProblem> ListSchoolOutcomes(
        [AsParameters] SchoolOutcomeListQuery query, StoreSnapshot data, HttpContext http) =>
        TypedResults.Ok(Select(SchoolOutcomeRecords.Of(data).Outcomes, query).ToList().ToPage(query, http));

    /// <summary>Get one school outcome</summary>
    /// <remarks>The outcome's cohort, topic, unit, academic years and coverage, definition, methodology and citation.</remarks>
    /// <param name="outcomeId">The outcome's id, e.g. looked-after-ks2-expected-standard-reading-writing-maths.</param>
    [EndpointSummary("Get one school outcome")]
    private static Results<Ok<SchoolOutcomeResponse>, ProblemHttpResult> GetSchoolOutcome(string outcomeId, StoreSnapshot data)
    {
        var outcomes = SchoolOutcomeRecords.Of(data);
        return outcomes.Outcome(outcomeId) is { } outcome ? TypedResults.Ok(outcome) : NotFound(outcomes, outcomeId);
    }

    /// <summary>List a school outcome's figures</summary>
    /// <remarks>Every geography (authorities, regions, Inner and Outer London, England) and academic year, filtered by authority, region, level and years, sorted by year, value or name; each figure cited to its LAIT file, line and cell. sort=-value with year and level=authority ranks the authorities.</remarks>
    /// <param name="outcomeId">The outcome's id, e.g. looked-after-ks2-expected-standard-reading-writing-maths.</param>
    [EndpointSummary("List a school outcome's figures")]
    private static Results<Ok<Paged<SchoolOutcomeFigureResponse>>, ProblemHttpResult, ValidationProblem> ListSchoolOutcomeValues(
        string outcomeId, [AsParameters] SchoolOutcomeFigureQuery query, StoreSnapshot data, HttpContext http)
    {
        var outcomes = SchoolOutcomeRecords.Of(data);
        if (outcomes.Outcome(outcomeId) is not { } outcome)
        {
            return NotFound(outcomes, outcomeId);
        }
        var (page, problem) = HeldFigures.Page(data, outcomes.FiguresOf(outcome), query, http);
        if (page is null)
        {
            return problem!;
        }
        var latest = outcome.YearsAvailable.Count == 0 ? (int?)null : outcome.YearsAvailable[^1];
        return TypedResults.Ok(page with { Warnings = LatestYearWarnings.AfterLatest(latest, AcademicYears, outcome.Id, ("year", query.Year), ("from", query.From), ("to", query.To)) });
    }

    /// <summary>List one authority's school outcomes</summary>
    /// <remarks>Every school outcome and academic year for the authority, in catalogue order and then by year; the catalogue's filters (cohort, topic) and years. England, a region or a London sub-region (england, london, or their GSS codes) gives its own figures the same way.</remarks>
    /// <param name="id">Authority: GSS code (E09000003), DfE code (302) or slug (barnet); or england, a region's code or slug.</param>
    [EndpointSummary("List one authority's school outcomes")]
    private static Results<Ok<Paged<SchoolOutcomeFigureResponse>>, ProblemHttpResult, ValidationProblem> ListAuthoritySchoolOutcomes(
        string id, [AsParameters] AuthoritySchoolOutcomeQuery query, RouteAuthority route, StoreSnapshot data, HttpContext http)
    {
        var outcomes = SchoolOutcomeRecords.Of(data);
        var selected = Select(outcomes.Outcomes, query).ToList();
        var chosen = selected.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var figures = outcomes.FiguresAt[route.Geography.Id].Where(f => query.Includes(f.Year) && chosen.Contains(f.Outcome.Id));
        var page = figures.Select(f => f.Response).ToList().ToPage(query, http);
        // The latest year of the outcomes the filters chose: the exclusions stop a year before the rest.
        var latest = selected.Where(o => o.YearsAvailable.Count > 0).Select(o => (int?)o.YearsAvailable[^1]).Max();
        return TypedResults.Ok(page with { Warnings = LatestYearWarnings.AfterLatest(latest, AcademicYears, "the school outcomes chosen", ("year", query.Year), ("from", query.From), ("to", query.To)) });
    }

    private static readonly (string, Func<int, string>) AcademicYears = ("academic year", SchoolOutcomesSource.AcademicYear);

    private static IEnumerable<SchoolOutcomeResponse> Select(IEnumerable<SchoolOutcomeResponse> outcomes, SchoolOutcomeListQuery query)
    {
        if (Kebab.Parse<SchoolOutcomeCohort>(query.Cohort) is { } cohort)
        {
            outcomes = outcomes.Where(o => o.Cohort == cohort);
        }
        return Kebab.Parse<SchoolOutcomeTopic>(query.Topic) is { } topic ? outcomes.Where(o => o.Topic == topic) : outcomes;
    }

    /// <summary>The 404 for an outcome id nobody has, naming the parameter, with ids that contain it or that it contains.</summary>
    private static ProblemHttpResult NotFound(SchoolOutcomeRecords outcomes, string outcomeId) =>
        Problems.NotFound("outcomeId", $"No school outcome has the id '{Problems.Echo(outcomeId)}'. The catalogue is at /api/v1/school-outcomes.",
            Slugs.Close(outcomeId, outcomes.Outcomes.Select(o => o.Id)));
}
