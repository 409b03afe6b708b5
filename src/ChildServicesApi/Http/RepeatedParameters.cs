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
        var singleValued = new ConcurrentDictionary<Endpoint, HashSet<string>>();
        return app.Use((context, next) =>
        {
            if (context.Request.Query.Count == 0 || context.GetEndpoint() is not { } endpoint || endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method)
            {
                return next(context);
            }
            var single = singleValued.GetOrAdd(endpoint, _ => SingleValued(method));
            var repeated = context.Request.Query.Where(q => q.Value.Count > 1 && single.Contains(q.Key)).Take(UnknownParameters.MaxReported).ToList();
            if (repeated.Count == 0)
            {
                return next(context);
            }
            var names = repeated.Select(q => Problems.Echo(q.Key)).ToList();
            return TypedResults.ValidationProblem(
                    repeated.ToDictionary(q => Problems.Echo(q.Key), q => new[] { $"'{Problems.Echo(q.Key)}' is given {q.Value.Count} times; it takes one value." }),
                    detail: $"Query parameter{(names.Count > 1 ? "s" : "")} given more than once: {string.Join(", ", names)}. Each takes one value.")
                .ExecuteAsync(context);
        });
    }

    /// <summary>The endpoint's query parameters that take one value (all but arrays), with the pin and the format every endpoint may take.</summary>
    private static HashSet<string> SingleValued(MethodInfo method) =>
        UnknownParameters.QueryParameters(method).Where(p => !p.Type.IsArray).Select(p => p.Name)
            .Append(DataVersionPins.Parameter).Append(CsvOutput.FormatParameter)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
