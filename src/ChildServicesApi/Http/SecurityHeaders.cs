namespace ChildServicesApi.Http;

/// <summary>Headers every response carries, and strict content security policies for the docs and explorer pages.</summary>
internal static class SecurityHeaders
{
    /// <summary>Swagger UI needs its own scripts and styles and inline styles; nothing else, and no framing.</summary>
    public const string DocsPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The explorer: its own script and stylesheet and nothing inline; images from itself, data: and blob: (the PNG
    /// download draws the SVG through a blob); requests to this API only.
    /// </summary>
    private const string ExplorerSources =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'";

    /// <summary>/explore: not to be framed.</summary>
    public const string ExplorerPolicy = ExplorerSources + "; frame-ancestors 'none'";

    /// <summary>/explore/embed: made to be framed, by any site.</summary>
    public const string EmbedPolicy = ExplorerSources + "; frame-ancestors *";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // Written as the response starts, so an error answer the exception handler rewrites (it clears the headers
            // set so far) carries them too.
            context.Response.OnStarting(static state =>
            {
                Apply((HttpContext)state);
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
        return app;
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var path = context.Request.Path;
        var embed = path.StartsWithSegments(Explorer.EmbedPath, StringComparison.OrdinalIgnoreCase);
        headers.XContentTypeOptions = "nosniff";
        if (!embed)
        {
            headers.XFrameOptions = "DENY";
        }
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        headers.ContentSecurityPolicy = embed ? EmbedPolicy
            : path.StartsWithSegments(Explorer.PagePath, StringComparison.OrdinalIgnoreCase) ? ExplorerPolicy
            : path.StartsWithSegments("/docs") ? DocsPolicy
            : "default-src 'none'; frame-ancestors 'none'";
    }
}
