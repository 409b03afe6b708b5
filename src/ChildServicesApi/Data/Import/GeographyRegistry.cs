using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;

namespace ChildServicesApi.Data.Import;

/// <summary>The geographies built so far, and the ways the sources refer to them.</summary>
internal sealed class GeographyRegistry
{
    public const string EnglandCode = "E92000001";
    public const string LondonCode = "E12000007";

    private readonly List<Geography> all = [];
    private readonly Dictionary<string, Geography> byGss = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Geography> groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Geography>> authoritiesByLaCode = new(StringComparer.Ordinal);

    public IReadOnlyList<Geography> All => all;
    public List<GssCodeAlias> CodeAliases { get; } = [];
    public List<AuthorityGroupMember> GroupMembers { get; } = [];

    public void Add(Geography geography)
    {
        if (geography.GssCode is { } code && !byGss.TryAdd(code, geography))
        {
            throw new InvalidOperationException($"GSS code {code} registered twice");
        }
        all.Add(geography);
        if (geography is { Level: GeographyLevel.Authority, LaCode: { } laCode })
        {
            authoritiesByLaCode.TryAdd(laCode, []);
            authoritiesByLaCode[laCode].Add(geography);
        }
    }

    /// <summary>The geography with this GSS code, current or former.</summary>
    public Geography? ByGss(string code) =>
        byGss.GetValueOrDefault(code) ?? CodeAliases.FirstOrDefault(f => f.Code == code)?.Geography;

    /// <summary>The authority with this DfE code, if it existed on <paramref name="date"/> (a recoded authority keeps its DfE code and is one authority).</summary>
    public Geography? AuthorityOn(string laCode, DateOnly date) =>
        authoritiesByLaCode.GetValueOrDefault(laCode)?.FirstOrDefault(g => g.ExistedOn(date));

    public IEnumerable<Geography> Authorities => all.Where(g => g.Level == GeographyLevel.Authority);

    public IEnumerable<Geography> Regions => all.Where(g => g.Level is GeographyLevel.Region or GeographyLevel.Subregion);

    /// <summary>A unit several authorities report as one ("314 / 318"); created the first time a source uses it.</summary>
    public Geography Group(CsvRecord record, string laCodes, string gssCodes, string name, string gssColumn)
    {
        if (groups.TryGetValue(gssCodes, out var existing))
        {
            return existing;
        }
        var members = gssCodes.Split('/', StringSplitOptions.TrimEntries)
            .Select(code => ByGss(code) is { Level: GeographyLevel.Authority } member
                ? member
                : throw record.Error(gssColumn, $"unknown authority code '{code}' in the group '{gssCodes}'"))
            .ToList();
        var group = new Geography
        {
            Level = GeographyLevel.AuthorityGroup,
            LaCode = laCodes,
            Name = name,
            Slug = Slugs.From(name),
            Status = members.All(m => m.Status == AuthorityStatus.Current) ? AuthorityStatus.Current : AuthorityStatus.Abolished,
            Region = members[0].Region,
        };
        all.Add(group);
        groups.Add(gssCodes, group);
        GroupMembers.AddRange(members.Select(m => new AuthorityGroupMember { Group = group, Member = m }));
        return group;
    }
}
