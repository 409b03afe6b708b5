using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// The catalogue of caveats: the publishers' own notes on their figures, as seed/PROVENANCE.md records them (copied
/// from ../shared/data/PROVENANCE.md, which gives each file's origin), or quoted at import from LAIT's data dictionary
/// (seed/lait/lait_data_dictionary.csv). Keyed by publication, table or indicator id. Every indicator must match at
/// least one note (<see cref="IndicatorNotes"/> fails the import otherwise); a note that can be checked against the
/// figures is given only where they bear it out, so a revised file drops a caveat rather than being contradicted by it.
/// </summary>
internal static class Caveats
{
    /// <summary>A note, the indicators it applies to, and optionally a check of their published figures (a message saying where the note is untrue, or null).</summary>
    internal sealed record Note(string Scope, Func<Indicator, bool> AppliesTo, string Text, string Source, Func<IEnumerable<Observation>, string?>? Check = null);

    /// <summary>A sentence of LAIT's data dictionary, found at import by a phrase it contains, quoted verbatim for one indicator.</summary>
    internal sealed record DictionaryQuote(string IndicatorId, string Measure, string Column, string Phrase);

    private const string Seed = "seed/PROVENANCE.md";
    private const string Shared = "../shared/data/PROVENANCE.md";
    private const string Dictionary = "seed/" + LaitSource.DictionaryFile;

    private static readonly HashSet<string> LaitRates = [.. LaitSource.Rates.Select(r => r.IndicatorId)];
    private static readonly HashSet<string> LaitWorkforce = [.. LaitSource.Measures.Where(m => m.Title is null && m.Original == LaitSource.Workforce).Select(m => m.IndicatorId)];
    private static readonly HashSet<string> LaitServed = [.. LaitSource.Measures.Where(m => m.Title is not null).Select(m => m.IndicatorId)];
    private static readonly HashSet<string> LaitUnitCosts = [.. LaitSource.Measures.Where(m => m.Original == LaitSource.Expenditure).Select(m => m.IndicatorId)];
    private static readonly HashSet<string> LaitLookedAfter = [.. LaitSource.Measures.Where(m => m.Title is not null && (m.Original == LaitSource.LookedAfter || m.Original == LaitSource.Stability)).Select(m => m.IndicatorId)];
    private static readonly HashSet<string> LaitChildrenInNeed = [.. LaitSource.Measures.Where(m => m.Title is not null && m.Original == Publications.ChildrenInNeed).Select(m => m.IndicatorId)];
    private static readonly HashSet<string> LaitWorkforceRoles = [.. LaitSource.Measures.Where(m => m.Title is not null && m.Original == LaitSource.Workforce).Select(m => m.IndicatorId)];
    private static readonly HashSet<string> LaitOpenEpisodes = [.. LaitSource.Measures.Where(m => m.PublisherTable == LaitSource.OpenEpisodesTable).Select(m => m.IndicatorId)];
    private static readonly HashSet<string> LaitEndedPlanCounts = [.. LaitSource.Measures.Where(m => m.PublisherTable == LaitSource.EndedPlansTable && m.Unit == IndicatorUnit.Count).Select(m => m.IndicatorId)];
    private static readonly HashSet<string> LaitFostering = [.. LaitSource.Measures.Where(m => m.Original == LaitSource.Fostering).Select(m => m.IndicatorId)];
    private static readonly HashSet<string> LaitCafcass = [.. LaitSource.Measures.Where(m => m.Original == LaitSource.Cafcass).Select(m => m.IndicatorId)];
    private static readonly HashSet<string> Derived = [.. DerivedMeasures.All.Select(m => m.Id)];
    private static readonly HashSet<string> SfrAdoptions = [.. ChildrenLookedAfterSfrSource.Adoptions.Select(a => a.IndicatorId)];
    private const string AdoptedTotal = "children-looked-after-adopted";

    /// <summary>Figures of the children looked after publication's EES files, with the earlier years of their counts from the SFR files.</summary>
    private static bool OfLookedAfterFiles(Indicator indicator) => Of(indicator, Publications.ChildrenLookedAfter) && !SfrAdoptions.Contains(indicator.Id);

    /// <summary>Figures read from the publication's own files (not derived here, nor served from LAIT alone).</summary>
    private static bool Of(Indicator indicator, Publication publication) =>
        indicator.Publication == publication.Title && !Derived.Contains(indicator.Id) && !LaitServed.Contains(indicator.Id);

