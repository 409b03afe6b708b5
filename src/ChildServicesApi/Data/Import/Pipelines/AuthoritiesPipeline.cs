using System.Text.RegularExpressions;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>
/// Builds England, the regions and every authority from the geography columns of DfE's CIN table B1, which lists
/// each authority under the codes it had in each year 2013-2025, then applies <see cref="Reorganisations"/>.
/// </summary>
internal static partial class AuthoritiesPipeline
{
    public const string RegisterFile = ChildrenInNeedSource.B1File;

    private sealed record Sighting(CsvRecord LastRecord, string LaCode, string GssCode, string Name, string RegionCode, int FirstYear, int LastYear);

    public static List<AuthorityChange> Run(ImportContext context)
    {
        var (csv, _) = context.Open(RegisterFile, ChildrenInNeedSource.B1Citation);
        csv.RequireColumns(EesColumns.Geography);
        var registry = context.Geographies;

        var regions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var regionLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var sightings = new Dictionary<string, Sighting>(StringComparer.Ordinal);
        var years = new SortedSet<int>();
        foreach (var record in csv.Records)
        {
            var year = record.RequiredYear(EesColumns.TimePeriod);
            years.Add(year);
            switch (record[EesColumns.Level])
            {
                case EesColumns.National:
                    if (record[EesColumns.CountryCode] != GeographyRegistry.EnglandCode)
                    {
                        throw record.Error(EesColumns.CountryCode, $"expected England ({GeographyRegistry.EnglandCode})");
                    }
                    break;
                case EesColumns.Regional:
                    AddRegion(regions, regionLines, record);
                    break;
                case EesColumns.LocalAuthority:
                    var gss = record.Required(EesColumns.NewLaCode);
                    var seen = sightings.GetValueOrDefault(gss);
                    var laCode = record.Required(EesColumns.OldLaCode);
                    if (seen is not null && seen.LaCode != laCode)
                    {
                        throw record.Error(EesColumns.OldLaCode, $"{gss} was DfE code {seen.LaCode} on line {seen.LastRecord.Line} but is {laCode} here");
                    }
                    var latest = seen is null || year >= seen.LastYear;
                    sightings[gss] = new Sighting(
                        latest ? record : seen!.LastRecord,
                        laCode,
                        gss,
                        latest ? record.Required(EesColumns.LaName) : seen!.Name,
                        latest ? record.Required(EesColumns.RegionCode) : seen!.RegionCode,
                        Math.Min(year, seen?.FirstYear ?? year),
                        Math.Max(year, seen?.LastYear ?? year));
                    break;
                default:
                    throw record.Error(EesColumns.Level, $"unknown geographic level '{record[EesColumns.Level]}'");
            }
        }

        var england = new Geography { Level = GeographyLevel.National, GssCode = GeographyRegistry.EnglandCode, Name = "England", Slug = "england" };
        registry.Add(england);
        foreach (var (code, name) in regions.Where(r => !IsLondonSubregion(r.Key)))
        {
            registry.Add(new Geography { Level = GeographyLevel.Region, GssCode = code, Name = name, Slug = Slugs.From(name), Region = england });
        }
        var london = registry.ByGss(GeographyRegistry.LondonCode)
            ?? throw new SourceDataException(RegisterFile, 0, EesColumns.RegionCode, $"no regional rows for London ({GeographyRegistry.LondonCode})");
        foreach (var (code, name) in regions.Where(r => IsLondonSubregion(r.Key)))
        {
            registry.Add(new Geography { Level = GeographyLevel.Subregion, GssCode = code, Name = name, Slug = Slugs.From(name), Region = london });
        }

        var formerCodes = Reorganisations.CodeChanges.ToDictionary(c => c.FormerGssCode, StringComparer.Ordinal);
        foreach (var sighting in sightings.Values.OrderBy(s => s.LaCode, StringComparer.Ordinal).ThenBy(s => s.FirstYear)
                     .Where(s => !formerCodes.ContainsKey(s.GssCode)))
        {
            var region = registry.ByGss(sighting.RegionCode)
                ?? throw sighting.LastRecord.Error(EesColumns.RegionCode, $"unknown region code '{sighting.RegionCode}'");
            registry.Add(new Geography
            {
                Level = GeographyLevel.Authority,
                GssCode = sighting.GssCode,
                LaCode = sighting.LaCode,
                Name = sighting.Name,
                Slug = Slugs.From(sighting.Name),
                AuthorityType = TypeOf(sighting),
                Region = region.Level == GeographyLevel.Subregion ? region.Region : region,
                Subregion = region.Level == GeographyLevel.Subregion ? region : null,
            });
        }
        foreach (var old in Reorganisations.PreGssAuthorities)
        {
            registry.Add(new Geography
            {
                Level = GeographyLevel.Authority,
                LaCode = old.LaCode,
                Name = old.Name,
                Slug = Slugs.From(old.Name),
                AuthorityType = old.Type,
                Region = registry.ByGss(old.RegionGssCode),
            });
        }

        foreach (var alias in Reorganisations.Aliases)
        {
            registry.CodeAliases.Add(new GssCodeAlias
            {
                Code = alias.Code,
                Geography = registry.ByGss(alias.GssCode) ?? throw new InvalidOperationException($"alias names an unknown authority {alias.GssCode}"),
                Reason = alias.Reason,
            });
        }
        AddFormerCodes(registry, sightings);
        var shared = registry.Authorities.GroupBy(a => a.LaCode).FirstOrDefault(g => g.Count() > 1);
        if (shared is not null)
        {
            throw new SourceDataException(RegisterFile, 0, EesColumns.OldLaCode,
                $"DfE code {shared.Key} is used by {string.Join(" and ", shared.Select(a => $"{a.Name} ({a.GssCode})"))}; a recoding must be listed in Reorganisations.CodeChanges");
        }
        var changes = ApplyReorganisations(registry);
        CheckEveryChangeIsExplained(sightings.Values, registry, years.Min, years.Max);
        DisambiguateSlugs(registry);
        return changes;
    }

