using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;

namespace ChildServicesApi.Features.Admin;

/// <summary>The result of a refresh.</summary>
/// <param name="DataVersion">The version now served.</param>
/// <param name="PreviousDataVersion">The version served before.</param>
/// <param name="DurationMilliseconds">How long the import took.</param>
/// <param name="RowCounts">Rows per table of the new store.</param>
internal sealed record ImportResponse(string DataVersion, string PreviousDataVersion, long DurationMilliseconds, IReadOnlyDictionary<string, int> RowCounts);

/// <summary>
/// <c>POST /api/admin/imports</c>: rebuilds the store from the configured seed folder, or from a zip of source files
/// sent as the body, while the API keeps serving the old data; then swaps the file in, drops cached responses and
/// serves the new data version. Exists only when <c>Admin:ApiKey</c> is configured; callers send it in
/// <c>X-Api-Key</c>. Not part of the public contract.
/// </summary>
internal static class AdminApi
{
    public const string KeyHeader = "X-Api-Key";
    private const long MaxUploadBytes = 256L * 1024 * 1024;
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static WebApplication MapAdminApi(this WebApplication app)
    {
        var key = app.Configuration["Admin:ApiKey"];
        if (string.IsNullOrEmpty(key))
        {
            return app;
        }
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        app.MapPost("/api/admin/imports", StartImport)
            .WithName(nameof(StartImport))
            .ExcludeFromDescription()
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            .AddEndpointFilter(async (context, next) =>
            {
                var given = SHA256.HashData(Encoding.UTF8.GetBytes(context.HttpContext.Request.Headers[KeyHeader].ToString()));
                // Hashing first makes the comparison constant-time whatever the lengths.
                return CryptographicOperations.FixedTimeEquals(given, expected)
                    ? await next(context)
                    : TypedResults.Problem($"Send the admin API key in the {KeyHeader} header.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
            });
        return app;
    }

    /// <summary>Re-import the store</summary>
    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> StartImport(
        HttpRequest request, StorePaths store, DataVersion version, IOutputCacheStore cache, CancellationToken ct)
    {
        if (!await OneAtATime.WaitAsync(0, ct))
        {
            return TypedResults.Problem("Another import is running; try again when it has finished.", statusCode: StatusCodes.Status409Conflict, title: "Import in progress");
        }
        string? uploadRoot = null;
        try
        {
            var seed = store.SeedDirectory;
            if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
            {
                if (request.ContentType is not ("application/zip" or "application/x-zip-compressed"))
                {
                    return TypedResults.Problem("Send no body to import from the configured seed folder, or a zip of the seed folder as application/zip.",
                        statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
                }
                (uploadRoot, seed) = await ExtractAsync(request, ct);
            }
            var previous = version.Current;
            var report = await Task.Run(() => StoreImporter.Import(seed, store.DatabasePath), ct);
            // New connections must open the new file; queries already running finish on the old one.
            SqliteConnection.ClearAllPools();
            var now = version.Refresh();
            await cache.EvictByTagAsync(ResponseCaching.DataTag, ct);
            return TypedResults.Ok(new ImportResponse(now, previous, (long)report.Duration.TotalMilliseconds, report.RowCounts));
        }
        catch (SourceDataException error)
        {
            return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Import failed; the previous data is still served",
                extensions: new Dictionary<string, object?> { ["file"] = error.File, ["line"] = error.Line, ["column"] = error.Column, ["problem"] = error.Problem });
        }
        catch (InvalidDataException error)
        {
            return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The upload is not a usable zip of source files");
        }
        finally
        {
            if (uploadRoot is not null)
            {
                Directory.Delete(uploadRoot, recursive: true);
            }
            OneAtATime.Release();
        }
    }

    /// <summary>
    /// Unpacks an uploaded zip into a fresh folder (the root to delete afterwards), refusing entries that would land
    /// outside it; the seed is the root, or the one folder inside it when the zip holds the seed folder itself.
    /// </summary>
    private static async Task<(string Root, string Seed)> ExtractAsync(HttpRequest request, CancellationToken ct)
    {
        var target = Directory.CreateTempSubdirectory("childservices-upload-").FullName;
        await using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
            foreach (var entry in zip.Entries.Where(e => e.Name.Length > 0))
            {
                var path = Path.GetFullPath(Path.Combine(target, entry.FullName));
                if (!path.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"the zip entry '{entry.FullName}' points outside the upload");
                }
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                entry.ExtractToFile(path);
            }
        }
        catch (InvalidDataException)
        {
            Directory.Delete(target, recursive: true);
            throw;
        }
        var seed = Directory.GetFiles(target) is [] && Directory.GetDirectories(target) is [var only] && File.Exists(Path.Combine(only, "PROVENANCE.md"))
            ? only
            : target;
        return (target, seed);
    }
}