    public static readonly IReadOnlyList<Note> Notes =
    [
        new("Counts in Characteristics of children in need and Children looked after (EES tables)",
            i => (Of(i, Publications.ChildrenInNeed) || Of(i, Publications.ChildrenLookedAfter)) && i.Unit == IndicatorUnit.Count && !LaitRates.Contains(i.Id),
            "DfE rounds national and regional figures to the nearest 10.",
            $"{Seed}, 'Symbols the publishers use instead of a number' (DfE's EES conventions; {Shared}, section A)",
            RoundedToTen),
        new("Characteristics of children in need",
            i => Of(i, Publications.ChildrenInNeed),
            "No local authority figures for the years to 31 March 2010 to 2012 are held.",
            $"{Seed}, 'Children in need and child protection' (caveats)"),
        new("Table C4 (section 47 enquiries and initial child protection conferences)",
            i => i.SourceTable.StartsWith(ChildrenInNeedSource.C4Citation.Table, StringComparison.Ordinal),
            "Table C4 gives Gateshead and Northumberland under their former GSS codes (E08000020, E06000048) up to 2019; those figures are filed under the same authorities.",
            $"{Seed}, 'Children in need and child protection' (caveats)"),
        new("Children looked after in England including adoptions",
            i => OfLookedAfterFiles(i),
            "Later releases revise earlier years. Both the 2023 and the 2025 release are kept; the later release's figure is the current one (release=all shows both).",
            $"{Seed}, 'Children looked after'"),
        new("Children looked after in England including adoptions",
            i => OfLookedAfterFiles(i),
            "The file keeps rows for authorities in years when they did not exist, filled with z (not applicable).",
            $"{Seed}, 'Symbols the publishers use instead of a number'; {Shared}, 'CLA 2021-2025'"),
        new("Children looked after, counts for 2010-2018",
            i => OfLookedAfterFiles(i) && i.Unit == IndicatorUnit.Count,
            "The years to 31 March 2010 to 2017 are each year's SFR local authority underlying data as first published, not revised by later releases; 2018 is LAIT's figure. "
                + "LAIT's figures for 2015-2017 (later revisions) differ for most authorities, by a few children; the SFR's are served and every difference is listed in docs/lait-overlaps.csv.",
            $"{Seed}, 'Children looked after, 2010-2018'"),
        new("Children looked after, counts for 2010-2018",
            i => Of(i, Publications.ChildrenLookedAfter) && i.Unit == IndicatorUnit.Count,
            "The SFR files of 2011 to 2016 have no row for the Isles of Scilly, nor have the 2017 starts and ceased tables; those years have no figure for it.",
            $"{Seed}, 'Children looked after, 2010-2018'; {Shared}, section C"),
        new("Children looked after adopted, by whether the application was unopposed",
            i => SfrAdoptions.Contains(i.Id),
            "The years to 31 March 2010 to 2017 are each year's SFR local authority underlying data (the table of children who ceased to be looked after) as first published, not revised by later releases; "
                + "from 2018 they are LAIT's, which republishes them from the same publication (no file of it in seed/ gives them). LAIT gives no year before 2018, so no year is in both. "
                + "LAIT gives a dash, without saying why, where a figure is withheld, not collected or not applicable.",
            $"{Seed}, 'Children looked after, 2010-2018'",
            FilledFromLait),
        new("Children looked after adopted, 2010-2014",
            i => SfrAdoptions.Contains(i.Id) || i.Id == AdoptedTotal,
            "Before 2015 DfE publishes the children adopted from care at local authority level only in two parts: adopted on an application that was unopposed, and adopted with consent dispensed with "
                + "(children-looked-after-adopted-application-unopposed and children-looked-after-adopted-consent-dispensed-with, held from 2010). "
                + "No total is held for 2010 to 2014: the sum of the two parts is not a published figure, so it is not made here.",
            $"{Seed}, 'Children looked after, 2010-2018'"),
        new("Children looked after at 31 March per 10,000 children",
            i => i.Id == "children-looked-after-rate",
            "The rates for 2015 to 2018 are LAIT's (2015 from its data of 19 November 2024, as published then); no rate is held for 2010 to 2014 (the SFR underlying data give counts only).",
            $"{Seed}, 'Children looked after, 2010-2018'"),
        new("Children starting and ceasing to be looked after per 10,000 children",
            i => i.Id is "children-starting-to-be-looked-after-rate" or "children-ceasing-to-be-looked-after-rate",
            "The rates for 2018 are LAIT's (the publication's files in seed/ start at 2019); LAIT's rates for 2019 to 2025 are only compared with the files', and every difference is listed in docs/lait-overlaps.csv.",
            $"{Seed}, 'Children looked after, 2010-2018'",
            FilledFromLait),
        new("Rates per 10,000 children in Children looked after",
            i => Of(i, Publications.ChildrenLookedAfter) && i.Unit == IndicatorUnit.RatePer10000Children,
            "Rates use the previous mid-year population estimate of children aged 0 to 17.",
            $"{Seed}, 'Children looked after'"),
        new("Rates read from LAIT",
            i => LaitRates.Contains(i.Id),
            "Read from DfE's Local Authority Interactive Tool (LAIT), which republishes the rate; the 2015 figures come only from LAIT's data of 19 November 2024, as published then, and may have been revised since.",
            $"{Seed}, 'Published rates and spending totals: DfE LAIT'; {Shared}, section B",
            Year2015FromOlderSnapshot),
        new("Rates read from LAIT",
            i => LaitRates.Contains(i.Id),
            "LAIT's file writes some values with floating-point artefacts (e.g. 32.299999999999997); each is read as the nearest binary number, which is the one-decimal figure.",
            $"{Shared}, section B ('Some floats carry binary artefacts')",
            OneDecimalPlace),
        new("Rates read from LAIT",
            i => LaitRates.Contains(i.Id),
            "DfE's rates for the year to 31 March Y use the ONS mid-year estimate of children aged 0 to 17 for mid-(Y-1).",
            $"{Seed}, 'Population'"),
        new("Children's social work workforce",
            i => Of(i, Publications.Workforce),
            "Kingston upon Thames and Richmond upon Thames report as one unit (a shared children's trust), as do North and West Northamptonshire; their figures are held for those reporting groups, not for either authority.",
            $"{Seed}, 'Social work workforce' (caveats)"),
        new("Children's social work workforce",
            i => Of(i, Publications.Workforce),
            "The 2025 rows use ONS's new codes for Barnsley and Sheffield (E08000038, E08000039); those figures are filed under the same authorities.",
            $"{Seed}, 'Social work workforce' (caveats)"),
        new("Social work workforce, 2015 and 2016 from LAIT",
            i => LaitWorkforce.Contains(i.Id),
            "The figures for 2015 and 2016 are LAIT's (the workforce file starts at 2017); 2015 comes only from LAIT's data of 19 November 2024, as published then. "
                + "They are rounded to one decimal place, as DfE publishes FTEs, rates and percentages (LAIT's 2016 FTEs carry up to 14 decimals; each figure keeps LAIT's cell as its source value). "
                + "From 2017 LAIT's figures are only compared with the file; every difference is listed in docs/lait-overlaps.csv.",
            $"{Seed}, 'Published rates and spending totals: DfE LAIT'; {Shared}, section B",
            FilledFromLait),
        new("Social work workforce, 2015 and 2016 from LAIT",
            i => LaitWorkforce.Contains(i.Id),
            "In 2015 LAIT gives Kingston upon Thames and Richmond upon Thames figures of their own, held for each authority; in 2016 it gives Kingston a figure and Richmond a dash, "
                + "which is their joint return (DfE reports it against Kingston), held for the Kingston and Richmond group as from 2017.",
            $"{Seed}, 'Published rates and spending totals: DfE LAIT'",
            FilledFromLait),
        new("Weekly unit costs from LAIT",
            i => LaitUnitCosts.Contains(i.Id),
            "Computed by DfE for LAIT, not a figure of the Section 251 files: a spending line of Section 251 divided by a count from another DfE collection (the formula is in the description), "
                + "rounded to the nearest £5; LAIT calls it approximate. Not adjusted for inflation.",
            $"{Dictionary} (Methodology); {Seed}, 'Published rates and spending totals: DfE LAIT'",
            MultiplesOfFive),
        new("Weekly unit cost of special educational needs services from LAIT",
            i => i.Id == LaitSource.SenUnitCost,
            "LAIT's data dictionary takes the spending from the Section 251 budget statement, while LAIT labels every year as outturn ('2024-25 (OT)') and titles the measure S251/Outturn; "
                + "which of the two the figures are cannot be told from the files.",
            $"{Dictionary} (Methodology); {Seed}, 'Published rates and spending totals: DfE LAIT'"),
        new("Weekly unit costs from LAIT",
            i => LaitUnitCosts.Contains(i.Id),
            "The 2015-16 figures come only from LAIT's data of 19 November 2024, as published then, and may have been revised since.",
            $"{Seed}, 'Published rates and spending totals: DfE LAIT'; {Shared}, section B",
            FinancialYear2015To16FromOlderSnapshot),
        new("Children looked after, adoption and care leaver figures from LAIT",
            i => LaitLookedAfter.Contains(i.Id),
            "Read from DfE's Local Authority Interactive Tool (LAIT), which republishes them from Children looked after in England including adoptions (social worker instability from Stability measures for children looked after in England); no file of those publications in seed/ gives them. "
                + "The 2015 figures come only from LAIT's data of 19 November 2024, as published then, and may have been revised since.",
            $"{Seed}, 'Published rates and spending totals: DfE LAIT'; {Shared}, section B",
            Year2015HeldOnlyFromOlderSnapshot),
        new("Children looked after, adoption and care leaver figures from LAIT",
            i => LaitLookedAfter.Contains(i.Id),
            "DfE prints these percentages as whole numbers; LAIT gives a dash, without saying why, where a figure is withheld, not collected or not applicable.",
            $"{Seed}, 'Published rates and spending totals: DfE LAIT'",
            WholeNumbers),
        new("Children in need and child protection figures from LAIT",
            i => LaitChildrenInNeed.Contains(i.Id),
            "Read from DfE's Local Authority Interactive Tool (LAIT), which republishes them from Characteristics of children in need; no file of that publication in seed/ gives them. "
                + "The 2015 figures come only from LAIT's data of 19 November 2024, as published then, and may have been revised since.",
            $"{Seed}, 'Published rates and spending totals: DfE LAIT'; {Shared}, section B",
            Year2015HeldOnlyFromOlderSnapshot),
        new("Children in need and child protection figures from LAIT",
            i => LaitChildrenInNeed.Contains(i.Id) && i.Unit == IndicatorUnit.Count,
            "DfE rounds national and regional figures to the nearest 10; LAIT gives a dash, without saying why, where a figure is withheld, not collected or not applicable.",
            $"{Seed}, 'Symbols the publishers use instead of a number' (DfE's EES conventions; {Shared}, section A)",
            RoundedToTen),
        new("Children in need at 31 March by the duration of their open episode, from LAIT",
            i => LaitOpenEpisodes.Contains(i.Id),
            "LAIT's data dictionary gives these figures the methodology of the episodes of need that ended in the year, word for word that of the figures for ended episodes, "
                + "but names as their source DfE's table of children in need by the duration of their open episode (b4_children_in_need_duration_of_open_episode), not the ended episodes' table (b5): they are served as the open episodes of the children in need on 31 March.",
            $"{Dictionary} (Table_status, Methodology); {Seed}, 'Published rates and spending totals: DfE LAIT'"),
        new("Child protection plans ceasing after 2 years or more, from LAIT",
            i => LaitEndedPlanCounts.Contains(i.Id),
            "LAIT's data dictionary describes this measure as a percentage, but its unit ('Number ceased plans'), its chart title, its table (plans ending by duration) and its figures are numbers of plans: it is served as a count.",
            $"{Dictionary} (Description, Chart_title, y_axis_name, Table_status); {Seed}, 'Published rates and spending totals: DfE LAIT'"),
        new("Children in need and child protection figures from LAIT",
            i => LaitChildrenInNeed.Contains(i.Id) && i.Unit == IndicatorUnit.Percent,
            "DfE prints these percentages to one decimal place (LAIT writes some with floating-point artefacts, e.g. 19.600000000000001, read as the one-decimal figure); "
                + "LAIT gives a dash, without saying why, where a figure is withheld, not collected or not applicable.",
            $"{Seed}, 'Published rates and spending totals: DfE LAIT'; {Shared}, section B",
            OneDecimalPlace),
        new("Social workers by role from LAIT",
            i => LaitWorkforceRoles.Contains(i.Id),
            "Read from DfE's Local Authority Interactive Tool (LAIT), which republishes them from Children's social work workforce; the workforce file in seed/ does not give them. "
                + "DfE prints these percentages to one decimal place (LAIT writes some with floating-point artefacts, e.g. 67.400000000000006, read as the one-decimal figure); LAIT gives a dash, without saying why, where there is no figure.",
            $"{Seed}, 'Published rates and spending totals: DfE LAIT'; {Shared}, section B",
            OneDecimalPlace),
        new("Social workers by role from LAIT",
            i => LaitWorkforceRoles.Contains(i.Id),
            "Kingston upon Thames and Richmond upon Thames make one workforce return, as North and West Northamptonshire do from 2021; LAIT repeats the unit's figure under each member, which is held once, for the reporting group.",
            $"{Seed}, 'Published rates and spending totals: DfE LAIT'"),
        new("Foster places from LAIT",
            i => LaitFostering.Contains(i.Id),
            "Read from DfE's Local Authority Interactive Tool (LAIT), which republishes them from Ofsted's Fostering in England; no file in seed/ gives them. Ofsted rounds them to the nearest 5.",
            $"{Seed}, 'Published rates and spending totals: DfE LAIT'",
            MultiplesOfFive),
        new("Foster places from LAIT",
            i => LaitFostering.Contains(i.Id),
            "North and West Northamptonshire make one fostering return (the Northamptonshire Children's Trust), which LAIT gives under the former Northamptonshire and is held for the North and West Northamptonshire group. "
                + "Hammersmith and Fulham, Kensington and Chelsea and Westminster (the London Tri-borough), and Kingston upon Thames and Richmond upon Thames, also make one return each, which LAIT gives under none of them (a dash for each): they have no figure. England's total is Ofsted's own, not the sum of the figures LAIT gives. "
                + "Cornwall provides the Isles of Scilly's fostering service, and the City of London's is provided by a pan-London arrangement.",
            $"{Dictionary} (Methodology); {Seed}, 'Published rates and spending totals: DfE LAIT'"),
        new("Care applications from LAIT",
            i => LaitCafcass.Contains(i.Id),
            "Read from DfE's Local Authority Interactive Tool (LAIT), which republishes them from Cafcass; no file in seed/ gives them.",
            $"{Seed}, 'Published rates and spending totals: DfE LAIT'"),
        new("Care applications from LAIT",
            i => LaitCafcass.Contains(i.Id),
            "Cafcass gives its figures on the authorities of April 2019 from the year to 31 March 2017: LAIT files its Dorset under the former county's code, held here for the Dorset Council from 2020, and the 2017-2019 figures for Dorset and for Bournemouth, Christchurch and Poole, areas no authority of the time covered, are not served. "
                + "North and West Northamptonshire's figure is under the former Northamptonshire from 2022 and held for the North and West Northamptonshire group.",
            $"{Seed}, 'Published rates and spending totals: DfE LAIT'"),
        new("Mid-year population estimates",
            i => Of(i, Publications.Population),
            "DfE's rates for the year to 31 March Y use the mid-(Y-1) estimate.",
            $"{Seed}, 'Population'"),
        new("Mid-year population estimates",
            i => Of(i, Publications.Population),
            "The exact DfE file this copy came from is unconfirmed; its values match ONS's estimates.",
            $"{Seed}, 'Population'"),
        new("Derived spend per child",
            i => Derived.Contains(i.Id),
            "Computed by this API from published figures (the formula is in the description), not published by DfE; not adjusted for inflation.",
            $"{Seed}, 'Derived: spend per child'"),
        new("Derived spend per child",
            i => Derived.Contains(i.Id),
            "There is no figure for 2014-15: no copy of that year's Section 251 outturn file was found.",
            $"{Seed}, 'Spending: Section 251 outturn'"),
        new("Derived spend per child",
            i => Derived.Contains(i.Id),
            "Section 251 moved lines between blocks over the years (adoption and special guardianship support, and asylum-seeking children's services, changed block); LAIT's totals from 2015-16 follow the later layout.",
            $"{Seed}, 'Spending: Section 251 outturn' (comparability caveats)"),
    ];

