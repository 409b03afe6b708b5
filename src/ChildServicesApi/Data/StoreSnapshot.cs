using System.Collections.Concurrent;
using AutoMapper;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Neighbours;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Data;

/// <summary>
/// The store's catalogue held in memory for one data version: geographies with their codes, slugs, aliases, changes,
/// groups and statistical neighbours; indicators with their caveats and years; source files. An indicator's figures
/// are read on first use (<see cref="FiguresOf"/>) and kept. The data only changes on import, so requests resolve ids
/// and build answers from here instead of running several small SQL queries each (issue 14: six queries per
/// /authorities/{id} were 92% of its time). Everything here is read-only once built and shared by every request.
/// </summary>
internal sealed class StoreSnapshot
{
    private readonly Dictionary<int, Geography> geographies;
    private readonly Dictionary<string, Geography> byGssCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Geography> byLaCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Geography> bySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Geography> byFormerCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Geography> byFormerSlug = new(StringComparer.Ordinal);
    private readonly Dictionary<int, GeographyRef> refs;
    private readonly Dictionary<int, AuthoritySummary> summaries;
    private readonly Dictionary<int, RegionRef> regionRefs;
    private readonly Dictionary<string, IndicatorRef> indicatorRefs;
    private readonly Dictionary<string, Indicator> indicators;
    private readonly Dictionary<string, IReadOnlyList<int>> years;
    private readonly Dictionary<int, SourceFile> sourceFiles;
    private readonly ConcurrentDictionary<string, Lazy<IndicatorFigures>> figures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, Lazy<object>> parts = new();
    private readonly Func<IServiceScope> openStore;

