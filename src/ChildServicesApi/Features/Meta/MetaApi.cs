using ChildServicesApi.Data;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Meta;

/// <summary>A source file the data was built from.</summary>
/// <param name="Path">Path under seed/. <example>children-in-need/b1_children_in_need_2013_to_2025.csv</example></param>
/// <param name="Sha256">SHA-256 of the file as imported.</param>
/// <param name="Publisher">e.g. Department for Education.</param>
/// <param name="Publication">e.g. Characteristics of children in need.</param>
/// <param name="Release">The release (edition). <example>2025</example></param>
/// <param name="Table">The table or sheet.</param>
/// <param name="Url">The publication's page.</param>
/// <param name="Licence">Open Government Licence v3.0.</param>
/// <param name="Rows">Data rows in the file.</param>
internal sealed record SourceFileResponse(string Path, string Sha256, string Publisher, string Publication, string Release, string Table, string? Url, string Licence, int Rows);

/// <summary>The data the API serves: its version, when it was imported, its sources and the attribution the licence requires.</summary>
/// <param name="DataVersion">Changes whenever any source file or the import mapping changes. <example>3.62c4676243192500</example></param>
/// <param name="ImportedAt">When the import finished.</param>
/// <param name="Licence">Open Government Licence v3.0.</param>
/// <param name="LicenceUrl">The licence's text.</param>
/// <param name="Attribution">The attribution statement to reproduce with the data.</param>
/// <param name="Sources">Every source file.</param>
/// <param name="RowCounts">Rows per table of the store.</param>
/// <param name="Releases">For each publication (and release), the latest period held and when the next release is expected.</param>
internal sealed record MetaResponse(
    string DataVersion, DateTimeOffset ImportedAt, string Licence, string LicenceUrl, string Attribution,
    IReadOnlyList<SourceFileResponse> Sources, IReadOnlyDictionary<string, int> RowCounts, IReadOnlyList<PublicationRelease> Releases);

/// <summary>Where one publication's figures end, and when more are expected.</summary>
/// <param name="Publisher">e.g. Department for Education.</param>
/// <param name="Publication">e.g. Characteristics of children in need.</param>
/// <param name="Indicators">How many indicators it feeds.</param>
/// <param name="Latest">The latest period any of those indicators holds, and the release it comes from.</param>
/// <param name="NextRelease">When the next release is expected, as for its indicator with the latest period (each indicator's own is at /api/v1/indicators/{id}).</param>
internal sealed record PublicationRelease(string Publisher, string Publication, int Indicators, LatestPeriod Latest, NextRelease NextRelease);

/// <summary><c>/api/v1/meta</c>: what data this is and where it comes from.</summary>
internal static class MetaApi
{
    public static IEndpointRouteBuilder MapMetaApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Meta", "meta");
        group.MapGet("/", GetMeta).WithName(nameof(GetMeta));
        return app;
    }

    /// <summary>Get the data version, sources and licence</summary>
    /// <remarks>The data version (it changes whenever any source changes), import time, every source file with its SHA-256 and citation, row counts, and the attribution the Open Government Licence requires.</remarks>
    [EndpointSummary("Get the data version, sources and licence")]
    private static async Task<Ok<MetaResponse>> GetMeta(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var import = await db.ImportRecords.Include(r => r.TableCounts).OrderByDescending(r => r.Id).FirstAsync(ct);
        var sources = await db.SourceFiles.OrderBy(f => f.Path)
            .Select(f => new SourceFileResponse(f.Path, f.Sha256, f.Publisher, f.Publication, f.Release, f.Table, f.Url, f.Licence, f.DataRows))
            .ToListAsync(ct);
        var today = ReleaseOutlook.Today(clock);
        var indicators = await db.Indicators.Where(i => i.LatestYear != null).ToListAsync(ct);
        var releases = indicators.GroupBy(i => (i.Publisher, i.Publication, i.LatestRelease))
            .Select(g => (Group: g, Latest: g.OrderByDescending(i => i.LatestYear).ThenBy(i => i.Id, StringComparer.Ordinal).First()))
            .Select(p => new PublicationRelease(p.Group.Key.Publisher, p.Group.Key.Publication, p.Group.Count(),
                ReleaseOutlook.Latest(p.Latest)!, ReleaseOutlook.Next(p.Latest, today)))
            .OrderBy(r => r.Publication, StringComparer.Ordinal).ThenBy(r => r.Latest.Release, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new MetaResponse(import.DataVersion, import.CompletedAt, Publication.Licence, Publication.LicenceUrl,
            Publication.Attribution, sources, import.TableCounts.OrderBy(c => c.Table).ToDictionary(c => c.Table, c => c.Rows), releases));
    }
}
