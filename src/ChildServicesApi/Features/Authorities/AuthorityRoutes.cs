using ChildServicesApi.Data;

namespace ChildServicesApi.Features.Authorities;

/// <summary>
/// The geography an authority-scoped route's <c>{id}</c> names, resolved once per request by <see cref="AuthorityRoutes"/>'
/// filter before the handler runs; a handler takes it as a parameter and never resolves the id itself.
/// </summary>
internal sealed class RouteAuthority
{
    private Geography? geography;

    /// <summary>The authority (or, on routes that allow it, England, a region or a London sub-region) the id names.</summary>
    public Geography Geography => geography ?? throw new InvalidOperationException("The route has no authority filter: add ForAuthority or ForAuthorityOrArea to its group.");

    internal void Resolved(Geography found) => geography = found;
}

/// <summary>
/// One rule for every <c>/authorities/{id}/…</c> route: the id is a GSS code (current or former), a DfE code or a slug
/// (current or former); an id nothing has is a 404 problem naming <c>id</c> with close matches, and on routes for local
/// authorities only, an area's id is a 404 saying what it is (<see cref="AuthorityLookup.NotFound"/>).
/// </summary>
internal static class AuthorityRoutes
{
    public static IServiceCollection AddAuthorityRoutes(this IServiceCollection services) => services.AddScoped<RouteAuthority>();

    /// <summary>The route's <c>{id}</c> must name a local authority.</summary>
    public static TBuilder ForAuthority<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new Resolve(areas: false));

    /// <summary>The route's <c>{id}</c> may name a local authority, England, a region or a London sub-region.</summary>
    public static TBuilder ForAuthorityOrArea<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new Resolve(areas: true));

    private sealed class Resolve(bool areas) : IEndpointFilter
    {
        public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var services = context.HttpContext.RequestServices;
            var id = context.HttpContext.Request.RouteValues["id"] as string ?? "";
            var data = services.GetRequiredService<StoreSnapshot>();
            if ((areas ? AuthorityLookup.FindAuthorityOrArea(data, id) : AuthorityLookup.Find(data, id)) is not { } found)
            {
                return ValueTask.FromResult<object?>(AuthorityLookup.NotFound(data, id, "id"));
            }
            services.GetRequiredService<RouteAuthority>().Resolved(found);
            return next(context);
        }
    }
}