    /// <summary>A region keeps one code and one name across the years; anything else is a broken row.</summary>
    private static void AddRegion(SortedDictionary<string, string> regions, Dictionary<string, int> firstLines, CsvRecord record)
    {
        var code = record.Required(EesColumns.RegionCode);
        var name = record.Required(EesColumns.RegionName);
        if (!RegionCode().IsMatch(code))
        {
            throw record.Error(EesColumns.RegionCode, $"'{code}' is not a region's GSS code (E12 or E13)");
        }
        if (regions.TryGetValue(code, out var known) && known != name)
        {
            throw record.Error(EesColumns.RegionName, $"region {code} is '{known}' on line {firstLines[code]} but '{name}' here");
        }
        var other = regions.FirstOrDefault(r => r.Value == name && r.Key != code);
        if (other.Key is not null)
        {
            throw record.Error(EesColumns.RegionCode, $"region '{name}' is {other.Key} on line {firstLines[other.Key]} but {code} here");
        }
        regions[code] = name;
        firstLines.TryAdd(code, record.Line);
    }

    [GeneratedRegex("^E1[23][0-9]{6}$")]
    private static partial Regex RegionCode();

    private static bool IsLondonSubregion(string code) => code.StartsWith("E13", StringComparison.Ordinal);

    /// <summary>The GSS entity code says what kind of council it is.</summary>
    private static AuthorityType TypeOf(Sighting sighting) => sighting.GssCode[..3] switch
    {
        "E06" => AuthorityType.UnitaryAuthority,
        "E08" => AuthorityType.MetropolitanDistrict,
        "E09" => AuthorityType.LondonBorough,
        "E10" => AuthorityType.ShireCounty,
        _ => throw sighting.LastRecord.Error(EesColumns.NewLaCode, $"'{sighting.GssCode}' is not the GSS code of an upper-tier authority"),
    };

    private static List<AuthorityChange> ApplyReorganisations(GeographyRegistry registry)
    {
        Geography Find(Reorganisations.AuthorityKey key) =>
            registry.Authorities.SingleOrDefault(a => a.LaCode == key.LaCode && a.GssCode == key.GssCode)
            ?? throw new InvalidOperationException($"reorganisation names an authority the sources do not have: {key}");

        var changes = new List<AuthorityChange>();
        foreach (var link in Reorganisations.Links)
        {
            var predecessor = Find(link.Predecessor);
            var successor = Find(link.Successor);
            predecessor.ExistedTo = link.EffectiveDate.AddDays(-1);
            predecessor.Status = AuthorityStatus.Abolished;
            successor.ExistedFrom = link.EffectiveDate;
            changes.Add(new AuthorityChange
            {
                Predecessor = predecessor,
                Successor = successor,
                EffectiveDate = link.EffectiveDate,
                Kind = link.Kind,
                Basis = link.Basis,
            });
        }
        return changes;
    }

