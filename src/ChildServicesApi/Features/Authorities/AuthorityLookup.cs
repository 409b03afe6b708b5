using System.Text.RegularExpressions;
using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Authorities;

/// <summary>Finds an authority by any of its ids: GSS code (E09000003), DfE code (302) or slug (barnet).</summary>
internal static partial class AuthorityLookup
{
    /// <summary>
    /// The local authority with this id. A former GSS code or the slug earlier versions gave it (north-yorkshire-until-2023)
    /// finds the authority that had it; a DfE code finds the one authority that has it.
    /// </summary>
    public static Task<Geography?> FindAsync(AppDbContext db, string id, CancellationToken ct) =>
        FindAsync(db, id, [GeographyLevel.Authority], ct);

    /// <summary>Like <see cref="FindAsync(AppDbContext, string, CancellationToken)"/>, and also England, a region or a London sub-region by code or slug.</summary>
    public static Task<Geography?> FindAuthorityOrAreaAsync(AppDbContext db, string id, CancellationToken ct) =>
        FindAsync(db, id, [GeographyLevel.Authority, GeographyLevel.National, GeographyLevel.Region, GeographyLevel.Subregion], ct);

    private static async Task<Geography?> FindAsync(AppDbContext db, string id, GeographyLevel[] levels, CancellationToken ct)
    {
        var geographies = db.Geographies.Where(g => levels.Contains(g.Level));
        if (GssCode().IsMatch(id))
        {
            var code = id.ToUpperInvariant();
            return await geographies.FirstOrDefaultAsync(g => g.GssCode == code, ct)
                ?? await db.GssCodeAliases.Where(a => a.Code == code).Select(a => a.Geography).FirstOrDefaultAsync(ct);
        }
        if (DfeCode().IsMatch(id))
        {
            // One authority per DfE code: the importer refuses a register where two share one.
            return await geographies.FirstOrDefaultAsync(g => g.Level == GeographyLevel.Authority && g.LaCode == id, ct);
        }
        var slug = id.ToLowerInvariant();
        return await geographies.FirstOrDefaultAsync(g => g.Slug == slug, ct)
            ?? await db.GssCodeAliases.Where(a => a.FormerSlug == slug).Select(a => a.Geography).FirstOrDefaultAsync(ct);
    }

    /// <summary>Every id resolved to its geography id, or the 404 for the first that matches nothing, naming <paramref name="parameter"/>.</summary>
    public static async Task<(List<int>? Ids, ProblemHttpResult? Problem)> FindAllAsync(AppDbContext db, IEnumerable<string> ids, string parameter, CancellationToken ct)
    {
        var found = new List<int>();
        foreach (var id in ids)
        {
            var authority = await FindAsync(db, id, ct);
            if (authority is null)
            {
                return (null, await NotFoundAsync(db, id, parameter, ct));
            }
            found.Add(authority.Id);
        }
        return (found, null);
    }

    /// <summary>The 404 for an authority id nobody has, naming the parameter that carried it, with close matches; an area's id is told what it is.</summary>
    public static async Task<ProblemHttpResult> NotFoundAsync(AppDbContext db, string id, string parameter, CancellationToken ct)
    {
        if (await FindAuthorityOrAreaAsync(db, id, ct) is { Level: not GeographyLevel.Authority } area)
        {
            return Http.Problems.NotFound(parameter,
                $"'{id}' is {area.Name} ({Http.Kebab.Name(area.Level)}), not a local authority; this resource exists for local authorities only. " +
                $"{area.Name} itself is at /api/v1/authorities/{area.Slug}.", []);
        }
        return Http.Problems.NotFound(parameter, $"No authority has the id '{id}'. Use a GSS code (E09000003), a DfE code (302) or a slug (barnet).",
            await SuggestAsync(db, id, ct));
    }

    /// <summary>Up to three authorities whose slug is close to what was asked for (edit distance, or containment).</summary>
    public static async Task<IReadOnlyList<string>> SuggestAsync(AppDbContext db, string id, CancellationToken ct)
    {
        var wanted = Slugs.From(id);
        if (wanted.Length == 0)
        {
            return [];
        }
        var slugs = await db.Geographies.Where(g => g.Level == GeographyLevel.Authority).Select(g => g.Slug).ToListAsync(ct);
        return slugs
            .Select(s => (Slug: s, Distance: s.Contains(wanted, StringComparison.Ordinal) ? 0 : Distance(s, wanted)))
            .Where(s => s.Distance <= Math.Max(2, wanted.Length / 4))
            .OrderBy(s => s.Distance).ThenBy(s => s.Slug, StringComparer.Ordinal)
            .Take(3)
            .Select(s => s.Slug)
            .ToList();
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }

    [GeneratedRegex("^[Ee][0-9]{8}$")]
    private static partial Regex GssCode();

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex DfeCode();
}
