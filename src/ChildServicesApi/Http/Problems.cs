using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ChildServicesApi.Http;

/// <summary>Every error is RFC 9457 problem+json whose traceId is the request's X-Request-ID, never a stack trace.</summary>
internal static partial class Problems
{
    public static IServiceCollection AddProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestHandler>();
        // The default writer answers a client that accepts JSON; this one the rest, whatever the registration order.
        services.AddSingleton<IProblemDetailsWriter, WriterForAnyAccept>();
        return services;
    }

    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly MediaTypeHeaderValue ProblemJson = new("application/problem+json");

    /// <summary>
    /// Writes a problem for a client whose Accept header leaves out JSON (one asking for text/csv), which the default
    /// writer declines: without this one such a client got a problem without its traceId, or, where a value could not
    /// be bound, a 400 with an empty body.
    /// </summary>
    private sealed class WriterForAnyAccept(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context)
        {
            var accept = context.HttpContext.Request.GetTypedHeaders().Accept;
            return accept.Count > 0 && !accept.Any(a => Json.IsSubsetOf(a) || ProblemJson.IsSubsetOf(a));
        }

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            var problem = context.ProblemDetails;
            problem.Status ??= context.HttpContext.Response.StatusCode;
            problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
            options.Value.CustomizeProblemDetails?.Invoke(context);
            return new ValueTask(Serialize(context.HttpContext, problem, context.HttpContext.RequestAborted));
        }
    }

    public static WebApplication UseProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        var standard = new StatusCodePagesOptions().HandleAsync;
        app.UseStatusCodePages(new StatusCodePagesOptions
        {
            HandleAsync = context =>
            {
                AllowHead(context.HttpContext.Response);
                return standard(context);
            },
        });
        return app;
    }

    /// <summary>Routing's 405 lists a route's methods (GET); HEAD is answered for every GET route (<see cref="HeadRequests"/>), so it is allowed too.</summary>
    private static void AllowHead(HttpResponse response)
    {
        if (response.StatusCode != StatusCodes.Status405MethodNotAllowed)
        {
            return;
        }
        // Routing writes the methods as one joined value ("GET, POST").
        var methods = response.Headers.Allow.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (methods.Contains(HttpMethods.Get) && !methods.Contains(HttpMethods.Head))
        {
            response.Headers.Allow = string.Join(", ", methods.Append(HttpMethods.Head));
        }
    }

    /// <summary>
    /// Writes a problem from middleware, with the request's traceId, whatever the Accept header says: the problem
    /// writer service declines a client that does not accept JSON (a CSV client being rate limited, say).
    /// </summary>
    public static Task WriteAsync(HttpContext context, ProblemDetails problem, CancellationToken ct)
    {
        problem.Extensions["traceId"] = context.TraceIdentifier;
        return Serialize(context, problem, ct);
    }

    private static Task Serialize(HttpContext context, ProblemDetails problem, CancellationToken ct)
    {
        problem.Type ??= problem.Status is { } status && Types.TryGetValue(status, out var type) ? type : null;
        // The runtime type, so a validation problem keeps its errors.
        return context.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json", ct);
    }

    private static readonly Dictionary<int, string> Types = new()
    {
        [StatusCodes.Status400BadRequest] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        [StatusCodes.Status404NotFound] = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        [StatusCodes.Status405MethodNotAllowed] = "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        [StatusCodes.Status406NotAcceptable] = "https://tools.ietf.org/html/rfc9110#section-15.5.7",
        [StatusCodes.Status409Conflict] = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        [StatusCodes.Status410Gone] = "https://tools.ietf.org/html/rfc9110#section-15.5.11",
        [StatusCodes.Status412PreconditionFailed] = "https://tools.ietf.org/html/rfc9110#section-15.5.13",
        [StatusCodes.Status413PayloadTooLarge] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        [StatusCodes.Status416RangeNotSatisfiable] = "https://tools.ietf.org/html/rfc9110#section-15.5.17",
        [StatusCodes.Status429TooManyRequests] = "https://tools.ietf.org/html/rfc6585#section-4",
        [StatusCodes.Status500InternalServerError] = "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        [StatusCodes.Status503ServiceUnavailable] = "https://tools.ietf.org/html/rfc9110#section-15.6.4",
    };

    /// <summary>A 404 naming what was not found, with close matches where there are some.</summary>
    public static ProblemHttpResult NotFound(string parameter, string detail, IReadOnlyCollection<string>? suggestions = null)
    {
        var extensions = new Dictionary<string, object?> { ["parameter"] = parameter };
        if (suggestions is { Count: > 0 })
        {
            extensions["suggestions"] = suggestions;
        }
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found", extensions: extensions);
    }

    /// <summary>
    /// A value the client sent, as a problem's detail quotes it: whole up to <see cref="QueryLimits.MaxIdLength"/>
    /// characters, else its start and an ellipsis, so a detail stays within the 4096 characters the contract gives it.
    /// </summary>
    public static string Echo(string sent)
    {
        if (sent.Length <= QueryLimits.MaxIdLength)
        {
            return sent;
        }
        // Never cut between the two halves of a character outside the BMP (an emoji).
        var cut = char.IsHighSurrogate(sent[QueryLimits.MaxIdLength - 1]) ? QueryLimits.MaxIdLength - 1 : QueryLimits.MaxIdLength;
        return string.Concat(sent.AsSpan(0, cut), "…");
    }

    /// <summary>A 400 in the same shape as a validation failure, for one parameter.</summary>
    public static ValidationProblem BadParameter(string parameter, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] });

    /// <summary>A query value that cannot be bound to its type ("page=abc") becomes a 400 naming the parameter.</summary>
    private sealed partial class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException badRequest)
            {
                return false;
            }
            var match = BindingFailure().Match(badRequest.Message);
            var parameter = match.Success ? JsonName(match.Groups["name"].Value) : null;
            var problem = new ValidationProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = "One or more validation errors occurred.",
                Detail = match.Success ? $"'{match.Groups["value"].Value}' is not a valid value for {parameter}." : "The request could not be read.",
            };
            if (parameter is not null)
            {
                problem.Errors[parameter] = [$"'{match.Groups["value"].Value}' is not a valid {Describe(match.Groups["type"].Value)}."];
            }
            httpContext.Response.StatusCode = badRequest.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = null });
        }

        private static string Describe(string type) => type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('?', '>') switch
        {
            "int" or "Int32" => "whole number",
            "double" or "Double" => "number",
            "DateOnly" => "date (YYYY-MM-DD)",
            _ => "value",
        };

        [GeneratedRegex("""Failed to bind parameter "(?<type>[\w?.\[\]<>]+) (?<name>\w+)" from "(?<value>.*)"\.""")]
        private static partial Regex BindingFailure();
    }

    public static string JsonName(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
