using ChildServicesApi.Domain;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>One file's place in a publication: which release (edition) and which table.</summary>
internal sealed record SourceCitation(Publication Publication, string Release, int ReleaseOrder, string Table);

internal static class Publications
{
    public const string Dfe = "Department for Education";

    public static readonly Publication ChildrenInNeed = new(Dfe, "Characteristics of children in need",
        "https://explore-education-statistics.service.gov.uk/find-statistics/characteristics-of-children-in-need");

    public static readonly Publication ChildrenLookedAfter = new(Dfe, "Children looked after in England including adoptions",
        "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions");

    public static readonly Publication Workforce = new(Dfe, "Children's social work workforce",
        "https://explore-education-statistics.service.gov.uk/find-statistics/children-s-social-work-workforce");

    public static readonly Publication Population = new("Office for National Statistics (DfE's extract of children aged 0 to 17)",
        "Mid-year population estimates",
        "https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates");

    public static readonly Publication Lait = new(Dfe, "Local authority interactive tool (LAIT)",
        "https://www.gov.uk/government/publications/local-authority-interactive-tool-lait");

    public static readonly Publication S251Outturn = new(Dfe, "Section 251 outturn: LA and school expenditure",
        "https://www.gov.uk/government/collections/section-251-materials");

    /// <summary>MHCLG's (DLUHC's until July 2024) revenue outturn: a different collection from Section 251, with its own definitions.</summary>
    public static readonly Publication RevenueOutturn = new("Ministry of Housing, Communities and Local Government",
        "Local authority revenue expenditure and financing England: individual local authority data, outturn",
        "https://www.gov.uk/government/collections/local-authority-revenue-expenditure-and-financing");

    /// <summary>Ofsted's SIF reports themselves: the dates on their first page, read by script (a derived compilation, not an Ofsted table).</summary>
    public static readonly Publication OfstedSifReports = new("Ofsted (read from its SIF inspection reports by data-to-insight's scrape of files.ofsted.gov.uk; derived)",
        "Single inspection framework reports of local authority children's services, 2013-2018", "https://reports.ofsted.gov.uk/");

    /// <summary>The Youth Justice Board's and Ministry of Justice's statistics, which LAIT's dictionary links for first time entrants.</summary>
    public static readonly Publication YouthJustice = new("Youth Justice Board for England and Wales and Ministry of Justice", "Youth justice statistics",
        "https://www.gov.uk/government/collections/youth-justice-statistics");

    public static readonly Publication OfstedOutcomes = new("Ofsted", "Children's social care in England: local authority inspection outcomes",
        "https://www.gov.uk/government/collections/childrens-social-care-statistics");
}
