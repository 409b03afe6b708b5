using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;

namespace ChildServicesApi.Features.Meta;

/// <summary>
/// How a figure is cited: the source files behind it (a <c>sources</c> block) and a permanent link that pins the
/// data version, so a URL quoted in an article either returns the same figure or says the data has since changed.
/// </summary>
internal static class Citations
{
    public static IReadOnlyList<SourceFileResponse> Sources(StoreSnapshot data, IEnumerable<int> sourceFileIds) =>
        [.. sourceFileIds.Distinct().Select(data.SourceFile).OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new SourceFileResponse(f.Path, f.Sha256, f.Publisher, f.Publication, f.Release, f.Table, f.Url, f.Licence, f.DataRows))];

    /// <summary>The one published figure of an indicator for a geography and year, at this data version.</summary>
    public static string FigureLink(string indicatorId, GeographyRef geography, int year, string dataVersion) =>
        ValuesLink($"/api/v1/indicators/{Uri.EscapeDataString(indicatorId)}/values", geography, year, dataVersion);

    /// <summary>One geography's figure for a year in a values list at <paramref name="valuesPath"/>, pinned to the data version.</summary>
    public static string ValuesLink(string valuesPath, GeographyRef geography, int year, string dataVersion)
    {
        var where = geography.Level switch
        {
            GeographyLevel.National => "level=national",
            GeographyLevel.Region or GeographyLevel.Subregion => $"region={Uri.EscapeDataString(geography.Code ?? geography.Slug)}&level={Kebab.Name(geography.Level)}",
            GeographyLevel.AuthorityGroup => "level=authority-group",
            _ => $"authority={Uri.EscapeDataString(geography.Code ?? geography.Slug)}",
        };
        return $"{valuesPath}?{where}&year={year}&{DataVersionPins.Parameter}={dataVersion}";
    }

    /// <summary>This request's own URL, pinned to the data version it was answered from.</summary>
    public static string RequestLink(HttpRequest request, string dataVersion)
    {
        var query = request.Query
            .Where(q => !q.Key.Equals(DataVersionPins.Parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"{DataVersionPins.Parameter}={dataVersion}");
        return $"{request.PathBase}{request.Path}?{string.Join('&', query)}";
    }
}
