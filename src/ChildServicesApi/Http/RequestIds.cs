using System.Text.RegularExpressions;

namespace ChildServicesApi.Http;

/// <summary>
/// Every response carries <c>X-Request-ID</c>: the caller's own, when it is a short token, or a new one. The same id is
/// the <c>traceId</c> of any problem body, so a user can quote one string and we can find the request. Computed per
/// request even when the body comes from the response cache.
/// </summary>
internal static partial class RequestIds
{
    public const string Header = "X-Request-ID";

    public static WebApplication UseRequestIds(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var incoming = context.Request.Headers[Header].ToString();
            var id = SafeId().IsMatch(incoming) ? incoming : Guid.NewGuid().ToString("N");
            context.TraceIdentifier = id;
            context.Response.Headers[Header] = id;
            // Set again as the response starts: a body served from the response cache comes with the headers stored
            // from the first caller, and this request's id must win.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = id;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex SafeId();
}
