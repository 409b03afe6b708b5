using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>
/// Reads the 2010-2017 SFR underlying data of children looked after (one row per area, one count column per table)
/// into the indicators the EES files define, so it runs after them.
/// </summary>
internal static class ChildrenLookedAfterSfrPipeline
{
    private const string GssCode = "New_geog_code";
    private const string Level = "geog_l";
    private const string Code = "geog_c";
    private const string Name = "geog_n";

    public static void Run(ImportContext context)
    {
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
