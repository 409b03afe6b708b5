using System.Collections.Concurrent;
using System.Reflection;

namespace ChildServicesApi.Http;

/// <summary>
/// Rejects a query parameter that takes one value but is given more than once ("year=2020&amp;year=2021"), naming it.
/// Bound as one comma-joined value it would otherwise fail as a strange value ("'2020,2021' is not a valid whole
/// number") or as an id nothing has ("No region has the id 'london,london'"). Parameters that take a list
/// (<c>authority</c>) are repeated by design.
/// </summary>
internal static class RepeatedParameters
{
    /// <summary>Runs just before the endpoint, so an answer from the response cache never pays for it.</summary>
    public static IApplicationBuilder UseRepeatedParameterProblems(this IApplicationBuilder app)
    {
        var singleValued = new ConcurrentDictionary<Endpoint, HashSet<string>?>();
        return app.Use((context, next) =>
        {
            if (context.Request.Query.Count == 0 || context.GetEndpoint() is not { } endpoint
                || singleValued.GetOrAdd(endpoint, SingleValued) is not { } single)
            {
                return next(context);
            }
            // Named as the contract spells them (the query's keys ignore case), up to the same few as unknown parameters.
            List<(string Name, int Count)>? repeated = null;
            foreach (var (key, values) in context.Request.Query)
            {
                if (values.Count > 1 && single.TryGetValue(key, out var name))
                {
                    (repeated ??= []).Add((name, values.Count));
                }
            }
            if (repeated is null)
            {
                return next(context);
            }
            var named = repeated.Take(UnknownParameters.MaxReported).ToList();
            var more = repeated.Count > named.Count ? $" and {repeated.Count - named.Count} more" : "";
            return TypedResults.ValidationProblem(
                    named.ToDictionary(q => q.Name, q => new[] { $"'{q.Name}' is given {q.Count} times; it takes one value." }),
                    detail: $"Query parameter{(repeated.Count > 1 ? "s" : "")} given more than once: {string.Join(", ", named.Select(q => q.Name))}{more}. Each takes one value.")
                .ExecuteAsync(context);
        });
    }

    /// <summary>
    /// The query parameters of a versioned API operation that take one value (all but arrays), with the pin every
    /// operation takes and the format a CSV-capable one does; null for anything else (the explorer's pages, health).
    /// </summary>
    private static HashSet<string>? SingleValued(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<Asp.Versioning.ApiVersionMetadata>() is null || endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method)
        {
            return null;
        }
        return UnknownParameters.Accepted(method, offersCsv: endpoint.Metadata.GetMetadata<CsvCapable>() is not null)
            .Where(p => !p.Type.IsArray).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
