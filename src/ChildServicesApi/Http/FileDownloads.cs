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
/// A file sent from disk with range processing, whose 416 and 412 (which the framework sends with empty bodies) are
/// problems like every other error, naming the header at fault. The 416's Content-Range (<c>bytes */length</c>) stays.
/// </summary>
internal sealed class FileDownloadResult(PhysicalFileHttpResult file) : IResult
{
    public PhysicalFileHttpResult File { get; } = file;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        IgnoreWhatCannotApply(httpContext.Request, File.LastModified);
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
                Detail = $"No part of the Range asked for lies within the file, which is {File.FileLength:N0} bytes (see Content-Range).",
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
    /// What the framework would apply and RFC 9110 says to ignore. It sends 206 for a Range in a unit it does not know
    /// (§14.2: ignored), for an If-Range it cannot read and for an If-Range date later than the file's (§13.1.5: only
    /// a validator that matches, a date exactly, lets the range through); then the whole file is sent (200), which is
    /// always a correct answer. It also tests If-Unmodified-Since beside If-Match (§13.2.2: only without one), and so
    /// answered 412 to a request whose If-Match matched.
    /// </summary>
    internal static void IgnoreWhatCannotApply(HttpRequest request, DateTimeOffset? lastModified)
    {
        var headers = request.Headers;
        if (headers.IfMatch.Count > 0)
        {
            // RFC 9110 §13.2.2: If-Unmodified-Since is evaluated only when there is no If-Match.
            headers.IfUnmodifiedSince = default;
        }
        if (headers.Range.Count == 0)
        {
            return;
        }
        var range = headers.Range.ToString().TrimStart();
        var unknownUnit = !range.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase);
        var ifRange = headers.IfRange.ToString().Trim();
        var isDate = Microsoft.Net.Http.Headers.HeaderUtilities.TryParseDate(ifRange, out var date);
        var unreadableIfRange = ifRange.Length > 0 && !isDate && !Microsoft.Net.Http.Headers.EntityTagHeaderValue.TryParse(ifRange, out _);
        // §13.1.5: a date matches only the file's Last-Modified exactly (to the second), never a later one.
        var otherDate = isDate && (lastModified is not { } modified || date != TruncatedToSeconds(modified));
        if (unknownUnit || unreadableIfRange || otherDate || headers.Range.Count > 1 || headers.IfRange.Count > 1)
        {
            headers.Range = default;
        }
    }

    private static DateTimeOffset TruncatedToSeconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));
}
