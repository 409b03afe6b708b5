using ChildServicesApi.Domain;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// Data to Insight's Ofsted ILACS scrape tool: one row per Ofsted children's services report, with the grades read from
/// the report's PDF. A third-party compilation of Ofsted's reports, used only for reports published after Ofsted's own
/// sheets end (31 March 2025) and always served flagged as such.
/// </summary>
internal static class OfstedCompilationSource
{
    public const string HistoryFile = "ofsted/ofsted_csc_ilacs_history.csv";
    public const string LookupFile = "ofsted/Provider_data_lookup.csv";

    /// <summary>The fork and commit the history file was copied from (the upstream lookup's commit is in seed/PROVENANCE.md).</summary>
    public const string Repository = "https://github.com/JT-39/ofsted-ilacs-scrape-tool";
    public const string Commit = "54af59bf7856a26530b1eeb45c1c1c146f34cb8a";
    public const string LookupRepository = "https://github.com/data-to-insight/ofsted-ilacs-scrape-tool";
    public const string LookupCommit = "15af1ad55ef4ecf0c314cf9edef12bd5bc1230a3";

    /// <summary>The last day Ofsted's own ILACS history sheet covers: the compilation's reports published after it are the only ones served.</summary>
    public static readonly DateOnly OfficialCoverageEnd = new(2025, 3, 31);

    /// <summary>From April 2026 Ofsted's ILACS reports give no overall effectiveness grade; the tool writes this instead.</summary>
    public const string NotReportedPostReform = "not_reported_post_reform";

    /// <summary>The first day of the reformed framework: a report of an inspection that started earlier must have a grade.</summary>
    public static readonly DateOnly ReformStart = new(2026, 4, 1);

    public const string NotReportedPostReformReason =
        "Not reported: from April 2026 Ofsted's ILACS reports give no overall effectiveness grade (the compilation's value not_reported_post_reform).";

    /// <summary>The tool's value for a cell it could not read from the PDF; a row with one is not served.</summary>
    public const string DataUnreadable = "data_unreadable";

    /// <summary>The tool's value for the care leavers judgement before Ofsted judged it separately (January 2023): no judgement.</summary>
    public const string PreDatesJudgement = "inspection_pre_dates_judgement";

    public static readonly Publication Compilation = new(
        "Data to Insight (a local-authority-led analyst network): a third-party compilation of Ofsted's inspection reports",
        "Ofsted ILACS scrape tool", Repository);

    public static readonly SourceCitation HistoryCitation = new(Compilation, "ofsted_csc_ilacs_history.csv @ 54af59b (2026-08-22)", 20260822,
        $"ofsted_csc_ilacs_history.csv, {Repository} @ {Commit} (fork of {LookupRepository}); grades read by the tool from Ofsted's report PDFs " +
        "(files.ofsted.gov.uk). Tool code MIT licence; the reports are Ofsted's, Open Government Licence v3.0");

    public static readonly SourceCitation LookupCitation = new(Compilation, "Provider_data_lookup.csv @ 15af1ad (2026-06-29)", 20260629,
        $"import_data/la_lookup/Provider_data_lookup.csv, {LookupRepository} @ {LookupCommit}: Ofsted URN to DfE and GSS codes. Tool code MIT licence");

    /// <summary>The tool's framework words for the two ILACS inspections.</summary>
    public static readonly IReadOnlyDictionary<string, Features.Inspections.InspectionFramework> Frameworks = new Dictionary<string, Features.Inspections.InspectionFramework>
    {
        ["standard"] = Features.Inspections.InspectionFramework.IlacsStandard,
        ["short"] = Features.Inspections.InspectionFramework.IlacsShort,
    };

    /// <summary>The tool's lower-case grades.</summary>
    public static readonly IReadOnlyDictionary<string, Features.Inspections.OfstedGrade> Grades = new Dictionary<string, Features.Inspections.OfstedGrade>
    {
        ["outstanding"] = Features.Inspections.OfstedGrade.Outstanding,
        ["good"] = Features.Inspections.OfstedGrade.Good,
        ["requires improvement"] = Features.Inspections.OfstedGrade.RequiresImprovementToBeGood,
        ["inadequate"] = Features.Inspections.OfstedGrade.Inadequate,
    };

    public const string OverallColumn = "overall_effectiveness_grade";

    /// <summary>The tool's sub-judgement columns, in the order of <see cref="OfstedSource.IlacsJudgements"/> (the official sheet's columns they match).</summary>
    public static readonly IReadOnlyList<string> JudgementColumns = ["impact_of_leaders_grade", "help_and_protection_grade", "in_care_grade", "care_leavers_grade"];
}
