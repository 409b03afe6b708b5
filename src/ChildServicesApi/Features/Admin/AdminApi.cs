using System.Security.Cryptography;
using System.Text;
using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

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
/// <c>X-Api-Key</c>. Not part of the public contract. An upload is streamed to a private folder on disk and unpacked
/// under <see cref="UploadLimits"/>; the folder is removed whatever the outcome, and problems never show server paths.
/// </summary>
internal static partial class AdminApi
{
    public const string KeyHeader = "X-Api-Key";
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static WebApplication MapAdminApi(this WebApplication app)
    {
        var key = app.Services.GetRequiredService<IOptions<AdminOptions>>().Value.ApiKey;
        if (string.IsNullOrEmpty(key))
        {
            return app;
        }
        var limits = app.Services.GetRequiredService<IOptions<UploadLimits>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminApi).FullName!);
        UploadFolder.RemoveAbandoned(limits.UploadRoot, logger);
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        app.MapPost("/api/admin/imports", (HttpRequest request, StorePaths store, DataVersion version, IOutputCacheStore cache, CancellationToken ct) =>
                StartImport(request, store, version, cache, limits, logger, ct))
            .WithName(nameof(StartImport))
            .ExcludeFromDescription()
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxUploadBytes))
            // Uploads have their own time limit (Admin:UploadTimeoutSeconds), not the query one.
            .WithMetadata(new QueryTimeouts.ExemptAttribute())
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
        HttpRequest request, StorePaths store, DataVersion version, IOutputCacheStore cache, UploadLimits limits, ILogger logger, CancellationToken ct)
    {
        if (!await OneAtATime.WaitAsync(0, ct))
        {
            return TypedResults.Problem("Another import is running; try again when it has finished.", statusCode: StatusCodes.Status409Conflict, title: "Import in progress");
        }
        UploadFolder? upload = null;
        try
        {
            var seed = store.SeedDirectory;
            if (seed is null && !HasBody(request))
            {
                return TypedResults.Problem("This service has no seed folder (a replica, Store:RequireManifest); send a zip of the seed folder as the body.",
                    statusCode: StatusCodes.Status409Conflict, title: "No seed folder");
            }
            if (HasBody(request))
            {
                if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.MediaType.Value is not ("application/zip" or "application/x-zip-compressed"))
                {
                    return TypedResults.Problem("Send no body to import from the configured seed folder, or a zip of the seed folder as application/zip.",
                        statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
                }
                if (request.ContentLength > limits.MaxUploadBytes)
                {
                    return Refused(request, UploadRefusedException.TooLarge(limits));
                }
                upload = UploadFolder.Create(limits.UploadRoot, logger);
                if (await ReceiveAndExtractAsync(request, upload, limits, logger, ct) is { } timedOut)
                {
                    return timedOut;
                }
                seed = upload.SeedPath;
            }
            var previous = version.Current;
            var report = await Task.Run(() => StoreImporter.Import(seed!, store.DatabasePath), ct);
            // New connections must open the new file; queries already running finish on the old one.
            SqliteConnection.ClearAllPools();
            var now = version.Refresh();
            await cache.EvictByTagAsync(ResponseCaching.DataTag, ct);
            return TypedResults.Ok(new ImportResponse(now, previous, (long)report.Duration.TotalMilliseconds, report.RowCounts));
        }
        catch (UploadRefusedException refused)
        {
            return Refused(request, refused);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own body limit (the endpoint's RequestSizeLimit) fired before the count in ReceiveAsync did.
            return Refused(request, UploadRefusedException.TooLarge(limits));
        }
        catch (SourceDataException error)
        {
            // The importer names the seed folder in some messages: show which seed it was, not where it lives.
            var shown = upload is null ? "(the configured seed folder)" : "(the uploaded zip)";
            string Hide(string text) => HidePaths(text, shown, upload?.SeedPath, upload?.Path, store.SeedDirectory);
            return TypedResults.Problem(Hide(error.Message), statusCode: StatusCodes.Status422UnprocessableEntity, title: "Import failed; the previous data is still served",
                extensions: new Dictionary<string, object?> { ["file"] = Hide(error.File), ["line"] = error.Line, ["column"] = error.Column, ["problem"] = Hide(error.Problem) });
        }
        finally
        {
            upload?.Dispose();
            OneAtATime.Release();
        }
    }

    /// <summary>Receives and unpacks the upload under its own time limit; a problem when the limit is reached, else null.</summary>
    private static async Task<ProblemHttpResult?> ReceiveAndExtractAsync(HttpRequest request, UploadFolder upload, UploadLimits limits, ILogger logger, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(limits.UploadTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await using (timeout.Token.Register(request.BodyReader.CancelPendingRead))
            {
                await SeedUpload.ReceiveAsync(request.BodyReader, upload.ZipPath, limits, ct);
            }
            await SeedUpload.ExtractAsync(upload.ZipPath, upload.SeedPath, limits, linked.Token);
            return null;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            LogUploadTimedOut(logger, limits.UploadTimeoutSeconds);
            request.HttpContext.Response.Headers.Connection = "close";
            return TypedResults.Problem(
                $"The upload was not received and unpacked within {limits.UploadTimeoutSeconds} s; nothing was imported. Send it over a faster link or ask for a longer limit.",
                statusCode: StatusCodes.Status408RequestTimeout, title: "Upload time limit exceeded",
                extensions: new Dictionary<string, object?> { ["limit"] = UploadLimits.Setting(nameof(UploadLimits.UploadTimeoutSeconds)), ["maximum"] = limits.UploadTimeoutSeconds });
        }
    }

    private static ProblemHttpResult Refused(HttpRequest request, UploadRefusedException refused)
    {
        if (refused.Status == StatusCodes.Status413PayloadTooLarge)
        {
            // The rest of the body is not read; closing the connection spares the client sending it.
            request.HttpContext.Response.Headers.Connection = "close";
        }
        var extensions = new Dictionary<string, object?> { ["limit"] = refused.Limit };
        if (refused.Maximum is { } maximum)
        {
            extensions["maximum"] = maximum;
        }
        if (refused.Entry is { } entry)
        {
            extensions["entry"] = entry;
        }
        return TypedResults.Problem(refused.Message, statusCode: refused.Status, title: refused.Title, extensions: extensions);
    }

    /// <summary>
    /// True when the request carries a body: a length, chunked, or (HTTP/2 and 3, which have no chunking) a body the
    /// server detects.
    /// </summary>
    private static bool HasBody(HttpRequest request) =>
        request.ContentLength is > 0
        || (request.ContentLength is null && (request.Headers.TransferEncoding.Count > 0 || request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true));

    /// <summary>Replaces every server folder in <paramref name="text"/> (the longest first, so a seed inside an upload goes whole).</summary>
    private static string HidePaths(string text, string shown, params string?[] folders)
    {
        foreach (var folder in folders.OfType<string>().SelectMany(f => new[] { f, Path.TrimEndingDirectorySeparator(f) }).Distinct().OrderByDescending(f => f.Length))
        {
            text = text.Replace(folder, shown, StringComparison.Ordinal);
        }
        return text;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An admin upload was not received and unpacked within {Seconds} s")]
    private static partial void LogUploadTimedOut(ILogger logger, int seconds);
}