    public static readonly IReadOnlyList<DictionaryQuote> Quotes =
    [
        new("children-in-need", "CIN", "Description", "Children in need include unborn children"),
        new("children-in-need-rate", "CIN", "Description", "Children in need include unborn children"),
        new("referrals", "CPP_Total_NumRef", "Description", "each referral is counted"),
        new("referrals-rate", "CPP_Total_Rateper10,000", "Description", "each referral is counted"),
        new("initial-child-protection-conferences-rate", "ISCP_Conf", "Methodology", "each ICPC will be included"),
        new("initial-child-protection-conferences-rate", "ISCP_Conf", "Methodology", "include estimates for missing data"),
        new("initial-child-protection-conferences-rate", "ISCP_Conf", "Methodology", "Population data are based on mid year estimates"),
        new("children-looked-after-mid-year-school-move-percent", "Stability_School", "Description", "comparisons should not be made to figures published by CCO"),
        new("care-applications-rate", "CareApplications", "Methodology", "Figures are provided from the Cafcass national case management system"),
        new("referrals-from-schools-percent", "RefBySource_Schl_%", "Methodology", "not available for Hackney"),
        new("referrals-from-health-services-percent", "RefBySource_HealthServ_%", "Methodology", "not available for Hackney"),
        new("referrals-from-police-percent", "RefBySource_Police_%", "Methodology", "not available for Hackney"),
    ];

