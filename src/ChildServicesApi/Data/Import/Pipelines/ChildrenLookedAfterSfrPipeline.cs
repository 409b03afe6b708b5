using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>
/// Reads the 2010-2017 SFR underlying data of children looked after (one row per area, one count column per table)
/// into the indicators the EES files define, so it runs after them, and into the two adoption indicators it defines
/// itself (<see cref="ChildrenLookedAfterSfrSource.Adoptions"/>), so it runs before LAIT, which fills their later years.
/// </summary>
internal static class ChildrenLookedAfterSfrPipeline
{
    private const string GssCode = "New_geog_code";
    private const string Level = "geog_l";
    private const string Code = "geog_c";
    private const string Name = "geog_n";

    public static void Run(ImportContext context)
    {
        foreach (var adoption in ChildrenLookedAfterSfrSource.Adoptions)
        {
            context.DefineIndicator(AdoptionIndicator(adoption));
        }
        foreach (var table in ChildrenLookedAfterSfrSource.Tables)
        {
            var indicator = context.Defined(table.IndicatorId, "the SFR files");
            var (csv, file) = context.Open(table.Path, table.Citation);
            csv.RequireColumns([Level, Code, Name, table.CountColumn, .. table.HasGssCode ? new[] { GssCode } : []]);
            var periodEnd = Periods.End(indicator.PeriodKind, table.Year);
            var seen = new Dictionary<Geography, int>();
            foreach (var record in csv.Records)
            {
                var geography = ResolveGeography(context.Geographies, record, table, periodEnd);
                if (seen.TryGetValue(geography, out var firstLine))
                {
                    throw record.Error(Code, $"duplicate row for {geography.Name}: first given on line {firstLine}");
                }
                seen.Add(geography, record.Line);
                var value = PublishedValue.Read(record, table.CountColumn, PublishedValue.SfrSymbols);
                context.AddObservation(indicator, geography, table.Year, value, file, record.Line);
            }
        }
    }

    /// <summary>
    /// An adoption indicator as LAIT defined it when it was its only source (same title, description, topic, unit,
    /// period and publication link, so the catalogue changes only in the years and sources it cites).
    /// </summary>
    private static Indicator AdoptionIndicator(ChildrenLookedAfterSfrSource.Adoption adoption)
    {
        var columns = ChildrenLookedAfterSfrSource.Tables.Where(t => t.IndicatorId == adoption.IndicatorId)
            .GroupBy(t => t.CountColumn)
            .Select(g => g.Min(t => t.Year) == g.Max(t => t.Year) ? $"{g.Key} ({g.Min(t => t.Year)})" : $"{g.Key} ({g.Min(t => t.Year)}-{g.Max(t => t.Year)})");
        return new Indicator
        {
            Id = adoption.IndicatorId,
            Title = adoption.Title,
            Description = adoption.Description,
            Topic = "Children looked after",
            Unit = IndicatorUnit.Count,
            PeriodKind = PeriodKind.YearTo31March,
            Publisher = LaitSource.LookedAfter.Publisher,
            Publication = LaitSource.LookedAfter.Title,
            SourceTable = $"SFR local authority underlying data, children who ceased to be looked after, 2010-2017: column {string.Join(", ", columns)}; "
                + $"from 2018 LAIT measure {adoption.LaitMeasure}, republished by DfE for LAIT from its {LaitSource.LookedAfter.Title}",
            SourceUrl = LaitSource.LookedAfter.Url,
            Licence = Publication.Licence,
        };
    }

    /// <summary>
    /// England and the regions by name (the files' region GSS codes give Inner and Outer London London's own code);
    /// authorities by DfE code as it was at the period's end, checked against the GSS code where the file has one. The
    /// 2017 files leave the Isles of Scilly's level blank: a blank level is read as an authority, never anything else.
    /// </summary>
    private static Geography ResolveGeography(GeographyRegistry registry, CsvRecord record, ChildrenLookedAfterSfrSource.Table table, DateOnly periodEnd)
    {
        switch (record[Level].ToUpperInvariant())
        {
            case "NATIONAL":
                return registry.ByGss(GeographyRegistry.EnglandCode)!;
            case "GOR" or "REGION":
                var name = record.Required(Name);
                var region = registry.Regions.FirstOrDefault(r => r.Slug == Slugs.From(name))
                    ?? throw record.Error(Name, $"unknown region '{name}'");
                if (table.HasGssCode && region.Level == GeographyLevel.Region && registry.ByGss(record.Required(GssCode)) != region)
                {
                    throw record.Error(GssCode, $"'{record[GssCode]}' is not the code of {region.Name}");
                }
                return region;
            case "LA" or "":
                var code = record.Required(Code);
                var authority = registry.AuthorityOn(code, periodEnd)
                    ?? throw record.Error(Code, $"no authority had the DfE code '{code}' on {periodEnd:yyyy-MM-dd}");
                if (table.HasGssCode && registry.ByGss(record.Required(GssCode)) != authority)
                {
                    throw record.Error(GssCode, $"'{record[GssCode]}' is not the code of {authority.Name} ({code})");
                }
                return authority;
            default:
                throw record.Error(Level, $"unknown geographic level '{record[Level]}'");
        }
    }
}
