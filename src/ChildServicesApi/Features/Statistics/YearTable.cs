using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Regions;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Statistics;

/// <summary>
/// One indicator's authority figures for one year: those published, and every authority that existed that year
/// without one (suppressed, not available, or missing from the source), so nothing silently drops out of an answer.
/// </summary>
internal sealed record YearTable(
    IndicatorRef Indicator, int Year, string Period, IReadOnlyList<Figure> Published, IReadOnlyList<AuthorityFigure> Excluded, IReadOnlyList<int> SourceFileIds)
{
    public static async Task<(YearTable? Table, ProblemHttpResult? Problem)> LoadAsync(
        AppDbContext db, string indicatorId, int? year, string? regionId, string dataVersion, DateOnly today, CancellationToken ct)
    {
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Id == indicatorId, ct);
        if (indicator is null)
        {
            return (null, await IndicatorsApi.IndicatorNotFound(db, indicatorId, ct));
        }
        var (scope, problem) = await AuthorityScope.ResolveAsync(db, regionId, null, ct);
        if (scope is null)
        {
            return (null, problem);
        }
        var years = await db.Observations.Where(o => o.IndicatorId == indicatorId && o.Geography.Level == GeographyLevel.Authority)
            .Select(o => o.Year).Distinct().OrderBy(y => y).ToListAsync(ct);
        var chosen = year ?? years.LastOrDefault();
        if (!years.Contains(chosen))
        {
            return (null, Problems.NotFound("year", $"{indicator.Title} has no authority figures for {year}. Years with figures: {string.Join(", ", years)}.")
                .WithWarnings(PeriodWarnings.AfterLatest(indicator, today, ("year", year))));
        }
        var authorities = await Figures.AuthoritiesInAsync(db, indicator.PeriodKind, chosen, scope.Region, ct);
        var figures = (await Figures.LoadAsync(db, indicatorId, [chosen], authorities.Select(a => a.Id).ToList(), ct)).ToDictionary(f => f.GeographyId);
        var absent = authorities.Where(a => !figures.ContainsKey(a.Id)).Select(a => a.Id).ToList();
        var missing = absent.Count == 0
            ? MissingReasons.None
            : await MissingReasons.LoadAsync(db, indicatorId, indicator.PeriodKind, [chosen], absent, ct);
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
                excluded.Add(Figures.ForAuthority(reference, figure, indicatorId, dataVersion, missing.For(id, chosen)));
            }
        }
        var indicatorRef = new IndicatorRef(indicator.Id, indicator.Title, indicator.Unit);
        return (new YearTable(indicatorRef, chosen, Periods.Label(indicator.PeriodKind, chosen), published, excluded,
            figures.Values.Select(f => f.SourceFileId).Distinct().ToList()), null);
    }
}
