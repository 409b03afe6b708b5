using ChildServicesApi.Features.Inspections;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>Ofsted's official spreadsheets of local authority children's services inspections, as CSV (one sheet each).</summary>
internal static class OfstedSource
{
    public const string IlacsHistoryFile = "ofsted/ofsted_ilacs_inspection_history_2018_to_2025-03.csv";
    public const string InYearFile = "ofsted/ofsted_in_year_inspections_2024-25.csv";
    public const string HistoryFile = "ofsted/ofsted_la_inspections_history_2009_to_2023.csv";

    private const string Outcomes2025 = "Local authority inspection outcomes as at 31 March 2025";

    /// <summary>One official snapshot sheet of judgements in force: the edition's date, the file and its citation.</summary>
    internal sealed record Snapshot(DateOnly AsAt, string File, SourceCitation Citation, string? CodeColumn);

    /// <summary>
    /// Ofsted's three snapshots of every authority's judgement in force, in this data. The 2023 and 2024 sheets name
    /// authorities; the 2025 sheet gives GSS codes and publication dates too.
    /// </summary>
    public static readonly IReadOnlyList<Snapshot> Snapshots =
    [
        new(new DateOnly(2023, 3, 31), "ofsted/ofsted_la_judgements_as_at_2023-03-31.csv",
            new SourceCitation(Publications.OfstedOutcomes, "Children's social care data in England 2023", 20230331,
                "Sheet LA_level_at_31_Mar_2023 (Childrens_social_care_in_England_2023_underlying_data.ods)"), null),
        new(new DateOnly(2024, 3, 31), "ofsted/ofsted_la_judgements_as_at_2024-03-31.csv",
            new SourceCitation(Publications.OfstedOutcomes, "Local authority inspection outcomes as at March 2024", 20240331,
                "Sheet Inspections_31_March_2024 (LA_Inspection_Outcomes_as_at_March_2024.ods)"), null),
        new(new DateOnly(2025, 3, 31), "ofsted/ofsted_la_judgements_as_at_2025-03-31.csv",
            new SourceCitation(Publications.OfstedOutcomes, Outcomes2025, 20250331,
                "Sheet Inspections_as_at_31_March (LA_Inspection_Outcomes_as_at_31_March_2025.ods)"), "Local authority area code"),
    ];

    /// <summary>SIF inspection dates, read from the reports (the official 2009-2023 sheet gives publication dates only).</summary>
    public const string SifDatesFile = "ofsted/ofsted_sif_judgements_2013_2018_extracted.csv";

    public static readonly SourceCitation SifDatesCitation = new(Publications.OfstedSifReports, "SIF reports 2014-2018, first three pages", 20180101,
        "ofsted_sif_judgements_2013_2018_extracted.csv: column inspection_dates (the dates as the report prints them), matched on DfE code, framework and publication date");

    /// <summary>What a snapshot says of an authority it had not inspected yet.</summary>
    public const string NotYetInspected = "Not yet inspected";

    public static readonly SourceCitation IlacsHistoryCitation = new(Publications.OfstedOutcomes, Outcomes2025, 20250331,
        "Sheet ILACS_inspection_history (LA_Inspection_Outcomes_as_at_31_March_2025.ods)");

    public static readonly SourceCitation InYearCitation = new(Publications.OfstedOutcomes, Outcomes2025, 20250331,
        "Sheet In-year_inspections (LA_Inspection_Outcomes_as_at_31_March_2025.ods)");

    public static readonly SourceCitation HistoryCitation = new(Publications.OfstedOutcomes, "Children's social care data in England 2023", 20230331,
        "Sheet LA_inspections_2009-2023 (Childrens_social_care_in_England_2023_underlying_data.ods)");

    /// <summary>Ofsted's four grades as its sheets word them.</summary>
    public static readonly IReadOnlyDictionary<string, OfstedGrade> Grades = new Dictionary<string, OfstedGrade>
    {
        ["Outstanding"] = OfstedGrade.Outstanding,
        ["Good"] = OfstedGrade.Good,
        ["Requires improvement to be good"] = OfstedGrade.RequiresImprovementToBeGood,
        ["Inadequate"] = OfstedGrade.Inadequate,
    };

    public static readonly IReadOnlyDictionary<string, InspectionFramework> IlacsTypes = new Dictionary<string, InspectionFramework>
    {
        ["ILACS Standard Inspection"] = InspectionFramework.IlacsStandard,
        ["ILACS Short Inspection"] = InspectionFramework.IlacsShort,
        ["ILACS Focused Visit"] = InspectionFramework.IlacsFocusedVisit,
        ["LA Monitoring visit"] = InspectionFramework.MonitoringVisit,
    };

