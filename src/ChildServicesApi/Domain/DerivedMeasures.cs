using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Domain;

/// <summary>A spending figure divided by a child count, with the formula stated.</summary>
internal sealed record DerivedMeasure(
    string Id, string Title, string Description, SpendingCategory Spending, string DenominatorIndicatorId, PeriodKind DenominatorPeriod,
    int DenominatorYearOffset, string Formula)
{
    public string NumeratorLabel => Spending == SpendingCategory.TotalChildrensSocialCare
        ? "Total children's social care gross expenditure (the sum of the four S251 category totals)"
        : "Safeguarding children and young people's services gross expenditure (the S251 safeguarding block total)";

    /// <summary>The spending total in a sentence: "no published S251 total for 2024-25".</summary>
    public string NumeratorName => Spending == SpendingCategory.TotalChildrensSocialCare ? "S251 total" : "S251 safeguarding total";

    /// <summary>The child count of <paramref name="year"/> in a sentence.</summary>
    public string ChildCountName(int year) => DenominatorIndicatorId == "population-0-17"
        ? $"children aged 0 to 17 at mid-{year}"
        : $"children in need at 31 March {year}";
}

/// <summary>
/// Spend per child in need and per child aged 0-17: the only figures the API computes (at import, by
/// <see cref="Data.Import.DerivedFigures"/>) and stores. Each keeps its inputs (a <see cref="Derivation"/>), so the working
/// can be shown and each input traced to its file and line.
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
}