    /// <summary>
    /// A code-only change keeps one authority: its former code becomes an alias valid until the day before the change,
    /// so every source's rows under either code, and the slug earlier versions of the API gave the former code, find it.
    /// </summary>
    private static void AddFormerCodes(GeographyRegistry registry, Dictionary<string, Sighting> sightings)
    {
        foreach (var change in Reorganisations.CodeChanges)
        {
            var authority = registry.ByGss(change.GssCode) is { Level: GeographyLevel.Authority } found && found.LaCode == change.LaCode
                ? found
                : throw new InvalidOperationException($"code change names an authority the sources do not have: {change.LaCode} {change.GssCode}");
            var former = sightings.GetValueOrDefault(change.FormerGssCode)
                ?? throw new InvalidOperationException($"code change names a former code table B1 does not use: {change.FormerGssCode}");
            if (former.LaCode != change.LaCode || former.LastYear > change.EffectiveDate.Year)
            {
                throw former.LastRecord.Error(EesColumns.NewLaCode,
                    $"{change.FormerGssCode} is DfE code {former.LaCode} to {former.LastYear}; the code change to {change.GssCode} on {change.EffectiveDate:yyyy-MM-dd} says {change.LaCode}");
            }
            var validTo = change.EffectiveDate.AddDays(-1);
            registry.CodeAliases.Add(new GssCodeAlias
            {
                Code = change.FormerGssCode,
                Geography = authority,
                Reason = $"{authority.Name}'s code until {validTo.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}, as a {Http.Kebab.Name(TypeOf(former)).Replace('-', ' ')}; recoded {change.GssCode} when the council became a unitary authority with the same area ({change.Basis})",
                ValidTo = validTo,
                FormerType = TypeOf(former),
                FormerSlug = $"{Slugs.From(former.Name)}-until-{validTo.Year}",
                Basis = change.Basis,
            });
        }
    }

    /// <summary>An authority that starts or stops appearing part-way through the series must be a reorganisation we know of.</summary>
    private static void CheckEveryChangeIsExplained(IEnumerable<Sighting> sightings, GeographyRegistry registry, int firstYear, int lastYear)
    {
        var recoded = Reorganisations.CodeChanges.ToDictionary(c => c.GssCode, StringComparer.Ordinal);
        var formerCodes = Reorganisations.CodeChanges.ToDictionary(c => c.FormerGssCode, StringComparer.Ordinal);
        foreach (var sighting in sightings)
        {
            if (formerCodes.ContainsKey(sighting.GssCode)
                || (recoded.TryGetValue(sighting.GssCode, out var change) && sighting.FirstYear >= change.EffectiveDate.Year && sighting.LastYear == lastYear))
            {
                continue;
            }
            var authority = registry.ByGss(sighting.GssCode)!;
            if (sighting.LastYear < lastYear && authority.ExistedTo is null)
            {
                throw sighting.LastRecord.Error(EesColumns.NewLaCode,
                    $"{sighting.Name} ({sighting.GssCode}) is last published for {sighting.LastYear} but no reorganisation explains its end");
            }
            if (sighting.FirstYear > firstYear && authority.ExistedFrom is null)
            {
                throw sighting.LastRecord.Error(EesColumns.NewLaCode,
                    $"{sighting.Name} ({sighting.GssCode}) is first published for {sighting.FirstYear} but no reorganisation explains its start");
            }
        }
    }

    /// <summary>An abolished authority that shares its name with a current one gets the year it ended in its slug.</summary>
    private static void DisambiguateSlugs(GeographyRegistry registry)
    {
        foreach (var clash in registry.All.GroupBy(g => g.Slug).Where(g => g.Count() > 1))
        {
            foreach (var abolished in clash.Where(g => g.ExistedTo is not null))
            {
                abolished.Slug = $"{abolished.Slug}-until-{abolished.ExistedTo!.Value.Year}";
            }
        }
        var remaining = registry.All.GroupBy(g => g.Slug).FirstOrDefault(g => g.Count() > 1);
        if (remaining is not null)
        {
            throw new SourceDataException(RegisterFile, 0, EesColumns.LaName,
                $"{string.Join(" and ", remaining.Select(g => $"{g.Name} ({g.GssCode})"))} would share the URL slug '{remaining.Key}'");
        }
    }
}
