using System.Globalization;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Data.Import;

/// <summary>The import step that computes the <see cref="DerivedMeasures"/> from the spending and child counts just read, with their inputs.</summary>
internal static class DerivedFigures
{
    public static void Add(ImportContext context)
    {
        var current = context.Observations.Where(o => o.IsCurrent).ToLookup(o => o.IndicatorId);
        var authorities = context.Geographies.Authorities.ToList();
        var areas = context.Geographies.All.Where(IsArea).ToList();
        var groupsOf = context.Geographies.GroupMembers.ToLookup(m => m.Member, m => m.Group);
        foreach (var measure in DerivedMeasures.All)
        {
            var totals = context.SpendingLines
                .Where(l => l.Category == measure.Spending && l.Role is SpendingLineRole.DerivedTotal or SpendingLineRole.CategoryTotal)
                .Where(l => !IsArea(l.Geography))
                .GroupBy(l => (l.Geography, l.Year))
                .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.SourceFile.ReleaseOrder).First());
            var indicator = context.DefineIndicator(new Indicator
            {
                Id = measure.Id,
                Title = measure.Title,
                Description = $"{measure.Description} Formula: {measure.Formula}. {MatchedSetRule.Text} Not adjusted for inflation.",
                Topic = "Spending",
                Unit = IndicatorUnit.Pounds,
                PeriodKind = PeriodKind.FinancialYear,
                Publisher = "ChildServicesApi, derived from Department for Education and Office for National Statistics figures",
                Publication = $"Derived: {measure.Formula}",
                SourceTable = $"Numerator: {measure.NumeratorLabel}, from {Publications.S251Outturn.Title} (2008-09 to 2013-14) and LAIT (2015-16 on). Denominator: indicator {measure.DenominatorIndicatorId}. " +
                    "England and regions: both summed over the authorities with both figures published (matched sets), not DfE's England or regional totals.",
                SourceUrl = null,
                Licence = Publication.Licence,
            });
            if (context.Indicators.SingleOrDefault(i => i.Id == measure.DenominatorIndicatorId)?.PeriodKind != measure.DenominatorPeriod)
            {
                throw new InvalidOperationException($"{measure.Id} divides by {measure.DenominatorIndicatorId}, which is not a {measure.DenominatorPeriod} indicator");
            }
            var denominators = current[measure.DenominatorIndicatorId].ToDictionary(o => (o.Geography, o.Year));
            foreach (var total in totals.Values)
            {
                var denominator = denominators.GetValueOrDefault((total.Geography, total.Year + measure.DenominatorYearOffset));
                if (denominator is not null)
                {
                    AddForAuthority(context, indicator, measure, total, denominator);
                }
            }
            foreach (var year in totals.Keys.Select(k => k.Year).Distinct().Order())
            {
                var end = Periods.End(PeriodKind.FinancialYear, year);
                var candidates = authorities.Where(a => a.ExistedOn(end))
                    .Select(a => new MatchedSetCandidate(a, totals.GetValueOrDefault((a, year)), denominators.GetValueOrDefault((a, year + measure.DenominatorYearOffset))))
                    .ToList();
                foreach (var area in areas)
                {
                    var set = MatchedSets.Match(measure, year, candidates.Where(c => MatchedSets.LiesIn(c.Authority, area)),
                        g => totals.GetValueOrDefault((g, year)), g => denominators.GetValueOrDefault((g, year + measure.DenominatorYearOffset)), groupsOf);
                    // No authority with both figures (no LA-level children in need before 2013): no figure, rather than one over nothing.
                    if (set.Included.Count > 0)
                    {
                        AddForArea(context, indicator, measure, area, year, set);
                    }
                }
            }
        }
    }

    private static bool IsArea(Geography geography) => geography.Level is GeographyLevel.National or GeographyLevel.Region or GeographyLevel.Subregion;

    private static void AddForAuthority(ImportContext context, Indicator indicator, DerivedMeasure measure, SpendingLine total, Observation denominator)
    {
        var (value, status) = Divide(total, denominator);
        context.Observations.Add(new Observation
        {
            IndicatorId = indicator.Id,
            Indicator = indicator,
            Geography = total.Geography,
            Year = total.Year,
            Period = Periods.Label(PeriodKind.FinancialYear, total.Year),
            Value = value,
            Status = status,
            SourceValue = string.Create(CultureInfo.InvariantCulture, $"{total.GrossExpenditure?.ToString("R", CultureInfo.InvariantCulture) ?? total.Status.ToString()} / {denominator.Value?.ToString("R", CultureInfo.InvariantCulture) ?? denominator.SourceValue}"),
            SourceFile = total.SourceFile,
            SourceLine = total.SourceLine,
            IsCurrent = true,
        });
        context.Derivations.Add(new Derivation
        {
            IndicatorId = indicator.Id,
            Geography = total.Geography,
            Year = total.Year,
            Value = value,
            Status = status,
            NumeratorLabel = measure.NumeratorLabel,
            NumeratorValue = total.GrossExpenditure,
            NumeratorStatus = total.Status,
            NumeratorSourceFile = total.SourceFile,
            NumeratorSourceLine = total.SourceLine,
            DenominatorIndicatorId = measure.DenominatorIndicatorId,
            DenominatorYear = denominator.Year,
            DenominatorValue = denominator.Value,
            DenominatorStatus = denominator.Status,
            DenominatorSourceFile = denominator.SourceFile,
            DenominatorSourceLine = denominator.SourceLine,
        });
    }

    /// <summary>
    /// The area's figure over its matched set. Its observation has no single source line (0): the derivation lists the
    /// authorities, each of whose own derivation cites its lines.
    /// </summary>
    private static void AddForArea(ImportContext context, Indicator indicator, DerivedMeasure measure, Geography area, int year, MatchedSet set)
    {
        var spendingFile = OneFile(set.Included.Select(c => c.Spending!.SourceFile), measure, area, year);
        var childCountFile = OneFile(set.Included.Select(c => c.ChildCount!.SourceFile), measure, area, year);
        var (spending, children) = (set.Spending, set.Children);
        var value = Math.Round(spending / children, 2, MidpointRounding.AwayFromZero);
        context.Observations.Add(new Observation
        {
            IndicatorId = indicator.Id,
            Indicator = indicator,
            Geography = area,
            Year = year,
            Period = Periods.Label(PeriodKind.FinancialYear, year),
            Value = value,
            Status = ObservationStatus.Published,
            SourceValue = string.Create(CultureInfo.InvariantCulture, $"{spending:R} / {children:R} (sums over {set.Included.Count} authorities)"),
            SourceFile = spendingFile,
            SourceLine = 0,
            IsCurrent = true,
        });
        context.Derivations.Add(new Derivation
        {
            IndicatorId = indicator.Id,
            Geography = area,
            Year = year,
            Value = value,
            Status = ObservationStatus.Published,
            NumeratorLabel = $"{measure.NumeratorLabel}, summed over the {set.Included.Count} authorities included",
            NumeratorValue = spending,
            NumeratorStatus = ObservationStatus.Published,
            NumeratorSourceFile = spendingFile,
            DenominatorIndicatorId = measure.DenominatorIndicatorId,
            DenominatorYear = year + measure.DenominatorYearOffset,
            DenominatorValue = children,
            DenominatorStatus = ObservationStatus.Published,
            DenominatorSourceFile = childCountFile,
            AuthoritiesIncluded = set.Included.Count,
            LeftOut = set.LeftOut.ToList(),
        });
    }

    /// <summary>One year's figures of one kind come from one file; a sum across files could not be cited as one.</summary>
    private static Features.Meta.SourceFile OneFile(IEnumerable<Features.Meta.SourceFile> files, DerivedMeasure measure, Geography area, int year)
    {
        var distinct = files.Distinct().ToList();
        return distinct.Count == 1
            ? distinct[0]
            : throw new InvalidOperationException($"{measure.Id} for {area.Name} {year} would sum figures from {distinct.Count} files: {string.Join(", ", distinct.Select(f => f.Path))}");
    }

    /// <summary>Pounds per child to the penny; an input's special status carries through, a zero count is not applicable.</summary>
    internal static (double? Value, ObservationStatus Status) Divide(SpendingLine total, Observation denominator)
    {
        if (total.Status != ObservationStatus.Published || total.GrossExpenditure is null)
        {
            return (null, total.Status == ObservationStatus.Published ? ObservationStatus.NotAvailable : total.Status);
        }
        if (denominator.Status != ObservationStatus.Published || denominator.Value is null)
        {
            return (null, denominator.Status == ObservationStatus.Published ? ObservationStatus.NotAvailable : denominator.Status);
        }
        if (denominator.Value == 0)
        {
            return (null, ObservationStatus.NotApplicable);
        }
        return (Math.Round(total.GrossExpenditure.Value / denominator.Value.Value, 2, MidpointRounding.AwayFromZero), ObservationStatus.Published);
    }
}
