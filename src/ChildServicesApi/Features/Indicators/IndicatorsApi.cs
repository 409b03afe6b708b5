using AutoMapper;
using AutoMapper.QueryableExtensions;
using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Regions;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Indicators;

/// <summary><c>/api/v1/indicators</c>: the catalogue of measures and their figures.</summary>
internal static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Indicators", "indicators");
        group.MapGet("/", ListIndicators).WithName(nameof(ListIndicators)).WithCsv();
        group.MapGet("/{indicatorId}", GetIndicator).WithName(nameof(GetIndicator)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{indicatorId}/values", ListIndicatorValues).WithName(nameof(ListIndicatorValues)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{indicatorId}/values/wide", ListIndicatorValuesWide).WithName(nameof(ListIndicatorValuesWide)).Expensive().WithCsv().ProducesProblem(StatusCodes.Status404NotFound);

        var series = app.MapVersionedGroup("AuthorityIndicators", "authorities/{id}/indicators", tag: "Indicators");
        series.MapGet("/{indicatorId}", GetAuthorityTimeSeries).WithName(nameof(GetAuthorityTimeSeries)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>List the indicator catalogue</summary>
    /// <remarks>Every measure with its unit, period kind, the years it has figures for, and its source citation.</remarks>
    [EndpointSummary("List the indicator catalogue")]
    private static async Task<Results<Ok<Paged<IndicatorResponse>>, ValidationProblem>> ListIndicators(
        [AsParameters] IndicatorListQuery query, AppDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var indicators = db.Indicators.Include(i => i.Caveats).AsQueryable();
        if (query.Topic is { } topic)
        {
            indicators = indicators.Where(i => i.Topic == topic);
        }
        var all = await indicators.OrderBy(i => i.Topic).ThenBy(i => i.Id).ToListAsync(ct);
        var years = await YearsAsync(db, all.Select(i => i.Id).ToList(), ct);
        var today = ReleaseOutlook.Today(clock);
        return TypedResults.Ok(all.Select(i => ToResponse(i, years, today)).ToList().ToPage(query, http));
    }

    /// <summary>Get one indicator</summary>
    /// <remarks>The measure's description, unit, period kind, years available and source citation.</remarks>
    /// <param name="indicatorId">The indicator's id, e.g. children-in-need.</param>
    [EndpointSummary("Get one indicator")]
    private static async Task<Results<Ok<IndicatorResponse>, ProblemHttpResult>> GetIndicator(string indicatorId, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var indicator = await db.Indicators.Include(i => i.Caveats).FirstOrDefaultAsync(i => i.Id == indicatorId, ct);
        if (indicator is null)
        {
            return await IndicatorNotFound(db, indicatorId, ct);
        }
        return TypedResults.Ok(ToResponse(indicator, await YearsAsync(db, [indicator.Id], ct), ReleaseOutlook.Today(clock)));
    }

    /// <summary>List an indicator's figures</summary>
    /// <remarks>Every geography and year, filtered by authority, region, level, years and value. layout=wide answers 303 See Other to the same figures as a wide table (ListIndicatorValuesWide, /values/wide) with the same query.</remarks>
    /// <param name="indicatorId">The indicator's id, e.g. children-in-need.</param>
    [EndpointSummary("List an indicator's figures")]
    private static async Task<Results<Ok<Paged<ObservationResponse>>, SeeOther, ProblemHttpResult, ValidationProblem>> ListIndicatorValues(
        string indicatorId, [AsParameters] ObservationQuery query, AppDbContext db, DataVersion version, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (query.Layout == WideValues.Wide)
        {
            return new SeeOther(WideValues.Location(http.Request));
        }
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Id == indicatorId, ct);
        if (indicator is null)
        {
            return await IndicatorNotFound(db, indicatorId, ct);
        }
        var (observations, problem) = await FilterAsync(db, indicatorId, query, query.Min, query.Max, ct);
        if (observations is null)
        {
            return problem!;
        }
        var warnings = PeriodWarnings.AfterLatest(indicator, ReleaseOutlook.Today(clock), ("year", query.Year), ("from", query.From), ("to", query.To));
        var descending = query.Sort?.StartsWith('-') == true;
        var sorted = query.Sort?.TrimStart('-') switch
        {
            "value" => descending
                ? observations.OrderBy(o => o.Value == null).ThenByDescending(o => o.Value)
                : observations.OrderBy(o => o.Value == null).ThenBy(o => o.Value),
            "name" => descending ? observations.OrderByDescending(o => o.Geography.Name).ThenBy(o => o.Year) : observations.OrderBy(o => o.Geography.Name).ThenBy(o => o.Year),
            _ => descending ? observations.OrderByDescending(o => o.Year).ThenBy(o => o.Geography.Name) : observations.OrderBy(o => o.Year).ThenBy(o => o.Geography.Name),
        };
        var page = await ObservationRows.Select(sorted.ThenBy(o => o.Id)).ToPageAsync(query, http, ct);
        return TypedResults.Ok(new Paged<ObservationResponse>([.. page.Items.Select(r => r.ToResponse(version.Current))], page.Paging) { Warnings = warnings });
    }

    /// <summary>List an indicator's figures as a wide table</summary>
    /// <remarks>The figures /values lists, one row per geography (by name) with one cell per year, for spreadsheets, Datawrapper and Flourish; rows page like /values' items. The CSV has the geography's name, codes and level, then one column per year headed by the year, empty where there is no published figure. values?layout=wide answers 303 See Other to here.</remarks>
    /// <param name="indicatorId">The indicator's id, e.g. children-in-need.</param>
    [EndpointSummary("List an indicator's figures as a wide table")]
    private static async Task<Results<Ok<IndicatorValuesTable>, ProblemHttpResult, ValidationProblem>> ListIndicatorValuesWide(
        string indicatorId, [AsParameters] WideValuesQuery query, AppDbContext db, DataVersion version, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Id == indicatorId, ct);
        if (indicator is null)
        {
            return await IndicatorNotFound(db, indicatorId, ct);
        }
        var (observations, problem) = await FilterAsync(db, indicatorId, query, null, null, ct);
        if (observations is null)
        {
            return problem!;
        }
        var warnings = PeriodWarnings.AfterLatest(indicator, ReleaseOutlook.Today(clock), ("year", query.Year), ("from", query.From), ("to", query.To));
        return TypedResults.Ok(await WideValues.BuildAsync(db, indicator, observations, query.Sort, query, version.Current, warnings, http, ct));
    }

    /// <summary>The figures a values request selects, before sorting; or the problem with an authority or region it names.</summary>
    private static async Task<(IQueryable<Observation>? Observations, ProblemHttpResult? Problem)> FilterAsync(
        AppDbContext db, string indicatorId, IObservationFilters query, double? min, double? max, CancellationToken ct)
    {
        var observations = db.Observations.Where(o => o.IndicatorId == indicatorId);
        if (query.Release != "all")
        {
            observations = observations.Where(o => o.IsCurrent);
        }
        if (query.Authority is { Length: > 0 } ids)
        {
            var (geographyIds, missing) = await AuthorityLookup.FindAllAsync(db, ids, "authority", ct);
            if (geographyIds is null)
            {
                return (null, missing!);
            }
            observations = observations.Where(o => geographyIds.Contains(o.GeographyId));
        }
        if (query.Region is { } regionId)
        {
            var region = await RegionLookup.FindAsync(db, regionId, ct);
            if (region is null)
            {
                return (null, RegionLookup.NotFound(regionId));
            }
            observations = observations.Where(o => o.Geography.RegionId == region.Id || o.Geography.SubregionId == region.Id || o.GeographyId == region.Id);
        }
        if (Kebab.Parse<GeographyLevel>(query.Level) is { } level)
        {
            observations = observations.Where(o => o.Geography.Level == level);
        }
        if (query.Year is { } year)
        {
            observations = observations.Where(o => o.Year == year);
        }
        if (query.From is { } from)
        {
            observations = observations.Where(o => o.Year >= from);
        }
        if (query.To is { } to)
        {
            observations = observations.Where(o => o.Year <= to);
        }
        if (min is { } least)
        {
            observations = observations.Where(o => o.Value >= least);
        }
        if (max is { } most)
        {
            observations = observations.Where(o => o.Value <= most);
        }
        return (observations, null);
    }

    /// <summary>Get one authority's time series for an indicator</summary>
    /// <remarks>Every year published for the authority, oldest first, from the latest release; special values keep their status. England, a region or a London sub-region (england, london, inner-london, or their GSS codes) gives its own series the same way.</remarks>
    /// <param name="id">Authority: GSS code (E09000003), DfE code (302) or slug (barnet); or england, a region's code or slug.</param>
    /// <param name="indicatorId">The indicator's id, e.g. child-protection-plans.</param>
    [EndpointSummary("Get one authority's time series for an indicator")]
    private static async Task<Results<Ok<TimeSeriesResponse>, ProblemHttpResult>> GetAuthorityTimeSeries(
        string id, string indicatorId, AppDbContext db, IMapper mapper, DataVersion version, CancellationToken ct)
    {
        var authority = await AuthorityLookup.FindAuthorityOrAreaAsync(db, id, ct);
        if (authority is null)
        {
            return await AuthorityLookup.NotFoundAsync(db, id, "id", ct);
        }
        var indicator = await db.Indicators.Where(i => i.Id == indicatorId).ProjectTo<IndicatorRef>(mapper.ConfigurationProvider).FirstOrDefaultAsync(ct);
        if (indicator is null)
        {
            return await IndicatorNotFound(db, indicatorId, ct);
        }
        var rows = await ObservationRows.Select(db.Observations
            .Where(o => o.IndicatorId == indicatorId && o.GeographyId == authority.Id && o.IsCurrent)
            .OrderBy(o => o.Year))
            .ToListAsync(ct);
        var points = rows.Select(r => r.ToPoint(version.Current)).ToList();
        var summary = await db.Geographies.Where(g => g.Id == authority.Id).ProjectTo<AuthoritySummary>(mapper.ConfigurationProvider).SingleAsync(ct);
        var groupIds = db.AuthorityGroupMembers.Where(m => m.MemberId == authority.Id).Select(m => m.GroupId);
        var groups = await db.Observations.Where(o => o.IndicatorId == indicatorId && groupIds.Contains(o.GeographyId))
            .Select(o => new { Group = o.Geography.Name, o.SourceFile.Publication })
            .Distinct().ToListAsync(ct);
        var warnings = groups.Select(g => PeriodWarnings.InGroup(indicatorId, authority.Name, g.Group, g.Publication)).ToList();
        return TypedResults.Ok(new TimeSeriesResponse(summary, indicator, points, warnings));
    }

    internal static async Task<ProblemHttpResult> IndicatorNotFound(AppDbContext db, string indicatorId, CancellationToken ct)
    {
        var wanted = Slugs.From(indicatorId);
        var ids = await db.Indicators.Select(i => i.Id).ToListAsync(ct);
        var close = ids.Where(i => wanted.Length > 0 && (i.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(i, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).Take(5).ToList();
        return Problems.NotFound("indicatorId", $"No indicator has the id '{indicatorId}'. The catalogue is at /api/v1/indicators.", close);
    }

    private static async Task<ILookup<string, int>> YearsAsync(AppDbContext db, List<string> indicatorIds, CancellationToken ct) =>
        (await db.Observations.Where(o => indicatorIds.Contains(o.IndicatorId))
            .Select(o => new { o.IndicatorId, o.Year }).Distinct().ToListAsync(ct))
        .ToLookup(o => o.IndicatorId, o => o.Year);

    private static IndicatorResponse ToResponse(Indicator i, ILookup<string, int> years, DateOnly today) =>
        new(i.Id, i.Title, i.Description, i.Topic, i.Unit, i.PeriodKind, years[i.Id].Order().ToList(),
            new SourceCitationResponse(i.Publisher, i.Publication, i.SourceTable, i.SourceUrl, i.Licence),
            ReleaseOutlook.Latest(i), ReleaseOutlook.Next(i, today),
            [.. i.Caveats.OrderBy(c => c.Position).Select(c => new CaveatResponse(c.Text, c.Source))]);
}
