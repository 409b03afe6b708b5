namespace ChildServicesApi.Http;

/// <summary>
/// <c>dataVersion=...</c> on any v1 request pins it to one build of the data. The current version answers as usual;
/// any other is a 410 problem naming the current version: this service keeps one version, and a quoted figure must
/// never silently change under its link.
/// </summary>
internal static class DataVersionPins
{
    public const string Parameter = "dataVersion";

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next) => invocation =>
    {
        var pinned = invocation.HttpContext.Request.Query[Parameter];
        if (pinned.Count == 0)
        {
            return next(invocation);
        }
        var current = invocation.HttpContext.RequestServices.GetRequiredService<DataVersion>().Current;
        if (pinned.Count == 1 && string.Equals(pinned[0], current, StringComparison.Ordinal))
        {
            return next(invocation);
        }
        var asked = pinned.Count == 1 ? $"'{pinned[0]}'" : "more than one version";
        return ValueTask.FromResult<object?>(TypedResults.Problem(
            $"This link pins data version {asked}, but the service now holds version '{current}'. The figure may have been revised; " +
            $"drop '{Parameter}' (or use {Parameter}={current}) for the current figure, and see /api/v1/meta for the sources.",
            statusCode: StatusCodes.Status410Gone, title: "Data version no longer served",
            extensions: new Dictionary<string, object?> { ["parameter"] = Parameter, ["currentDataVersion"] = current }));
    };
}