    private StoreSnapshot(string dataVersion, List<Geography> all, List<GssCodeAlias> aliases, List<AuthorityChange> changes,
        List<AuthorityGroupMember> members, List<StatisticalNeighbour> neighbours, List<Indicator> indicatorList, ILookup<string, int> years,
        List<SourceFile> files, IMapper mapper, Func<IServiceScope> openStore)
    {
        this.years = indicatorList.ToDictionary(i => i.Id, i => (IReadOnlyList<int>)[.. years[i.Id].Order()], StringComparer.Ordinal);
        DataVersion = dataVersion;
        this.openStore = openStore;
        geographies = all.ToDictionary(g => g.Id);
        foreach (var g in all)
        {
            g.Region = g.RegionId is { } r ? geographies[r] : null;
            g.Subregion = g.SubregionId is { } s ? geographies[s] : null;
            bySlug[g.Slug] = g;
            if (g.GssCode is { } code)
            {
                byGssCode[code] = g;
            }
            if (g.Level == GeographyLevel.Authority && g.LaCode is { } laCode)
            {
                byLaCode[laCode] = g;
            }
        }
        foreach (var alias in aliases)
        {
            alias.Geography = geographies[alias.GeographyId];
            byFormerCode.TryAdd(alias.Code, alias.Geography);
            if (alias.FormerSlug is { } slug)
            {
                byFormerSlug.TryAdd(slug, alias.Geography);
            }
        }
        foreach (var change in changes)
        {
            change.Predecessor = geographies[change.PredecessorId];
            change.Successor = geographies[change.SuccessorId];
        }
        foreach (var member in members)
        {
            member.Group = geographies[member.GroupId];
            member.Member = geographies[member.MemberId];
        }
        Authorities = [.. all.Where(g => g.Level == GeographyLevel.Authority).OrderBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.Id)];
        National = all.Single(g => g.Level == GeographyLevel.National);
        AliasesOf = aliases.OrderBy(a => a.Code, StringComparer.Ordinal).ToLookup(a => a.GeographyId);
        Changes = changes;
        GroupMembers = members;
        NeighboursOf = neighbours.OrderBy(n => n.Rank).ToLookup(n => n.AuthorityId);
        // Each response's shape is defined once, in the features' AutoMapper profiles, and built once per data version here.
        refs = all.ToDictionary(g => g.Id, mapper.Map<GeographyRef>);
        summaries = all.ToDictionary(g => g.Id, mapper.Map<AuthoritySummary>);
        regionRefs = all.Where(g => g.Level is GeographyLevel.Region or GeographyLevel.Subregion or GeographyLevel.National).ToDictionary(g => g.Id, mapper.Map<RegionRef>);
        indicatorRefs = indicatorList.ToDictionary(i => i.Id, mapper.Map<IndicatorRef>, StringComparer.Ordinal);
        indicators = indicatorList.ToDictionary(i => i.Id, StringComparer.Ordinal);
        IndicatorCatalogue = [.. indicatorList.OrderBy(i => i.Topic, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal)];
        sourceFiles = files.ToDictionary(f => f.Id);
    }

    public string DataVersion { get; }

    /// <summary>Every local authority, current and abolished, by name then id.</summary>
    public IReadOnlyList<Geography> Authorities { get; }

    public Geography National { get; }

    /// <summary>Every indicator, by topic then id (the catalogue's order).</summary>
    public IReadOnlyList<Indicator> IndicatorCatalogue { get; }

    public ILookup<int, GssCodeAlias> AliasesOf { get; }

    public IReadOnlyList<AuthorityChange> Changes { get; }

    public IReadOnlyList<AuthorityGroupMember> GroupMembers { get; }

    /// <summary>Each authority's statistical neighbours in every model, by rank.</summary>
    public ILookup<int, StatisticalNeighbour> NeighboursOf { get; }

    public Geography Geography(int id) => geographies[id];

    public Geography? GeographyWithGssCode(string code) => byGssCode.GetValueOrDefault(code);

    public Geography? AuthorityWithLaCode(string code) => byLaCode.GetValueOrDefault(code);

    public Geography? GeographyWithSlug(string slug) => bySlug.GetValueOrDefault(slug);

    /// <summary>The geography a former or alternative GSS code belongs to.</summary>
    public Geography? GeographyWithFormerCode(string code) => byFormerCode.GetValueOrDefault(code);

    /// <summary>The geography a slug earlier versions of the API used belongs to.</summary>
    public Geography? GeographyWithFormerSlug(string slug) => byFormerSlug.GetValueOrDefault(slug);

    /// <summary>The geography as other resources refer to it (the GSS code, or the DfE code where it has none).</summary>
    public GeographyRef RefOf(int geographyId) => refs[geographyId];

    public AuthoritySummary SummaryOf(int geographyId) => summaries[geographyId];

    public Indicator? Indicator(string id) => indicators.GetValueOrDefault(id);

    /// <summary>The years the indicator has any figure or status for, in any release, oldest first.</summary>
    public IReadOnlyList<int> YearsOf(string indicatorId) => years.GetValueOrDefault(indicatorId) ?? [];

    public SourceFile SourceFile(int id) => sourceFiles[id];

    /// <summary>The indicator's figures, every release, read from the store the first time they are asked for.</summary>
    public IndicatorFigures FiguresOf(Indicator indicator) =>
        figures.GetOrAdd(indicator.Id, _ => new Lazy<IndicatorFigures>(() => Read(store => IndicatorFigures.Load(store.GetRequiredService<AppDbContext>(), this, indicator)))).Value;

    /// <summary>
    /// A feature's own records for this data version (a feature's rows shaped for its answers: spending lines, inspections),
    /// read with <paramref name="load"/> (given a scope's services: the store's context, the mapper) the first time any
    /// request asks for them; one load per type per snapshot.
    /// </summary>
    public T Part<T>(Func<IServiceProvider, StoreSnapshot, T> load) where T : class =>
        (T)parts.GetOrAdd(typeof(T), _ => new Lazy<object>(() => Read(services => load(services, this)))).Value;

    private T Read<T>(Func<IServiceProvider, T> read)
    {
        using var scope = openStore();
        return read(scope.ServiceProvider);
    }

    /// <summary>A region (or sub-region, or England) in brief; null for none.</summary>
    public RegionRef? RegionRefOf(Geography? region) => region is null ? null : regionRefs[region.Id];

    /// <summary>The indicator in brief.</summary>
    public IndicatorRef RefOf(Indicator indicator) => indicatorRefs[indicator.Id];

    /// <summary>Reads the catalogue; <paramref name="openStore"/> gives a scope (with the store's context) for the parts read when first needed.</summary>
    public static StoreSnapshot Load(AppDbContext db, IMapper mapper, string dataVersion, Func<IServiceScope> openStore)
    {
        var all = db.Geographies.OrderBy(g => g.Id).ToList();
        var aliases = db.GssCodeAliases.ToList();
        var changes = db.AuthorityChanges.OrderBy(c => c.Id).ToList();
        var members = db.AuthorityGroupMembers.ToList();
        var neighbours = db.StatisticalNeighbours.ToList();
        var indicatorList = db.Indicators.Include(i => i.Caveats).ToList();
        foreach (var indicator in indicatorList)
        {
            indicator.Caveats = [.. indicator.Caveats.OrderBy(c => c.Position)];
        }
        var years = db.Observations.Select(o => new { o.IndicatorId, o.Year }).Distinct().ToList().ToLookup(o => o.IndicatorId, o => o.Year);
        var files = db.SourceFiles.ToList();
        return new StoreSnapshot(dataVersion, all, aliases, changes, members, neighbours, indicatorList, years, files, mapper, openStore);
    }
}
