using ChildServicesApi.Domain;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// MHCLG's revenue outturn, individual local authority data, 2022-23 to 2024-25: the RSX service summary's children's
/// social care line and RO3's children's social care lines, in £ thousand, for every English authority (districts,
/// police, fire and the like included, which this product does not serve). The workbooks are read as published (.ods).
/// </summary>
internal static class RevenueOutturnSource
{
    /// <summary>
    /// One workbook: its data sheet, the row holding the column headers, and where the lines' titles are: in the header
    /// cell itself ("Children Social Care - Total Expenditure (C3 = C1 + C2)"), or, where <paramref name="TitleRow"/> is
    /// set, in that row above the first column of each line's block of seven.
    /// </summary>
    internal sealed record YearFile(string Path, OutturnForm Form, int Year, string Release, string Sheet, int HeaderRow, int? TitleRow);

    /// <summary>One line's block of seven columns (C1 employees to C7 net current expenditure), starting at <paramref name="FirstColumn"/>.</summary>
    internal sealed record LineColumns(OutturnForm Form, OutturnLine Line, string Reference, string Title, string FirstColumn)
    {
        /// <summary>The 0-based sheet column of a measure: C3 is the third column of the block, C7 the seventh.</summary>
        public int Column(OutturnMeasure measure) => ColumnIndex(FirstColumn) + (measure == OutturnMeasure.TotalExpenditure ? 2 : 6);
    }

    public static readonly IReadOnlyList<YearFile> Files =
    [
        new("revenue-outturn/RSX_2022-23_data_by_LA.ods", OutturnForm.Rsx, 2023, "2022-23 outturn, second release (14 December 2023)", "RSX_LA_Data_2022-23", 11, null),
        new("revenue-outturn/RSX_2023-24_data_by_LA.ods", OutturnForm.Rsx, 2024, "2023-24 outturn, first release (updated 29 August 2024)", "RSX_LA_Data_2023-24", 11, null),
        new("revenue-outturn/RSX_LA_Data_2024-25_data_by_LA.ods", OutturnForm.Rsx, 2025, "2024-25 outturn, second release (4 December 2025)", "RSX_LA_Data_202425", 7, null),
        new("revenue-outturn/RO3_2022-23_data_by_LA.ods", OutturnForm.Ro3, 2023, "2022-23 outturn, second release (14 December 2023)", "RO3_LA_Data_2022-23", 12, 11),
        new("revenue-outturn/RO3_2023-24_data_by_LA.ods", OutturnForm.Ro3, 2024, "2023-24 outturn, first release (updated 29 August 2024)", "RO3_LA_Data_2023-24", 12, 11),
        new("revenue-outturn/RO3_LA_Data_2024-25_data_by_LA.ods", OutturnForm.Ro3, 2025, "2024-25 outturn, second release (4 December 2025)", "RO3_LA_Data_202425", 7, null),
    ];

    /// <summary>
    /// The column mapping: every line read, with its title as the files give it (checked, letters and digits only, in
    /// every file) and the sheet column its block starts at. The same in all three years.
    /// </summary>
    public static readonly IReadOnlyList<LineColumns> Lines =
    [
        new(OutturnForm.Rsx, OutturnLine.RsxChildrenSocialCare, "330", "Children Social Care", "V"),
        new(OutturnForm.Ro3, OutturnLine.SureStartAndEarlyYears, "10", "Children's social care: Sure start children's centres and early years", "H"),
        new(OutturnForm.Ro3, OutturnLine.ChildrenLookedAfter, "13", "Children's social care - Children Looked After", "O"),
        new(OutturnForm.Ro3, OutturnLine.ChildrenLookedAfterResidentialCare, "16", "Children's social care - Children Looked After of which residential care", "V"),
        new(OutturnForm.Ro3, OutturnLine.ChildrenLookedAfterFostering, "17", "Children's social care - Children Looked After of which fostering services", "AC"),
        new(OutturnForm.Ro3, OutturnLine.ChildrenLookedAfterAsylumSeekers, "18", "Children's social care - Children Looked After of which asylum seeking children who are looked after", "AJ"),
        new(OutturnForm.Ro3, OutturnLine.ChildrenLookedAfterOther, "19", "Children's social care - Children Looked After of which other", "AQ"),
        new(OutturnForm.Ro3, OutturnLine.OtherChildrensAndFamiliesServices, "15", "Children's social care - Other children's and families services", "AX"),
        new(OutturnForm.Ro3, OutturnLine.FamilySupportServices, "22", "Children's social care - Family Support Services", "BE"),
        new(OutturnForm.Ro3, OutturnLine.YouthJustice, "23", "Children's social care - Youth Justice", "BL"),
        new(OutturnForm.Ro3, OutturnLine.Safeguarding, "25", "Children's social care: Safeguarding children and young people's services", "BS"),
        new(OutturnForm.Ro3, OutturnLine.AsylumSeekers, "26", "Children's social care - Asylum Seekers", "BZ"),
        new(OutturnForm.Ro3, OutturnLine.ServicesForYoungPeople, "27", "Children's social care: Services for young people", "CG"),
        new(OutturnForm.Ro3, OutturnLine.TotalChildrenSocialCare, "30", "TOTAL CHILDREN SOCIAL CARE", "CN"),
    ];

