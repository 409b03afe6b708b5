namespace ChildServicesApi.Http;

/// <summary>Headers every response carries, and a strict content security policy for the docs page.</summary>
internal static class SecurityHeaders
{
    /// <summary>Swagger UI needs its own scripts and styles and inline styles; nothing else, and no framing.</summary>
    public const string DocsPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Resource-Policy"] = "cross-origin";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/docs")
                ? DocsPolicy
                : "default-src 'none'; frame-ancestors 'none'";
            return next(context);
        });
        return app;
    }
}
