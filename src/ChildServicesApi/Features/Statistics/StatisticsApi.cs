using ChildServicesApi.Data;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Regions;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.Statistics;

/// <summary>Rankings, distributions and change over time: answers computed from an indicator's published figures, with the working shown.</summary>
internal static class StatisticsApi
{
    public const string ChangeMethod =
        "absolute = later - earlier; percent = (later - earlier) / earlier x 100, one decimal place, null when earlier is 0. " +
        "Only published figures are compared. An authority whose area changed between the years (created, merged or split) is " +
        "boundary-changed, not compared; where only its GSS code changed, the figure under the old code is used and the note says so. " +
        "For a count with a published rate per 10,000 children, the rate's change is given too (rates are published from 2015).";

    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Statistics", "indicators/{indicatorId}", tag: "Statistics");
        group.MapGet("/rankings", GetRanking).WithName(nameof(GetRanking)).Expensive().WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/distribution", GetDistribution).WithName(nameof(GetDistribution)).Expensive().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/change", GetChange).WithName(nameof(GetChange)).Expensive().WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Rank authorities on an indicator</summary>
    /// <remarks>Every authority with a published figure in the year, by position (ties share a position and are flagged) with its percentile; authorities without a figure are listed as excluded with the reason.</remarks>
    /// <param name="indicatorId">The indicator's id, e.g. children-in-need-rate.</param>
    [EndpointSummary("Rank authorities on an indicator")]
    private static Results<Ok<RankingResponse>, ProblemHttpResult, ValidationProblem> GetRanking(
        string indicatorId, [AsParameters] RankingQuery query, StoreSnapshot data, TimeProvider clock, HttpContext http)
    {
        var (table, problem) = YearTable.Load(data, indicatorId, query.Year, query.Region, ReleaseOutlook.Today(clock));
        if (table is null)
        {
            return problem!;
        }
        var descending = query.Order != "ascending";
        var ranked = Ranking.Rank(table.Published.Select(f => (f, f.Value!.Value)), descending, f => f.Geography.Name);
        var items = ranked.Select(r => new RankedAuthority(r.Position, r.Tied, r.Percentile, r.Item.Geography, r.Value,
            r.Item.Permalink(indicatorId, data.DataVersion))).ToList();
        return TypedResults.Ok(new RankingResponse(table.Indicator, table.Year, table.Period, descending ? "descending" : "ascending", Ranking.Method,
            items.Count, items.Count(i => i.Tied), items, table.Excluded,
            Citations.Sources(data, table.SourceFileIds), Citations.RequestLink(http.Request, data.DataVersion), []));
    }

    /// <summary>Summarise an indicator across authorities</summary>
    /// <remarks>Count, minimum and maximum (naming the authorities), max/min ratio, quartiles, median and mean of the authorities' published figures in a year, England's own figure, and which authorities were excluded and why.</remarks>
    /// <param name="indicatorId">The indicator's id, e.g. spend-per-child-in-need.</param>
    [EndpointSummary("Summarise an indicator across authorities")]
    private static Results<Ok<DistributionResponse>, ProblemHttpResult, ValidationProblem> GetDistribution(
        string indicatorId, [AsParameters] DistributionQuery query, StoreSnapshot data, TimeProvider clock, HttpContext http)
    {
        var (table, problem) = YearTable.Load(data, indicatorId, query.Year, query.Region, ReleaseOutlook.Today(clock));
        if (table is null)
        {
            return problem!;
        }
        var summary = Summaries.Of(table.Published.Select(f => f.Value!.Value));
        Extreme? Holding(double? value) => value is null ? null : new Extreme(value.Value, table.Published.Where(f => f.Value == value)
            .Select(f => Figures.ForAuthority(f.Geography, f, indicatorId, data.DataVersion)).ToList());
        var england = data.FiguresOf(data.Indicator(indicatorId)!).Current(data.National.Id, table.Year);
        return TypedResults.Ok(new DistributionResponse(table.Indicator, table.Year, table.Period, summary?.Count ?? 0,
            Holding(summary?.Min), Holding(summary?.Max), summary is { Min: > 0 } s ? Summaries.Tidy(s.Max / s.Min) : null, summary is null ? null : Summaries.Tidy(summary.Max - summary.Min),
            summary?.LowerQuartile, summary?.Median, summary?.UpperQuartile, summary?.Mean, Summaries.QuartileMethod, Figures.Cell(england, indicatorId, data.DataVersion),
            table.Excluded.Count, table.Excluded,
            Citations.Sources(data, table.SourceFileIds), Citations.RequestLink(http.Request, data.DataVersion), []));
    }

    /// <summary>Change an indicator between two years</summary>
    /// <remarks>For England and every authority that existed in either year: both figures, the absolute and percentage change, and the companion rate's change where one is published. Authorities whose area changed in between are flagged boundary-changed, not compared. Sort and limit give a chart's top or bottom ten; the CSV's first row is England (geography level national).</remarks>
    /// <param name="indicatorId">The indicator's id, e.g. section-47-enquiries.</param>
    [EndpointSummary("Change an indicator between two years")]
    private static Results<Ok<ChangeResponse>, ProblemHttpResult, ValidationProblem> GetChange(
        string indicatorId, [AsParameters] ChangeQuery query, StoreSnapshot data, TimeProvider clock, HttpContext http)
    {
        if (data.Indicator(indicatorId) is not { } indicator)
        {
            return IndicatorLookup.NotFound(data, indicatorId);
        }
        var (from, to) = (query.From!.Value, query.To!.Value);
        var years = data.YearsOf(indicatorId);
        foreach (var (name, year) in new[] { ("from", from), ("to", to) })
        {
            if (!years.Contains(year))
            {
                return Problems.NotFound(name, $"{indicator.Title} has no figures for {year}. Years with figures: {string.Join(", ", years)}.")
                    .WithWarnings(PeriodWarnings.AfterLatest(indicator, ReleaseOutlook.Today(clock), ("from", from), ("to", to)));
            }
        }
        var (scope, problem) = AuthorityScope.Resolve(data, query.Region, query.Authority);
        if (scope is null)
        {
            return problem!;
        }
        var table = ChangeTable.Of(data, indicator, from, to);
        var rows = table.Rows.Where(r => scope.Includes(r.Authority)).Select(r => r.Row).ToList();
        var shown = ChangeComparer.Order(rows, query.Sort).Take(query.Limit ?? int.MaxValue).ToList();
        return TypedResults.Ok(new ChangeResponse(data.RefOf(indicator), from, to, table.Rate, ChangeMethod, table.England, shown,
            table.Sources, Citations.RequestLink(http.Request, data.DataVersion), []));
    }

}
