using System.Globalization;
using System.Text;

namespace ChildServicesApi.Domain;

internal static class Slugs
{
    /// <summary>Up to five of <paramref name="ids"/> that contain the slug of <paramref name="asked"/> or that it contains, in order: the suggestions a 404 for an unknown id gives.</summary>
    public static IReadOnlyList<string> Close(string asked, IEnumerable<string> ids)
    {
        var wanted = From(asked);
        return ids.Where(i => wanted.Length > 0 && (i.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(i, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).Take(5).ToList();
    }

    /// <summary>"Bristol, City of" → "bristol-city-of"; accents dropped, "&amp;" read as "and".</summary>
    public static string From(string name)
    {
        var decomposed = name.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || ch == '\'' || ch == '\u2019')
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(ch))
            {
                slug.Append(char.ToLowerInvariant(ch));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().Trim('-');
    }

    /// <summary>A name reduced for matching across sources: "St. Helens" and "St Helens", "Bristol, City of" and "Bristol City of".</summary>
    public static string MatchKey(string name) => From(name.Replace("St.", "St", StringComparison.Ordinal));
}
