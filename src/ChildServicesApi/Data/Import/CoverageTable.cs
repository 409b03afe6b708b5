using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Statistics;

namespace ChildServicesApi.Data.Import;

/// <summary>
/// Counts, for every indicator and year with figures, how many of the authorities that existed at the end of the
/// period have a published figure, each special status, or nothing at all, and whether England's figure is published.
/// Run once at import: the answer depends on nothing but the data.
/// </summary>
internal static class CoverageTable
{
    public static void Add(ImportContext context)
    {
        var authorities = context.Geographies.All.Where(g => g.Level == GeographyLevel.Authority).ToList();
        var current = context.Observations
            .Where(o => o.IsCurrent && o.Geography.Level is GeographyLevel.Authority or GeographyLevel.National)
            .ToLookup(o => (o.IndicatorId, o.Year));
        foreach (var indicator in context.Indicators.OrderBy(i => i.Id, StringComparer.Ordinal))
        {
            foreach (var year in current.Where(g => g.Key.IndicatorId == indicator.Id).Select(g => g.Key.Year).Order())
            {
                var end = Periods.End(indicator.PeriodKind, year);
                var existing = authorities.Where(a => a.ExistedOn(end)).ToHashSet();
                var cells = current[(indicator.Id, year)].ToList();
                var statuses = cells.Where(c => existing.Contains(c.Geography)).GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());
                int Count(ObservationStatus status) => statuses.GetValueOrDefault(status);
                context.Coverage.Add(new CoverageEntry
                {
                    IndicatorId = indicator.Id,
                    Year = year,
                    Period = Periods.Label(indicator.PeriodKind, year),
                    Authorities = existing.Count,
                    Published = Count(ObservationStatus.Published),
                    Suppressed = Count(ObservationStatus.Suppressed),
                    NotAvailable = Count(ObservationStatus.NotAvailable),
                    NotApplicable = Count(ObservationStatus.NotApplicable),
                    LowReliability = Count(ObservationStatus.LowReliability),
                    RoundsToZero = Count(ObservationStatus.RoundsToZero),
                    Missing = existing.Count - statuses.Values.Sum(),
                    England = cells.Any(c => c.Geography.Level == GeographyLevel.National && c.Status == ObservationStatus.Published),
                });
            }
        }
    }
}
