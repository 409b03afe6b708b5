using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace ChildServicesApi.Http;

/// <summary>
/// Rejects query parameters an endpoint does not take, naming them: a misspelt filter ("regoin=london") must not
/// silently return everything.
/// </summary>
internal static class UnknownParameters
{
    /// <summary>At most this many unknown parameters are named in the problem.</summary>
    public const int MaxReported = 10;

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var known = Accepted(context.MethodInfo, offersCsv: false).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var withFormat = Accepted(context.MethodInfo, offersCsv: true).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return invocation =>
        {
            var accepted = invocation.HttpContext.GetEndpoint()?.Metadata.GetMetadata<CsvCapable>() is null ? known : withFormat;
            var unknown = invocation.HttpContext.Request.Query.Keys.Where(k => !accepted.Contains(k)).ToList();
            if (unknown.Count == 0)
            {
                return next(invocation);
            }
            var names = accepted.Count == 0 ? "This operation takes no query parameters." : $"Accepted: {string.Join(", ", accepted.Order(StringComparer.Ordinal))}.";
            // Named one by one up to a small number, so a request with hundreds of made-up parameters gets a small answer.
            var named = unknown.Take(MaxReported).Select(Problems.Echo).Distinct().ToList();
            var more = unknown.Count > named.Count ? $" and {unknown.Count - named.Count} more" : "";
            return ValueTask.FromResult<object?>(TypedResults.ValidationProblem(
                named.ToDictionary(k => k, k => new[] { $"Unknown query parameter '{k}'. {names}" }),
                detail: $"Unknown query parameter{(unknown.Count > 1 ? "s" : "")}: {string.Join(", ", named)}{more}."));
        };
    }

    /// <summary>
    /// The query parameters an operation accepts, with their types: those its handler binds, the data version pin every
    /// operation takes, and the format where it offers CSV.
    /// </summary>
    public static IEnumerable<(string Name, Type Type)> Accepted(MethodInfo method, bool offersCsv)
    {
        var accepted = QueryParameters(method).Append((DataVersionPins.Parameter, typeof(string)));
        return offersCsv ? accepted.Append((CsvOutput.FormatParameter, typeof(string))) : accepted;
    }

    /// <summary>The query parameters a handler binds, with their types: its own simple parameters and the properties of its [AsParameters] records.</summary>
    private static IEnumerable<(string Name, Type Type)> QueryParameters(MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in parameter.ParameterType.GetProperties())
                {
                    if (property.GetCustomAttribute<FromRouteAttribute>() is null && property.GetCustomAttribute<FromServicesAttribute>() is null)
                    {
                        yield return (property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? Problems.JsonName(property.Name), property.PropertyType);
                    }
                }
            }
            else if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } query)
            {
                yield return (query.Name ?? parameter.Name!, parameter.ParameterType);
            }
        }
    }
}
