using System.Globalization;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Data.Import;

/// <summary>A spending figure divided by a child count, with the formula stated.</summary>
internal sealed record DerivedMeasure(
    string Id, string Title, string Description, SpendingCategory Spending, string DenominatorIndicatorId, PeriodKind DenominatorPeriod,
    int DenominatorYearOffset, string Formula)
{
    public string NumeratorLabel => Spending == SpendingCategory.TotalChildrensSocialCare
        ? "Total children's social care gross expenditure (the sum of the four S251 category totals)"
        : "Safeguarding children and young people's services gross expenditure (the S251 safeguarding block total)";
}

/// <summary>
/// Spend per child in need and per child aged 0-17: the only figures the API computes and stores. Each keeps its inputs
/// (a <see cref="Derivation"/>), so the working can be shown and each input traced to its file and line.
/// </summary>
internal static class DerivedMeasures
{
    public const string SpendPerChildInNeed = "spend-per-child-in-need";
    public const string SpendPerChild = "spend-per-child";
    public const string SafeguardingSpendPerChildInNeed = "safeguarding-spend-per-child-in-need";

    public static readonly IReadOnlyList<DerivedMeasure> All =
    [
        new(SpendPerChildInNeed, "Children's social care spending per child in need",
            "Gross expenditure on children's social care in the financial year divided by the number of children in need at 31 March at the end of that year, in pounds.",
            SpendingCategory.TotalChildrensSocialCare, "children-in-need", PeriodKind.At31March, 0,
            "total children's social care gross expenditure (S251, financial year ending 31 March Y) / children in need at 31 March Y (DfE table B1)"),
        new(SpendPerChild, "Children's social care spending per child aged 0 to 17",
            "Gross expenditure on children's social care in the financial year divided by the mid-year estimate of children aged 0 to 17 at the middle of that year, in pounds.",
            SpendingCategory.TotalChildrensSocialCare, "population-0-17", PeriodKind.MidYearEstimate, -1,
            "total children's social care gross expenditure (S251, financial year April Y-1 to March Y) / ONS mid-year estimate of children aged 0 to 17 for mid-(Y-1)"),
        new(SafeguardingSpendPerChildInNeed, "Safeguarding spending per child in need",
            "Gross expenditure on safeguarding children and young people's services (social work, assessment, child protection; S251's safeguarding block) in the financial year divided by the number of children in need at 31 March at the end of that year, in pounds. The closest measure here to the NAO's 2016 'spending on children's social work per child in need'.",
            SpendingCategory.Safeguarding, "children-in-need", PeriodKind.At31March, 0,
            "safeguarding block total gross expenditure (S251, financial year ending 31 March Y) / children in need at 31 March Y (DfE table B1)"),
    ];

    public static void Add(ImportContext context)
    {
        var current = context.Observations.Where(o => o.IsCurrent).ToLookup(o => o.IndicatorId);
        foreach (var measure in All)
        {
            var totals = context.SpendingLines
                .Where(l => l.Category == measure.Spending && l.Role is SpendingLineRole.DerivedTotal or SpendingLineRole.CategoryTotal)
                .GroupBy(l => (l.Geography, l.Year))
                .Select(g => g.OrderByDescending(l => l.SourceFile.ReleaseOrder).First())
                .ToList();
            var indicator = context.DefineIndicator(new Indicator
            {
                Id = measure.Id,
                Title = measure.Title,
                Description = $"{measure.Description} Formula: {measure.Formula}. Not adjusted for inflation.",
                Topic = "Spending",
                Unit = IndicatorUnit.Pounds,
                PeriodKind = PeriodKind.FinancialYear,
                Publisher = "ChildServicesApi, derived from Department for Education and Office for National Statistics figures",
                Publication = $"Derived: {measure.Formula}",
                SourceTable = $"Numerator: {measure.NumeratorLabel}, from {Publications.S251Outturn.Title} (2008-09 to 2013-14) and LAIT (2015-16 on). Denominator: indicator {measure.DenominatorIndicatorId}.",
                SourceUrl = null,
                Licence = Publication.Licence,
            });
            if (context.Indicators.SingleOrDefault(i => i.Id == measure.DenominatorIndicatorId)?.PeriodKind != measure.DenominatorPeriod)
            {
                throw new InvalidOperationException($"{measure.Id} divides by {measure.DenominatorIndicatorId}, which is not a {measure.DenominatorPeriod} indicator");
            }
            var denominators = current[measure.DenominatorIndicatorId].ToDictionary(o => (o.Geography, o.Year));
            foreach (var total in totals)
            {
                var denominator = denominators.GetValueOrDefault((total.Geography, total.Year + measure.DenominatorYearOffset));
                if (denominator is null)
                {
                    continue;
                }
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
        }
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
