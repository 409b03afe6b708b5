using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Data.Import;

/// <summary>The one computed spending figure: total children's social care, the sum of the four category totals.</summary>
internal static class SpendingTotals
{
    public const string Label = "Total children's social care: sum of the children looked after, safeguarding, family support and other children's and family services totals";

    private static readonly SpendingCategory[] Parts =
    [
        SpendingCategory.ChildrenLookedAfter,
        SpendingCategory.Safeguarding,
        SpendingCategory.FamilySupport,
        SpendingCategory.OtherChildrensAndFamilyServices,
    ];

    /// <summary>Adds a total for every geography and year with all four parts; it is published only if all four are.</summary>
    public static void AddDerivedTotals(ImportContext context)
    {
        var totals = context.SpendingLines
            .Where(l => l.Role == SpendingLineRole.CategoryTotal)
            .GroupBy(l => (l.Geography, l.Year, l.SourceFile))
            .Where(g => Parts.All(p => g.Count(l => l.Category == p) == 1))
            .Select(g =>
            {
                var published = g.All(l => l.Status == ObservationStatus.Published);
                var first = g.OrderBy(l => l.SourceLine).First();
                return new SpendingLine
                {
                    Geography = g.Key.Geography,
                    Year = g.Key.Year,
                    FinancialYear = first.FinancialYear,
                    Label = Label,
                    Category = SpendingCategory.TotalChildrensSocialCare,
                    Role = SpendingLineRole.DerivedTotal,
                    GrossExpenditure = published ? g.Sum(l => l.GrossExpenditure!.Value) : null,
                    NetCurrentExpenditure = g.All(l => l.NetCurrentExpenditure.HasValue) ? g.Sum(l => l.NetCurrentExpenditure!.Value) : null,
                    Status = published ? ObservationStatus.Published : ObservationStatus.NotAvailable,
                    SourceFile = g.Key.SourceFile,
                    SourceLine = first.SourceLine,
                };
            })
            .ToList();
        context.SpendingLines.AddRange(totals);
    }
}
