using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace ChildServicesApi.Http;

/// <summary>
/// Every request's database work is bounded (Limits:QueryTimeoutMilliseconds, default 5000): the request's cancellation
/// token fires at the limit, the query is interrupted inside SQLite (<see cref="Data.SqliteInterrupts"/>), and the client
/// gets a 503 problem with Retry-After rather than a hung connection.
/// The limit covers the handler only: once it has its answer, <see cref="Factory"/> hands back the client's own token,
/// so a limit reached while the body is being written cannot cut a 200 short.
/// </summary>
internal static class QueryTimeouts
{
    /// <summary>Endpoint metadata: this endpoint is not under the query time limit (it has its own, e.g. admin uploads).</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
    internal sealed class ExemptAttribute : Attribute;

    private const string TimedOutKey = "query-timed-out";
    internal const string ClientAbortedKey = "client-aborted";

    public static IServiceCollection AddQueryTimeouts(this IServiceCollection services)
    {
        services.AddExceptionHandler<TimeoutHandler>();
        return services;
    }

    public static WebApplication UseQueryTimeouts(this WebApplication app)
    {
        var limit = app.Services.GetRequiredService<IOptions<QueryTimeoutOptions>>().Value.QueryTimeout;
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<ExemptAttribute>() is not null)
            {
                await next(context);
                return;
            }
            using var timeout = new CancellationTokenSource(limit);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, timeout.Token);
            var clientAborted = context.RequestAborted;
            context.Items[ClientAbortedKey] = clientAborted;
            context.RequestAborted = linked.Token;
            try
            {
                await next(context);
            }
            catch (Exception stopped) when ((stopped is OperationCanceledException || Data.SqliteInterrupts.IsInterruption(stopped))
                && timeout.IsCancellationRequested && !clientAborted.IsCancellationRequested)
            {
                context.Items[TimedOutKey] = limit;
                throw;
            }
            finally
            {
                context.RequestAborted = clientAborted;
            }
        });
        return app;
    }

    /// <summary>After the handler returns (or throws), the result is written under the client's token, not the time limit's.</summary>
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next) => async invocation =>
    {
        try
        {
            return await next(invocation);
        }
        finally
        {
            if (invocation.HttpContext.Items[ClientAbortedKey] is CancellationToken client)
            {
                invocation.HttpContext.RequestAborted = client;
            }
        }
    };

    private sealed class TimeoutHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not OperationCanceledException && !Data.SqliteInterrupts.IsInterruption(exception) || context.Items[TimedOutKey] is not TimeSpan limit)
            {
                return false;
            }
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "Query time limit exceeded",
                    Detail = $"The request's database work took longer than {limit.TotalSeconds:0.###} s and was stopped. Narrow the filters or use a smaller pageSize.",
                },
            });
        }
    }
}
