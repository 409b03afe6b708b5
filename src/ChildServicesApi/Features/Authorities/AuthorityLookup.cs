using System.Text.RegularExpressions;
using ChildServicesApi.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using ChildServicesApi.Domain;

namespace ChildServicesApi.Features.Authorities;

/// <summary>Finds an authority by any of its ids: GSS code (E09000003), DfE code (302) or slug (barnet).</summary>
internal static partial class AuthorityLookup
{
    /// <summary>
    /// The local authority with this id. A former GSS code or the slug earlier versions gave it (north-yorkshire-until-2023)
    /// finds the authority that had it; a DfE code finds the one authority that has it.
    /// </summary>
    public static Geography? Find(StoreSnapshot data, string id) =>
        FindAuthorityOrArea(data, id) is { Level: GeographyLevel.Authority } authority ? authority : null;

    /// <summary>Like <see cref="Find"/>, and also England, a region or a London sub-region by code or slug.</summary>
    public static Geography? FindAuthorityOrArea(StoreSnapshot data, string id)
    {
        var found = GssCode().IsMatch(id)
            ? data.GeographyWithGssCode(id.ToUpperInvariant()) ?? data.GeographyWithFormerCode(id.ToUpperInvariant())
            // One authority per DfE code: the importer refuses a register where two share one.
            : DfeCode().IsMatch(id)
                ? data.AuthorityWithLaCode(id)
                : data.GeographyWithSlug(id.ToLowerInvariant()) ?? data.GeographyWithFormerSlug(id.ToLowerInvariant());
        return found is { Level: GeographyLevel.AuthorityGroup } ? null : found;
    }

    /// <summary>Every id resolved to its geography id, or the 404 for the first that matches nothing, naming <paramref name="parameter"/>.</summary>
    public static (List<int>? Ids, ProblemHttpResult? Problem) FindAll(StoreSnapshot data, IEnumerable<string> ids, string parameter)
    {
        var found = new List<int>();
        foreach (var id in ids)
        {
            if (Find(data, id) is not { } authority)
            {
                return (null, NotFound(data, id, parameter));
            }
            found.Add(authority.Id);
        }
        return (found, null);
    }

    /// <summary>
    /// A list's rows for its <c>authority</c> filter: every row when <paramref name="id"/> is null, the authority's rows
    /// from <paramref name="byAuthority"/> when it names one, or the 404 naming <c>authority</c> when it names nothing.
    /// </summary>
    public static (IEnumerable<T>? Rows, ProblemHttpResult? Problem) RowsFor<T>(StoreSnapshot data, string? id, IEnumerable<T> all, ILookup<int, T> byAuthority)
    {
        if (id is null)
        {
            return (all, null);
        }
        return Find(data, id) is { } authority ? (byAuthority[authority.Id], null) : (null, NotFound(data, id, "authority"));
    }

    /// <summary>The 404 for an authority id nobody has, naming the parameter that carried it, with close matches; an area's id is told what it is.</summary>
    public static ProblemHttpResult NotFound(StoreSnapshot data, string id, string parameter)
    {
        if (FindAuthorityOrArea(data, id) is { Level: not GeographyLevel.Authority } area)
        {
            return Http.Problems.NotFound(parameter,
                $"'{Http.Problems.Echo(id)}' is {area.Name} ({Http.Kebab.Name(area.Level)}), not a local authority; this resource exists for local authorities only. " +
                $"{area.Name} itself is at /api/v1/authorities/{area.Slug}.", []);
        }
        return Http.Problems.NotFound(parameter, $"No authority has the id '{Http.Problems.Echo(id)}'. Use a GSS code (E09000003), a DfE code (302) or a slug (barnet).",
            Suggest(data, id));
    }

    /// <summary>Up to three authorities whose slug is close to what was asked for (edit distance, or containment).</summary>
    public static IReadOnlyList<string> Suggest(StoreSnapshot data, string id)
    {
        var wanted = Slugs.From(id);
        if (wanted.Length == 0)
        {
            return [];
        }
        var limit = Math.Max(2, wanted.Length / 4);
        // Two slugs whose lengths differ by more than the limit are further apart than it: no table is worked out for them.
        return data.Authorities
            .Select(g => (g.Slug, Distance: g.Slug.Contains(wanted, StringComparison.Ordinal) ? 0
                : Math.Abs(g.Slug.Length - wanted.Length) > limit ? int.MaxValue : Distance(g.Slug, wanted)))
            .Where(s => s.Distance <= limit)
            .OrderBy(s => s.Distance).ThenBy(s => s.Slug, StringComparer.Ordinal)
            .Take(3)
            .Select(s => s.Slug)
            .ToList();
    }

    /// <summary>The Levenshtein distance, row by row in two arrays.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    [GeneratedRegex("^[Ee][0-9]{8}$")]
    private static partial Regex GssCode();

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex DfeCode();
}
