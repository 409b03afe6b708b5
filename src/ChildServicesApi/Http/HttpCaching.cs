using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChildServicesApi.Http;

/// <summary>
/// HTTP caching for the public API (RFC 9110 §13, RFC 9111). Strong ETags derived from the data version and the
/// normalised request (path, sorted query, negotiated representation), never from the body: a request the client has
/// seen under this data version is answered 304 before any work is done. <c>If-None-Match</c> uses the weak
/// comparison (a <c>W/</c> prefix still matches); <c>*</c> matches only when the resource exists (the request runs,
/// its body is discarded, a 200 becomes 304). 200 and 304 carry <c>Cache-Control: public, max-age</c>
/// (Http:CacheMaxAgeSeconds); errors carry <c>no-store</c>. Every v1 response says what it varies on. A file download
/// (<see cref="FileDownload"/>) sets its own ETag and answers its own conditional and range requests; it gets only the
/// Cache-Control (on 200, 206 and 304) and Vary. Other answers have no Last-Modified and ignore If-Modified-Since.
/// </summary>
internal static class HttpCaching
{
    public const string Vary = "Accept, Accept-Encoding, Origin";

    public static WebApplication UseHttpCaching(this WebApplication app)
    {
        var cacheControl = $"public, max-age={app.Services.GetRequiredService<IOptions<HttpCachingOptions>>().Value.CacheMaxAgeSeconds}";
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method) || !request.Path.StartsWithSegments("/api/v1"))
            {
                await next(context);
                return;
            }
            if (FileDownload.Serves(context))
            {
                context.Response.OnStarting(() =>
                {
                    var response = context.Response;
                    response.Headers.Vary = Vary;
                    response.Headers.CacheControl = response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status206PartialContent or StatusCodes.Status304NotModified
                        ? cacheControl
                        : "no-store";
                    return Task.CompletedTask;
                });
                await next(context);
                return;
            }
            // These answers carry no Last-Modified, so If-Modified-Since is no validator of theirs (RFC 9110 §13.1.3) and is
            // ignored: left in, the output cache would answer 304 to any date after it stored the answer.
            request.Headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.IfModifiedSince);
            var etag = ETagFor(context.RequestServices.GetRequiredService<DataVersion>().Current, context);
            var conditions = request.Headers.IfNoneMatch.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).ToList();
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                response.Headers.Vary = Vary;
                if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                {
                    response.Headers.ETag = etag;
                    response.Headers.CacheControl = cacheControl;
                }
                else
                {
                    response.Headers.CacheControl = "no-store";
                }
                return Task.CompletedTask;
            });
            if (conditions.Any(c => WeakMatch(c, etag)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            if (!conditions.Contains("*"))
            {
                await next(context);
                return;
            }
            // "*" is true when a current representation exists: find out by running the request, keeping its body back.
            var body = context.Response.Body;
            using var held = new MemoryStream();
            context.Response.Body = held;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
            }
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentType = null;
                context.Response.ContentLength = null;
                context.Response.Headers.ContentDisposition = default;
                return;
            }
            held.Position = 0;
            await held.CopyToAsync(body, context.RequestAborted);
        });
        return app;
    }

    /// <summary>RFC 9110 §8.8.3.2 weak comparison: the opaque tags match, whether or not either is marked weak.</summary>
    public static bool WeakMatch(string candidate, string etag) =>
        candidate.Length > 0 && candidate != "*" && Opaque(candidate) == Opaque(etag);

    private static string Opaque(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;

    /// <summary>The same data version, path, query (in any order) and representation (JSON or CSV, and its content coding) always give the same tag.</summary>
    public static string ETagFor(string dataVersion, HttpContext context)
    {
        var request = context.Request;
        // Keys and values escaped as they are joined: decoded, "q=x&region=E12000007" and "q=x%26region%3DE12000007"
        // would read the same, and two different answers would share a tag.
        var query = string.Join('&', request.Query
            .OrderBy(q => q.Key, StringComparer.OrdinalIgnoreCase)
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key.ToLowerInvariant())}={Uri.EscapeDataString(v ?? "")}")));
        var representation = ContentNegotiation.For(context).ToString();
        // A compressed answer is another representation (RFC 9110 §8.8.3), with a tag of its own; an uncompressed one
        // keeps the tag it always had.
        var coding = Compression.NegotiatedCoding(context);
        if (coding != Compression.Identity)
        {
            representation += $"; {coding}";
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{dataVersion}\n{request.Path.Value}\n{query}\n{representation}"));
        return $"\"{dataVersion}-{Convert.ToHexStringLower(hash)[..16]}\"";
    }
}

/// <summary>
/// HEAD on every GET route (RFC 9110 §9.3.2): the request is routed and run as the GET, with the same status and
/// headers, and its body goes nowhere. Runs before routing, so a GET-only endpoint matches.
/// </summary>
internal static class HeadRequests
{
    private static readonly object Key = new();

    /// <summary>True when the client sent HEAD (which this middleware runs as a GET): a handler may then skip producing the body.</summary>
    public static bool IsHead(HttpContext context) => context.Items.ContainsKey(Key);

    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }
            var body = context.Response.Body;
            context.Items[Key] = true;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });
        return app;
    }
}
