using System.Text.RegularExpressions;
using Asp.Versioning;

namespace ChildServicesApi.Http;

/// <summary>The API's versions: in the URL (<c>/api/v1/...</c>) and reported in <c>api-supported-versions</c>.</summary>
internal static partial class ApiVersions
{
    public static readonly ApiVersion V1 = new(1, 0);
    public const string SupportedVersionsHeader = "api-supported-versions";

    public static IServiceCollection AddApiVersions(this IServiceCollection services)
    {
        services.AddApiVersioning(options =>
            {
                options.DefaultApiVersion = V1;
                options.ReportApiVersions = true;
                options.ApiVersionReader = new UrlSegmentApiVersionReader();
            })
            .AddApiExplorer(options =>
            {
                options.GroupNameFormat = "'v'V";
                options.SubstituteApiVersionInUrl = true;
            });
        return services;
    }

    /// <summary>A versioned group under <c>/api/v{version}/{path}</c>, with validation and parameter checks applied once.</summary>
    public static RouteGroupBuilder MapVersionedGroup(this IEndpointRouteBuilder app, string name, string path, string? tag = null) =>
        app.NewVersionedApi(name)
            .MapGroup($"/api/v{{version:apiVersion}}/{path}")
            .HasApiVersion(V1)
            .WithTags(tag ?? name)
            .AddEndpointFilterFactory(QueryTimeouts.Factory)
            .AddEndpointFilterFactory(QueryValidation.Factory)
            .AddEndpointFilterFactory(UnknownParameters.Factory)
            .AddEndpointFilterFactory(DataVersionPins.Factory)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status410Gone)
            .CacheData();

    /// <summary>
    /// <c>api-supported-versions</c> on every v1 response, set as the response starts so that a body from the response
    /// cache carries it too.
    /// </summary>
    public static WebApplication UseSupportedVersionsHeader(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/v1"))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[SupportedVersionsHeader] = V1.ToString();
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// <c>/api/v2/...</c> names a version this service does not have: a 400 problem that says which versions exist,
    /// rather than the bare 404 that URL-segment routing would give. Another spelling of version 1 (<c>/api/v1.0/...</c>,
    /// <c>/api/v01/...</c>), which the version routing would also match, is redirected (308) to <c>/api/v1/...</c>: the
    /// caching, negotiation and deprecation rules key on that one spelling, and each answer has one URL.
    /// </summary>
    public static WebApplication UseUnsupportedVersionProblems(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var match = VersionSegment().Match(context.Request.Path.Value ?? "");
            var supported = match.Success && ApiVersionParser.Default.TryParse(match.Groups["version"].Value, out var version) && version == V1;
            if (supported && match.Groups["version"].Value != "1")
            {
                context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
                context.Response.Headers.Location = CanonicalLocation(context);
                return;
            }
            if (match.Success && !supported)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.Headers[SupportedVersionsHeader] = V1.ToString();
                await Problems.WriteAsync(context, new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "Unsupported API version",
                    Detail = $"API version '{match.Groups["version"].Value}' is not supported. Supported versions: {V1}. Use /api/v1/...",
                    Extensions = { ["parameter"] = "version", ["supportedVersions"] = new[] { V1.ToString() } },
                }, context.RequestAborted);
                return;
            }
            await next(context);
        });
        return app;
    }

    /// <summary>
    /// The request's target with its version segment spelt "v1", the rest exactly as the client sent it: decoding and
    /// escaping it again would turn "%2562" into "%62" (another resource) or "%252F" into a slash. Where the server
    /// gives no such target (a test host), or the version segment is itself escaped, the decoded path is escaped again
    /// segment by segment.
    /// </summary>
    private static string CanonicalLocation(HttpContext context)
    {
        var request = context.Request;
        var prefix = request.PathBase.ToUriComponent();
        var target = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? "";
        if (!target.StartsWith(prefix + "/", StringComparison.Ordinal) || !VersionSegment().IsMatch(target[prefix.Length..]))
        {
            target = prefix + string.Join('/', (request.Path.Value ?? "").Split('/').Select(Uri.EscapeDataString)) + request.QueryString;
        }
        var query = target.IndexOf('?', StringComparison.Ordinal);
        var (path, rest) = query < 0 ? (target, "") : (target[..query], target[query..]);
        var version = VersionSegment().Match(path[prefix.Length..]);
        return $"{prefix}/api/v1{(version.Value.EndsWith('/') ? "/" : "")}{path[(prefix.Length + version.Length)..]}{rest}";
    }

    [GeneratedRegex("^/api/v(?<version>[^/]*)(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex VersionSegment();
}
