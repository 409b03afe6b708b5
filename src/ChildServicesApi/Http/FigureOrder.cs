using ChildServicesApi.Features.Authorities;

namespace ChildServicesApi.Http;

/// <summary>
/// The sort of a family's figures held by year and then geography name (school outcomes, other measures): year (the
/// default: the order held), -year, value, -value, name or -name, ties broken by year, name and then geography id, and
/// rows without a value last whichever way values sort.
/// </summary>
internal static class FigureOrder
{
    public static IEnumerable<T> Apply<T>(IEnumerable<T> figures, string? sort, Func<T, int> year, Func<T, double?> value, Func<T, GeographyRef> geography, Func<T, int> geographyId)
    {
        var byName = StringComparer.Ordinal;
        return sort switch
        {
            "-year" => figures.OrderByDescending(year).ThenBy(f => geography(f).Name, byName).ThenBy(geographyId),
            "value" => figures.OrderBy(f => value(f) == null).ThenBy(value).ThenBy(year).ThenBy(f => geography(f).Name, byName).ThenBy(geographyId),
            "-value" => figures.OrderBy(f => value(f) == null).ThenByDescending(value).ThenBy(year).ThenBy(f => geography(f).Name, byName).ThenBy(geographyId),
            "name" => figures.OrderBy(f => geography(f).Name, byName).ThenBy(year).ThenBy(geographyId),
            "-name" => figures.OrderByDescending(f => geography(f).Name, byName).ThenBy(year).ThenBy(geographyId),
            // year, the default: the order the figures are held in (year, then name).
            _ => figures,
        };
    }
}
