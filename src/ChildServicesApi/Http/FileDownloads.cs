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
        IgnoreRangeThatCannotApply(httpContext.Request);
        await File.ExecuteAsync(httpContext);
        var response = httpContext.Response;
        if (response.HasStarted)
        {
            return;
        }
        if (response.StatusCode == StatusCodes.Status416RangeNotSatisfiable)
        {
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
        else if (response.StatusCode == StatusCodes.Status412PreconditionFailed)
        {
            // The file's own precondition failed: say which header, and what the file's validators are now.
            var header = httpContext.Request.Headers.IfMatch.Count > 0 ? "If-Match" : "If-Unmodified-Since";
            await Problems.WriteAsync(httpContext, new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Title = "Precondition failed",
                Detail = $"{header} does not match the file as it is now: its ETag is {File.EntityTag} and it was last modified {File.LastModified:R}.",
                Extensions = { ["parameter"] = header },
            }, httpContext.RequestAborted);
        }
    }

    /// <summary>
    /// The framework sends 206 for a Range in a unit it does not know and for an If-Range it cannot read. RFC 9110
    /// §14.2: a range unit the server does not support is ignored; §13.1.5: a range is sent only when If-Range's
    /// validator matches, and one that is neither an entity tag nor a date matches nothing. Either way the whole file
    /// is sent (200), which is always a correct answer.
    /// </summary>
    internal static void IgnoreRangeThatCannotApply(HttpRequest request)
    {
        var headers = request.Headers;
        if (headers.Range.Count == 0)
        {
            return;
        }
        var range = headers.Range.ToString().TrimStart();
        var unknownUnit = !range.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase);
        var ifRange = headers.IfRange.ToString().Trim();
        var unreadableIfRange = ifRange.Length > 0
            && !Microsoft.Net.Http.Headers.EntityTagHeaderValue.TryParse(ifRange, out _)
            && !Microsoft.Net.Http.Headers.HeaderUtilities.TryParseDate(ifRange, out _);
        if (unknownUnit || unreadableIfRange || headers.Range.Count > 1 || headers.IfRange.Count > 1)
        {
            headers.Range = default;
        }
    }
}