    /// <summary>Ofsted's inspection outcomes are not indicators; these notes are for the inspection endpoints.</summary>
    public static readonly IReadOnlyList<(string Text, string Source)> OfstedOutcomes =
    [
        ("Care leavers have been judged separately only from 1 January 2023; before, they were part of the judgement on children in care.",
            $"{Seed}, 'Ofsted inspections' (ILACS history); {Shared}, 'LA_Inspection_Outcomes_as_at_31_March_2025.ods'"),
    ];

    private static string? RoundedToTen(IEnumerable<Observation> observations) =>
        observations.FirstOrDefault(o => o.Geography.Level is GeographyLevel.National or GeographyLevel.Region or GeographyLevel.Subregion
                && o.Value is { } v && v % 10 != 0) is { } off
            ? $"{off.Geography.Name} {off.Year} is {off.Value} ({off.SourceFile.Path} line {off.SourceLine}), not a multiple of 10"
            : null;

    private static string? Year2015FromOlderSnapshot(IEnumerable<Observation> observations) =>
        observations.FirstOrDefault(o => o.Year == 2015 && o.SourceFile.Release != "LAIT data of 2024-11-19") is { } off
            ? $"{off.Geography.Name} 2015 comes from {off.SourceFile.Path}"
            : null;

    private static string? OneDecimalPlace(IEnumerable<Observation> observations) =>
        observations.FirstOrDefault(o => o.Value is { } v && Math.Round(v, 1) != v) is { } off
            ? $"{off.Geography.Name} {off.Year} is {off.Value} ({off.SourceFile.Path} line {off.SourceLine}), not a one-decimal figure"
            : null;

