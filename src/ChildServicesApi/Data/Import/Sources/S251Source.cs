using ChildServicesApi.Domain;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// DfE Section 251 (Section 52 before 2010) outturn, LA-level underlying data for 2008-09 to 2013-14: every line of the
/// children's and young people's services budget, in pounds. Column names and line numbering change every year.
/// 2014-15 is missing: no copy of that year's file was found.
/// </summary>
internal static class S251Source
{
    /// <summary>Where one year's file keeps each thing; <see cref="LineColumn"/> is null where the number prefixes the label.</summary>
    internal sealed record YearFile(string Path, int Year, string LaColumn, string? LineColumn, string LabelColumn, string GrossColumn, string NetColumn);

    public static readonly IReadOnlyList<YearFile> Files =
    [
        new("s251/outturn_0809.csv", 2009, "LEA Number:", null, "S52 Line Reference:", "TOTAL EXPENDITURE (k)", "NET Current Expenditure (m)"),
        new("s251/outturn_0910.csv", 2010, "LEA", "Line", "S52 Line Reference", "Total Expenditure (k)", "NET Current Expenditure (m)"),
        new("s251/outturn_1011.csv", 2011, "LA", "Line", "S52 Line Reference", "Total Expenditure (k)", "NET Current Expenditure (m)"),
        new("s251/outturn_1112.csv", 2012, "LA", "LineNumber", "CYPServiceDescription", "TotalExpenditure", "NetCurrentExpenditure"),
        new("s251/outturn_1213.csv", 2013, "LA", "LineNumber", "CYPServiceDescription", "TotalExpenditure", "NetCurrentExpenditure"),
        new("s251/outturn_1314.csv", 2014, "LA", "LineNumber", "CYPServiceDescription", "TotalExpenditure", "NetCurrentExpenditure"),
    ];

    public static SourceCitation Citation(YearFile file) => new(Publications.S251Outturn, Periods.FinancialYear(file.Year), file.Year,
        $"S251 outturn {Periods.FinancialYear(file.Year)}, LA-level underlying data ({Path.GetFileName(file.Path)})");
}
