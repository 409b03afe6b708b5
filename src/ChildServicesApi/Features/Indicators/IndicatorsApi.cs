using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

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

        var series = app.MapVersionedGroup("AuthorityIndicators", "authorities/{id}/indicators", tag: "Indicators").ForAuthorityOrArea();
        series.MapGet("/{indicatorId}", GetAuthorityTimeSeries).WithName(nameof(GetAuthorityTimeSeries)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>List the indicator catalogue</summary>
    /// <remarks>Every measure with its unit, period kind, the years it has figures for, and its source citation.</remarks>
    [EndpointSummary("List the indicator catalogue")]
    private static Results<Ok<Paged<IndicatorResponse>>, ValidationProblem> ListIndicators(
        [AsParameters] IndicatorListQuery query, StoreSnapshot data, TimeProvider clock, HttpContext http)
    {
        var today = ReleaseOutlook.Today(clock);
        var indicators = data.IndicatorCatalogue.Where(i => query.Topic is not { } topic || i.Topic == topic);
        return TypedResults.Ok(indicators.Select(i => ToResponse(data, i, today)).ToList().ToPage(query, http));
    }

    /// <summary>Get one indicator</summary>
    /// <remarks>The measure's description, unit, period kind, years available and source citation.</remarks>
    /// <param name="indicatorId">The indicator's id, e.g. children-in-need.</param>
    [EndpointSummary("Get one indicator")]
    private static Results<Ok<IndicatorResponse>, ProblemHttpResult> GetIndicator(string indicatorId, StoreSnapshot data, TimeProvider clock) =>
        data.Indicator(indicatorId) is { } indicator
            ? TypedResults.Ok(ToResponse(data, indicator, ReleaseOutlook.Today(clock)))
            : IndicatorLookup.NotFound(data, indicatorId);

    /// <summary>List an indicator's figures</summary>
    /// <remarks>Every geography and year, filtered by authority, region, level, years and value. layout=wide answers 303 See Other to the same figures as a wide table (ListIndicatorValuesWide, /values/wide) with the same query.</remarks>
    /// <param name="indicatorId">The indicator's id, e.g. children-in-need.</param>
    [EndpointSummary("List an indicator's figures")]
    private static Results<Ok<Paged<ObservationResponse>>, SeeOther, ProblemHttpResult, ValidationProblem> ListIndicatorValues(
        string indicatorId, [AsParameters] ObservationQuery query, StoreSnapshot data, TimeProvider clock, HttpContext http)
    {
        if (query.Layout == WideValues.Wide)
        {
            return new SeeOther(WideValues.Location(http.Request));
        }
        if (data.Indicator(indicatorId) is not { } indicator)
        {
            return IndicatorLookup.NotFound(data, indicatorId);
        }
        var (observations, problem) = Filter(data, data.FiguresOf(indicator).ByYearAndName, query, query.Min, query.Max);
        if (observations is null)
        {
            return problem!;
        }
        var warnings = PeriodWarnings.AfterLatest(indicator, ReleaseOutlook.Today(clock), ("year", query.Year), ("from", query.From), ("to", query.To));
        var byName = StringComparer.Ordinal;
        var ordered = query.Sort switch
        {
            "-year" => observations.OrderByDescending(o => o.Year).ThenBy(o => o.Geography.Name, byName).ThenBy(o => o.Id),
            "value" => observations.OrderBy(o => o.Value == null).ThenBy(o => o.Value).ThenBy(o => o.Id),
            "-value" => observations.OrderBy(o => o.Value == null).ThenByDescending(o => o.Value).ThenBy(o => o.Id),
            "name" => observations.OrderBy(o => o.Geography.Name, byName).ThenBy(o => o.Year).ThenBy(o => o.Id),
            "-name" => observations.OrderByDescending(o => o.Geography.Name, byName).ThenBy(o => o.Year).ThenBy(o => o.Id),
            // year, the default: the order the rows were sorted in once per indicator (year, name, store order), which filtering keeps.
            _ => observations,
        };
        var page = ordered.ToList().ToPage(query, http);
        return TypedResults.Ok(new Paged<ObservationResponse>([.. page.Items.Select(r => r.ToResponse(data.DataVersion))], page.Paging) { Warnings = warnings });
    }

    /// <summary>List an indicator's figures as a wide table</summary>
    /// <remarks>The figures /values lists, one row per geography (by name) with one cell per year, for spreadsheets, Datawrapper and Flourish; rows page like /values' items. The CSV has the geography's name, codes and level, then one column per year headed by the year, empty where there is no published figure. values?layout=wide answers 303 See Other to here.</remarks>
    /// <param name="indicatorId">The indicator's id, e.g. children-in-need.</param>
    [EndpointSummary("List an indicator's figures as a wide table")]
    private static Results<Ok<IndicatorValuesTable>, ProblemHttpResult, ValidationProblem> ListIndicatorValuesWide(
        string indicatorId, [AsParameters] WideValuesQuery query, StoreSnapshot data, TimeProvider clock, HttpContext http)
    {
        if (data.Indicator(indicatorId) is not { } indicator)
        {
            return IndicatorLookup.NotFound(data, indicatorId);
        }
        var (observations, problem) = Filter(data, data.FiguresOf(indicator).Rows, query, null, null);
        if (observations is null)
        {
            return problem!;
        }
        var warnings = PeriodWarnings.AfterLatest(indicator, ReleaseOutlook.Today(clock), ("year", query.Year), ("from", query.From), ("to", query.To));
        return TypedResults.Ok(WideValues.Build(data, indicator, observations, query.Sort, query, warnings, http));
    }

    /// <summary>The figures of <paramref name="rows"/> a values request selects, in their order; or the problem with an authority or region it names.</summary>
    private static (IEnumerable<ObservationRow>? Observations, ProblemHttpResult? Problem) Filter(
        StoreSnapshot data, IEnumerable<ObservationRow> rows, IObservationFilters query, double? min, double? max)
    {
        var (observations, problem) = GeographyFilter.Apply(data, query.Release == "all" ? rows : rows.Where(o => o.IsCurrent), o => o.GeographyId, query);
        if (observations is null)
        {
            return (null, problem);
        }
        if (query is not { Year: null, From: null, To: null })
        {
            observations = observations.Where(o => query.Includes(o.Year));
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
    private static Results<Ok<TimeSeriesResponse>, ProblemHttpResult> GetAuthorityTimeSeries(string id, string indicatorId, RouteAuthority route, StoreSnapshot data)
    {
        var authority = route.Geography;
        if (data.Indicator(indicatorId) is not { } indicator)
        {
            return IndicatorLookup.NotFound(data, indicatorId);
        }
        var figures = data.FiguresOf(indicator);
        var points = figures.SeriesOf(authority.Id).Select(r => r.ToPoint(data.DataVersion)).ToList();
        var warnings = data.GroupMembers.Where(m => m.MemberId == authority.Id).SelectMany(m => figures.RowsOf(m.GroupId))
            .Select(o => (Group: o.Geography.Name, data.SourceFile(o.SourceFileId).Publication)).Distinct()
            .Select(g => PeriodWarnings.InGroup(indicatorId, authority.Name, g.Group, g.Publication)).ToList();
        return TypedResults.Ok(new TimeSeriesResponse(data.SummaryOf(authority.Id), data.RefOf(indicator), points, warnings));
    }

    private static IndicatorResponse ToResponse(StoreSnapshot data, Indicator i, DateOnly today) =>
        new(i.Id, i.Title, i.Description, i.Topic, i.Unit, i.PeriodKind, data.YearsOf(i.Id),
            new SourceCitationResponse(i.Publisher, i.Publication, i.SourceTable, i.SourceUrl, i.Licence),
            ReleaseOutlook.Latest(i), ReleaseOutlook.Next(i, today),
            [.. i.Caveats.Select(c => new CaveatResponse(c.Text, c.Source))]);
}
