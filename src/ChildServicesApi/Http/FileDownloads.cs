using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Http;

/// <summary>
/// Endpoint metadata: the operation sends a file in one of <see cref="MediaTypes"/>, not JSON or CSV, and is its own
/// authority on caching: its ETag is the file's SHA-256, it answers If-None-Match, If-Modified-Since, If-Range and
/// Range itself (206, 412, 416). So the API-wide ETag and 304 (<see cref="HttpCaching"/>) and JSON/CSV negotiation
/// (<see cref="ContentNegotiation"/>; RFC 9110 §12.5.1 lets a server disregard Accept) stand aside, and the
/// OpenAPI document declares the binary bodies and range responses.
/// </summary>
internal sealed class FileDownload(IReadOnlyList<string> mediaTypes)
{
    public IReadOnlyList<string> MediaTypes { get; } = mediaTypes;

    public static bool Serves(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<FileDownload>() is not null;
}

internal static class FileDownloads
{
    /// <summary>Marks an operation as sending files of these media types (see <see cref="FileDownload"/>).</summary>
    public static RouteHandlerBuilder ServesFiles(this RouteHandlerBuilder builder, params string[] mediaTypes) =>
        builder.WithMetadata(new FileDownload(mediaTypes));
}

/// <summary>
/// A file sent from disk with range processing, whose 416 (which the framework sends with an empty body of the file's
/// media type) is a problem like every other error. Its Content-Range (<c>bytes */length</c>) stays.
/// </summary>
internal sealed class FileDownloadResult(PhysicalFileHttpResult file) : IResult
{
    public PhysicalFileHttpResult File { get; } = file;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        await File.ExecuteAsync(httpContext);
        var response = httpContext.Response;
        if (response.HasStarted || response.StatusCode != StatusCodes.Status416RangeNotSatisfiable)
        {
            return;
        }
        response.ContentLength = null;
        response.ContentType = null;
        response.Headers.ContentDisposition = default;
        await Problems.WriteAsync(httpContext, new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status416RangeNotSatisfiable,
            Title = "Range not satisfiable",
            Detail = $"The Range asked for starts beyond the end of the file, which is {File.FileLength:N0} bytes (see Content-Range).",
            Extensions = { ["parameter"] = "Range" },
        }, httpContext.RequestAborted);
    }
}
