using System.Security.Cryptography;
using System.Text;

namespace ChildServicesApi.Http;

/// <summary>
/// Strong ETags for the public API, derived from the data version and the normalised request (path plus sorted
/// query), never from the body: a request the client has seen under this data version is answered 304 before any
/// work is done. Successful responses also get <c>Cache-Control: public, max-age</c> (Http:CacheMaxAgeSeconds).
/// </summary>
internal static class HttpCaching
{
    public static WebApplication UseHttpCaching(this WebApplication app)
    {
        var cacheControl = $"public, max-age={app.Configuration.GetValue("Http:CacheMaxAgeSeconds", 3600)}";
        app.Use((context, next) =>
        {
            var request = context.Request;
            if ((!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) || !request.Path.StartsWithSegments("/api/v1"))
            {
                return next(context);
            }
            var etag = ETagFor(context.RequestServices.GetRequiredService<DataVersion>().Current, request);
            if (request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Select(v => v.Trim()).Any(v => v == etag || v == "*")))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = cacheControl;
                return Task.CompletedTask;
            }
            context.Response.Headers.Vary = "Accept";
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK)
                {
                    context.Response.Headers.ETag = etag;
                    context.Response.Headers.CacheControl = cacheControl;
                }
                else
                {
                    context.Response.Headers.CacheControl = "no-store";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>The same data version, path, query (in any order) and representation (JSON or CSV) always give the same tag.</summary>
    public static string ETagFor(string dataVersion, HttpRequest request)
    {
        var query = string.Join('&', request.Query
            .OrderBy(q => q.Key, StringComparer.OrdinalIgnoreCase)
            .SelectMany(q => q.Value.Select(v => $"{q.Key.ToLowerInvariant()}={v}")));
        var representation = CsvOutput.WantsCsv(request) ? "csv" : "json";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{dataVersion}\n{request.Path.Value}\n{query}\n{representation}"));
        return $"\"{dataVersion}-{Convert.ToHexStringLower(hash)[..16]}\"";
    }
}