    private static string? FilledFromLait(IEnumerable<Observation> observations) =>
        observations.Any(o => o.SourceFile.Path.StartsWith("lait/", StringComparison.Ordinal)) ? null : "no figure comes from LAIT";

    private static string? MultiplesOfFive(IEnumerable<Observation> observations) =>
        observations.FirstOrDefault(o => o.Value is { } v && v % 5 != 0) is { } off
            ? $"{off.Geography.Name} {off.Period} is {off.Value} ({off.SourceFile.Path} line {off.SourceLine}), not a multiple of 5"
            : null;

    /// <summary>A financial year's number is the year it ends in: 2016 is 2015-16.</summary>
    private static string? FinancialYear2015To16FromOlderSnapshot(IEnumerable<Observation> observations) =>
        observations.FirstOrDefault(o => o.Year == 2016 && o.SourceFile.Release != "LAIT data of 2024-11-19") is { } off
            ? $"{off.Geography.Name} 2015-16 comes from {off.SourceFile.Path}"
            : null;

    private static string? WholeNumbers(IEnumerable<Observation> observations) =>
        observations.FirstOrDefault(o => o.Value is { } v && Math.Round(v) != v) is { } off
            ? $"{off.Geography.Name} {off.Year} is {off.Value} ({off.SourceFile.Path} line {off.SourceLine}), not a whole number"
            : null;

    /// <summary>As <see cref="Year2015FromOlderSnapshot"/>, and untrue of a measure LAIT starts later.</summary>
    private static string? Year2015HeldOnlyFromOlderSnapshot(IEnumerable<Observation> observations)
    {
        var figures = observations.ToList();
        return figures.Any(o => o.Year == 2015) ? Year2015FromOlderSnapshot(figures) : "no figure for 2015";
    }
}
