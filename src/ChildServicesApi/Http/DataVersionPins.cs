using System.Text.RegularExpressions;

namespace ChildServicesApi.Http;

/// <summary>
/// <c>dataVersion=...</c> on any v1 request pins it to one build of the data. The current version answers as usual;
/// any other is a 410 problem naming the current version: this service keeps one version, and a quoted figure must
/// never silently change under its link.
/// </summary>
internal static partial class DataVersionPins
{
    public const string Parameter = "dataVersion";

    /// <summary>A data version as /api/v1/meta gives it: the store's schema number, a dot and 16 hex digits.</summary>
    public const string Pattern = "^[0-9]{1,9}\\.[0-9a-f]{16}$";

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next) => invocation =>
    {
        var pinned = invocation.HttpContext.Request.Query[Parameter];
        if (pinned.Count == 0)
        {
            return next(invocation);
        }
        var current = invocation.HttpContext.RequestServices.GetRequiredService<DataVersion>().Current;
        if (pinned.Count > 1 || !WellFormed().IsMatch(pinned[0] ?? ""))
        {
            return ValueTask.FromResult<object?>(Problems.BadParameter(Parameter, $"'{Parameter}' must be one data version as /api/v1/meta gives it, e.g. '{current}'."));
        }
        if (string.Equals(pinned[0], current, StringComparison.Ordinal))
        {
            return next(invocation);
        }
        return ValueTask.FromResult<object?>(TypedResults.Problem(
            $"This link pins data version '{pinned[0]}', but the service now holds version '{current}'. The figure may have been revised; " +
            $"drop '{Parameter}' (or use {Parameter}={current}) for the current figure, and see /api/v1/meta for the sources.",
            statusCode: StatusCodes.Status410Gone, title: "Data version no longer served",
            extensions: new Dictionary<string, object?> { ["parameter"] = Parameter, ["currentDataVersion"] = current }));
    };

    [GeneratedRegex(Pattern)]
    private static partial Regex WellFormed();
}