    /// <summary>How many columns of a form's sheet are read: the identity columns and each of its lines' block of seven.</summary>
    public static int ColumnsRead(OutturnForm form) =>
        Math.Max(IdentityColumns.Max(c => ColumnIndex(c.Column)), Lines.Where(l => l.Form == form).Max(l => ColumnIndex(l.FirstColumn) + 6)) + 1;

    /// <summary>The header of each measure's column, after the line's title.</summary>
    public static readonly IReadOnlyDictionary<OutturnMeasure, string> MeasureHeaders = new Dictionary<OutturnMeasure, string>
    {
        [OutturnMeasure.TotalExpenditure] = "Total Expenditure (C3 = C1 + C2)",
        [OutturnMeasure.NetCurrentExpenditure] = "Net Current Expenditure (C7 = C3 - C6)",
    };

    /// <summary>The columns that identify an authority, by sheet column, with their headers.</summary>
    public static readonly IReadOnlyList<(string Column, string Header)> IdentityColumns =
    [
        ("A", "E-code"),
        ("B", "ONS Code"),
        ("C", "Local authority"),
        ("E", "Class"),
    ];

    public const int OnsCodeColumn = 1;
    public const int NameColumn = 2;
    public const int ClassColumn = 4;

    /// <summary>MHCLG's classes of the children's services (upper-tier) authorities: unitary, metropolitan district, London borough, shire county.</summary>
    public static readonly IReadOnlySet<string> ChildrensServicesClasses = new HashSet<string>(StringComparer.Ordinal) { "UA", "MD", "LB", "SC" };

    /// <summary>The other rows: shire districts and other authorities (police, fire, combined, waste, national parks).</summary>
    public static readonly IReadOnlySet<string> OtherClasses = new HashSet<string>(StringComparer.Ordinal) { "SD", "O" };

    /// <summary>The class of the England row, the last of the authorities' table (England's figures are MHCLG's estimates, not read).</summary>
    public const string EnglandClass = "Eng";

    /// <summary>
    /// The symbols in the children's social care columns (the Notes sheet): <c>[x]</c> not received in time for
    /// publication, <c>[z]</c> not collected. 2024-25's RO3 writes <c>[note 4]</c> instead of Gateshead's looked-after
    /// breakdown (lines 16 to 19), which Gateshead could not provide; the cell has no figure.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, ObservationStatus> Symbols = new Dictionary<string, ObservationStatus>
    {
        ["[x]"] = ObservationStatus.NotAvailable,
        ["[z]"] = ObservationStatus.NotApplicable,
        ["[note 4]"] = ObservationStatus.NotAvailable,
    };

    public static SourceCitation Citation(YearFile file) => new(Publications.RevenueOutturn, file.Release, file.Year,
        $"{(file.Form == OutturnForm.Rsx ? "RSX service expenditure summary" : "RO3 social care and public health services")} {Periods.FinancialYear(file.Year)}, " +
        $"sheet {file.Sheet}, £ thousand ({Path.GetFileName(file.Path)})");

    /// <summary>0-based index of spreadsheet column letters: A is 0, AB is 27.</summary>
    public static int ColumnIndex(string letters) => letters.Aggregate(0, (n, ch) => n * 26 + (ch - 'A' + 1)) - 1;
}
