using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Data;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace ChildServicesApi.Features.Downloads;

/// <summary>
/// <c>/api/v1/downloads</c>: the store artifact of the data version served, for bulk users (as Datasette and EES offer):
/// the SQLite store itself and a zip of one CSV per table, both built by the import and named in the manifest beside
/// the store. Only those two names are servable; each file is sent from disk with its SHA-256 as ETag, the build time
/// as Last-Modified, and range requests. Not in the response cache (tens of megabytes) and rate limited as expensive.
/// </summary>
internal static class DownloadsApi
{
    public const string StoreName = "childservices.db";
    public const string CsvZipName = "childservices-csv.zip";
    public const string StoreMediaType = "application/vnd.sqlite3";
    public const string ZipMediaType = "application/zip";

    public static IEndpointRouteBuilder MapDownloadsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Downloads", "downloads").NoResponseCache();
        group.MapGet("/", ListDownloads).WithName(nameof(ListDownloads)).Expensive();
        group.MapGet("/{file}", GetDownload).WithName(nameof(GetDownload)).Expensive()
            .ServesFiles(StoreMediaType, ZipMediaType).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>List the bulk downloads</summary>
    /// <remarks>The SQLite store and a zip of one CSV per table for the data version served, each with its URL (pinned to that version), size, SHA-256, media type, licence and attribution.</remarks>
    [EndpointSummary("List the bulk downloads")]
    private static Ok<DownloadsResponse> ListDownloads(HttpRequest request, StorePaths store, DataVersion version)
    {
        var current = version.Current;
        return TypedResults.Ok(new DownloadsResponse(current, Published(store, current).Select(d => d.Response(request)).ToList()));
    }

    /// <summary>Download the store or the CSV zip</summary>
    /// <remarks>
    /// One of the files /api/v1/downloads lists. ETag is the file's SHA-256 and Last-Modified its build time; If-None-Match,
    /// If-Modified-Since, If-Range and Range (one byte range) are honoured, so an interrupted download resumes.
    /// </remarks>
    /// <param name="file">The file's name as /api/v1/downloads gives it: childservices.db or childservices-csv.zip.</param>
    [EndpointSummary("Download the store or the CSV zip")]
    private static Results<FileDownloadResult, ProblemHttpResult> GetDownload([Example(CsvZipName), MaxLength(QueryLimits.MaxIdLength)] string file, HttpContext context, StorePaths store, DataVersion version)
    {
        var published = Published(store, version.Current);
        if (published.FirstOrDefault(d => string.Equals(d.Name, file, StringComparison.Ordinal)) is not { } download)
        {
            var names = published.Select(d => d.Name).ToList();
            return Problems.NotFound("file", names.Count == 0
                ? "This service holds no bulk downloads for its data version (its store was built without them; running import builds them)."
                : $"There is no download named '{Problems.Echo(file)}'. See /api/v1/downloads.", names);
        }
        if (HeadRequests.IsHead(context))
        {
            // The file result sends headers only for HEAD; run as a GET, it would read the whole file into nowhere.
            context.Request.Method = HttpMethods.Head;
        }
        return new FileDownloadResult(TypedResults.PhysicalFile(download.Path, download.MediaType, download.FileName,
            lastModified: download.BuiltAt, entityTag: new EntityTagHeaderValue($"\"{download.Sha256}\""), enableRangeProcessing: true));
    }

    /// <summary>A file the manifest names, with where it is on disk.</summary>
    private sealed record Download(string Name, string Path, string FileName, string Description, string MediaType, ArtifactFile File, string DataVersion, DateTimeOffset BuiltAt)
    {
        public string Sha256 => File.Sha256;

        public DownloadResponse Response(HttpRequest request) => new(Name,
            $"{request.PathBase}/api/v1/downloads/{Name}?{DataVersionPins.Parameter}={DataVersion}", Description, MediaType, File.Bytes, File.Sha256, DataVersion, BuiltAt,
            Publication.Licence, Publication.LicenceUrl, Publication.Attribution);
    }

    /// <summary>
    /// What the manifest beside the store names, when it is for the data version served: read on each request (a few
    /// hundred bytes), so a refresh that writes a new manifest is seen at once, and a stale one is never offered.
    /// </summary>
    private static List<Download> Published(StorePaths store, string dataVersion)
    {
        if (StoreManifest.TryRead(store.DatabasePath) is not { } manifest || manifest.DataVersion != dataVersion)
        {
            return [];
        }
        Download Of(string name, ArtifactFile file, string extension, string description, string mediaType) => new(name,
            StoreManifest.PathOf(store.DatabasePath, file), $"childservices-{dataVersion}{extension}", description, mediaType, file, dataVersion, manifest.BuiltAt);
        List<Download> named =
        [
            Of(StoreName, manifest.Store, ".db", "The SQLite store the API serves: every table, with indexes. Open it with sqlite3, Datasette or any SQLite library.", StoreMediaType),
            Of(CsvZipName, manifest.CsvZip, "-csv.zip", "One CSV per table of the store (header row, UTF-8), and a README with the data version and licence.", ZipMediaType),
        ];
        // Start-up checked them against the manifest; one removed since is not offered (nor answered with a 500).
        return named.Where(d => System.IO.File.Exists(d.Path)).ToList();
    }
}
