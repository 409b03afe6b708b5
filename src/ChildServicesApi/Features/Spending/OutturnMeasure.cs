namespace ChildServicesApi.Features.Spending;

/// <summary>Which column of a revenue outturn line: MHCLG's C3 or C7.</summary>
internal enum OutturnMeasure
{
    /// <summary>C3: employees plus running expenses.</summary>
    TotalExpenditure,
    /// <summary>C7: total expenditure less sales, fees, charges and other income.</summary>
    NetCurrentExpenditure,
}
