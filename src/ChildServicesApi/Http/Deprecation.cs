using System.Globalization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace ChildServicesApi.Http;

/// <summary>
/// Marks deprecated versions and operations with <c>Deprecation</c> (RFC 9745), <c>Sunset</c> (RFC 8594) and a
/// <c>Link</c> to the policy. Deprecating is configuration only; the policy is in the README.
/// </summary>
internal static class Deprecation
{
    public static WebApplication UseDeprecationHeaders(this WebApplication app)
    {
        var notices = app.Services.GetRequiredService<IOptions<DeprecationOptions>>().Value.Notices;
        if (notices.Count == 0)
        {
            return app;
        }
        app.Use((context, next) =>
        {
            var operation = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            var version = context.Request.Path.StartsWithSegments("/api/v1") ? ApiVersions.V1.ToString() : null;
            var notice = notices.FirstOrDefault(n => (n.Operation is not null && n.Operation == operation) || (n.Operation is null && n.Version is not null && n.Version == version));
            if (notice is not null)
            {
                // As the response starts, so a body from the response cache carries today's notice.
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers["Deprecation"] = $"@{notice.Deprecated.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
                    if (notice.Sunset is { } sunset)
                    {
                        headers["Sunset"] = sunset.UtcDateTime.ToString("R", CultureInfo.InvariantCulture);
                    }
                    if (notice.Link is { } link)
                    {
                        headers.Link = $"<{link}>; rel=\"deprecation\"; type=\"text/html\"";
                    }
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
        return app;
    }
}
