using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace ChildServicesApi.Http;

/// <summary>
/// 303 See Other: the request is answered by another operation, at <see cref="Location"/>, with no body. Its endpoint
/// metadata declares the 303, so the operation's document states it (with the Location header, by <see cref="SeeOtherOperationFilter"/>).
/// </summary>
internal sealed class SeeOther(string location) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public string Location { get; } = location;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status303SeeOther;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = Location;
        return Task.CompletedTask;
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status303SeeOther, typeof(void)));
}