    /// <summary>ILACS judgement columns, headed with the judgement's own name in both 2025 sheets.</summary>
    public static readonly IReadOnlyList<Judgement> IlacsJudgements =
    [
        .. new[]
        {
            "The impact of leaders on social work practice with children and families",
            "The experiences and progress of children who need help and protection",
            "The experiences and progress of children in care",
            "The experiences and progress of care leavers",
        }.Select(name => new Judgement(name, name)),
    ];

    /// <summary>Names the 2009-2023 sheet gives some authorities, and the name DfE's table B1 gives them.</summary>
    public static readonly IReadOnlyDictionary<string, string> HistoryNames = new Dictionary<string, string>
    {
        ["Bedford Borough"] = "Bedford",
        ["Bristol"] = "Bristol, City of",
        ["Durham"] = "County Durham",
        ["Herefordshire"] = "Herefordshire, County of",
        ["Kingston Upon Hull"] = "Kingston upon Hull, City of",
        ["Kingston upon Hull"] = "Kingston upon Hull, City of",
    };

    /// <summary>A judgement column and the judgement's name (in the 2009-2023 sheet, without the framework prefix).</summary>
    internal sealed record Judgement(string Column, string Name);

    /// <summary>One framework's block of columns in the wide 2009-2023 sheet (one row per authority).</summary>
    internal sealed record HistoryFramework(InspectionFramework Framework, string DateColumn, string? OverallColumn, IReadOnlyList<Judgement> Judgements);

    /// <summary>
    /// SLAC to SIF re-inspection. The sheet's two ILACS blocks are not read: the ILACS history sheet lists every ILACS
    /// inspection to March 2025 with its inspection date, which this sheet lacks.
    /// </summary>
    public static readonly IReadOnlyList<HistoryFramework> HistoryFrameworks =
    [
        new(InspectionFramework.Slac, "Safeguarding & Looked After Children (SLAC) Inspection publication date", null,
        [
            new("SLAC Safeguarding Overall effectiveness (OE)", "Overall effectiveness of safeguarding services"),
            new("SLAC Looked After Children Overall Effectiveness (OE)", "Overall effectiveness of services for looked after children"),
        ]),
        new(InspectionFramework.SlacSafeguardingReinspection, "SLAC re-inspection of Safeguarding publication date", "SLAC re-inspection Safeguarding OE", []),
        new(InspectionFramework.SlacLookedAfterReinspection, "SLAC re-inspection of services for Children Looked After publication date",
            "SLAC re-inspection of services Children Looked After OE", []),
        new(InspectionFramework.ChildProtection, "Child Protection Inspections (CPI) publication date", "CPI Overall Effectiveness (OE)", []),
        new(InspectionFramework.ChildProtectionReinspection, "Child Protection Re-Inspection (CPRI) publication date", "CPRI Overall Effectiveness (OE)", []),
        new(InspectionFramework.TargetedLookedAfter, "Targeted Looked After Children (TLAC) inspection publication date", "TLAC Overall Effectiveness (OE)", []),
        new(InspectionFramework.Sif, "Single Inspection of LA Children's Services (SIF) First SIF publication date", "First SIF Overall Judgement (OE)",
        [
            new("First SIF children who need help and protection", "Children who need help and protection"),
            new("First SIF children looked after and achieving permanence", "Children looked after and achieving permanence"),
            new("First SIF CLA Sub: Adoption Performance", "Adoption performance"),
            new("First SIF CLA Sub: Experiences and progress of care leavers", "Experiences and progress of care leavers"),
            new("First SIF leadership, management and governance", "Leadership, management and governance"),
            new("LSCB Overall Effectiveness", "Local Safeguarding Children Board: overall effectiveness"),
        ]),
        new(InspectionFramework.SifReinspection, "Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date",
            "SIF Re-inspection Overall Judgement (OE)",
        [
            new("SIF Re-inspection children who need help and protection", "Children who need help and protection"),
            new("SIF Re-inspection children looked after and achieving permanence", "Children looked after and achieving permanence"),
            new("SIF Re-inspection CLA Sub: Adoption Performance", "Adoption performance"),
            new("SIF Re-inspection CLA Sub: Experiences and progress of care leavers", "Experiences and progress of care leavers"),
            new("SIF Re-inspection leadership, management and governance", "Leadership, management and governance"),
        ]),
    ];
}
