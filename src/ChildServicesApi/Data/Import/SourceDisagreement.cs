using ChildServicesApi.Features.Authorities;

namespace ChildServicesApi.Data.Import;

/// <summary>
/// A figure two files give differently for the same indicator, geography and year: the publication's own file (whose
/// figure is served) and a republication of it (whose figure is not stored). <paramref name="PublishedText"/> is null
/// where the publication's file has no row for the geography.
/// </summary>
internal sealed record SourceDisagreement(
    string IndicatorId, Geography Geography, int Year,
    string PublishedFile, int? PublishedLine, string? PublishedText,
    string RepublishedFile, int RepublishedLine, string RepublishedText);
