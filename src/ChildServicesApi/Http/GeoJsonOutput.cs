using System.Reflection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace ChildServicesApi.Http;

/// <summary>Marks an endpoint whose JSON is GeoJSON (RFC 7946): served as <c>application/geo+json</c>.</summary>
internal sealed class GeoJsonCapable;

/// <summary>
/// A 200 answer written as <c>application/geo+json</c> with the API's JSON settings. Returning it marks the endpoint
/// <see cref="GeoJsonCapable"/> and declares the media type in the OpenAPI document; <c>WithCsv</c> can still turn its
/// value into CSV rows.
/// </summary>
internal sealed class GeoJson<TValue>(TValue value)
    : IResult, IValueHttpResult, IValueHttpResult<TValue>, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public TValue Value { get; } = value;

    object? IValueHttpResult.Value => Value;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    public string ContentType => GeoJsonOutput.MediaType;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        return httpContext.Response.WriteAsJsonAsync(Value, options, GeoJsonOutput.MediaType, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new GeoJsonCapable());
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TValue), [GeoJsonOutput.MediaType]));
    }
}

/// <summary>Builds <see cref="GeoJson{TValue}"/> answers.</summary>
internal static class GeoJsonOutput
{
    public const string MediaType = "application/geo+json";

    public static GeoJson<TValue> Ok<TValue>(TValue value) => new(value);
}
