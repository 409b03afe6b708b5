using ChildServicesApi.Data;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Regions;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.Statistics;

/// <summary>
/// One indicator's authority figures for one year: those published, and every authority that existed that year
/// without one (suppressed, not available, or missing from the source), so nothing silently drops out of an answer.
/// </summary>
internal sealed record YearTable(
    IndicatorRef Indicator, int Year, string Period, IReadOnlyList<Figure> Published, IReadOnlyList<AuthorityFigure> Excluded, IReadOnlyList<int> SourceFileIds)
{
    public static (YearTable? Table, ProblemHttpResult? Problem) Load(StoreSnapshot data, string indicatorId, int? year, string? regionId, DateOnly today)
    {
        var indicator = data.Indicator(indicatorId);
        if (indicator is null)
        {
            return (null, IndicatorLookup.NotFound(data, indicatorId));
        }
        var (scope, problem) = AuthorityScope.Resolve(data, regionId, null);
        if (scope is null)
        {
            return (null, problem);
        }
        var years = data.FiguresOf(indicator).AuthorityYears;
        var chosen = year ?? (years.Count == 0 ? 0 : years[^1]);
        if (!years.Contains(chosen))
        {
            return (null, Problems.NotFound("year", $"{indicator.Title} has no authority figures for {year}. Years with figures: {string.Join(", ", years)}.")
                .WithWarnings(PeriodWarnings.AfterLatest(indicator, today, ("year", year))));
        }
        var authorities = Figures.AuthoritiesIn(data, indicator.PeriodKind, chosen, scope.Region);
        var figures = Figures.Load(data, indicator, [chosen], authorities.Select(a => a.Id).ToHashSet()).ToDictionary(f => f.GeographyId);
        var absent = authorities.Where(a => !figures.ContainsKey(a.Id)).Select(a => a.Id).ToList();
        var missing = absent.Count == 0 ? MissingReasons.None : MissingReasons.Load(data, indicator, [chosen], absent);
        var published = new List<Figure>();
        var excluded = new List<AuthorityFigure>();
        foreach (var (id, reference) in authorities)
        {
            var figure = figures.GetValueOrDefault(id);
            if (figure is { HasValue: true })
            {
                published.Add(figure);
            }
            else
            {
                excluded.Add(Figures.ForAuthority(reference, figure, indicatorId, data.DataVersion, missing.For(id, chosen)));
            }
        }
        var indicatorRef = data.RefOf(indicator);
        return (new YearTable(indicatorRef, chosen, Periods.Label(indicator.PeriodKind, chosen), published, excluded,
            figures.Values.Select(f => f.SourceFileId).Distinct().ToList()), null);
    }
}
