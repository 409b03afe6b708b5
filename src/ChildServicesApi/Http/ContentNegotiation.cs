using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ChildServicesApi.Http;

/// <summary>The representations a v1 operation can answer with.</summary>
internal enum Representation
{
    /// <summary>Nothing the client accepts can be served (406).</summary>
    None,
    Json,
    Csv,
    /// <summary>GeoJSON (<c>application/geo+json</c>), the JSON of a map operation.</summary>
    GeoJson,
}

/// <summary>
/// Proactive negotiation (RFC 9110 §12.5.1) for the v1 API: <c>format=csv|json</c> decides when given; otherwise the
/// Accept header does, q-values honoured, the most specific matching range giving each type its weight. JSON is the
/// default and wins ties; CSV is on offer only where the operation has a CSV form. A map operation's JSON is GeoJSON,
/// served as <c>application/geo+json</c> to a client that accepts it or <c>application/json</c>. An Accept that rules out everything
/// offered is a 406 problem. The negotiated representation (never the raw header) keys the ETag, the response cache
/// and the rate-limit policy.
/// </summary>
internal static class ContentNegotiation
{
    private const string JsonMediaType = "application/json";
    private static readonly object Key = new();

    /// <summary>The representation this request gets, computed once per request.</summary>
    public static Representation For(HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out var known) && known is Representation representation)
        {
            return representation;
        }
        var metadata = context.GetEndpoint()?.Metadata;
        var csvOffered = metadata?.GetMetadata<CsvCapable>() is not null;
        var geoJson = metadata?.GetMetadata<GeoJsonCapable>() is not null;
        representation = Negotiate(context.Request.Query[CsvOutput.FormatParameter], context.Request.Headers.Accept, csvOffered, geoJson);
        context.Items[Key] = representation;
        return representation;
    }

    public static bool WantsCsv(HttpContext context) => For(context) == Representation.Csv;

    /// <summary>
    /// The pure rule, for unit tests: the format parameter, else the Accept header's best q-value. On a GeoJSON operation
    /// the JSON representation is GeoJSON, weighted by the better of <c>application/geo+json</c> and <c>application/json</c>.
    /// </summary>
    public static Representation Negotiate(StringValues format, StringValues accept, bool csvOffered, bool geoJson = false)
    {
        var jsonRepresentation = geoJson ? Representation.GeoJson : Representation.Json;
        if (format.Count == 1)
        {
            // A format other than json or csv is the WithCsv filter's (or UnknownParameters') 400, not ours.
            return csvOffered && format[0] == "csv" ? Representation.Csv : jsonRepresentation;
        }
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return jsonRepresentation;
        }
        var json = geoJson ? Math.Max(Quality(ranges, GeoJsonOutput.MediaType), Quality(ranges, JsonMediaType)) : Quality(ranges, JsonMediaType);
        var csv = csvOffered ? Quality(ranges, CsvOutput.MediaType) : 0;
        if (json <= 0 && csv <= 0)
        {
            return Representation.None;
        }
        return csv > json ? Representation.Csv : jsonRepresentation;
    }

    /// <summary>
    /// The weight the client gives a media type: the q of the most specific range that matches its type and subtype
    /// (0 when none does). Parameters other than q (a charset, say) do not narrow the match.
    /// </summary>
    private static double Quality(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var (type, subtype) = (mediaType[..slash], mediaType[(slash + 1)..]);
        var best = ranges
            .Where(r => r.Type.Equals("*", StringComparison.Ordinal)
                || (r.Type.Equals(type, StringComparison.OrdinalIgnoreCase) && (r.SubType.Equals("*", StringComparison.Ordinal) || r.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase))))
            .OrderByDescending(r => r.MatchesAllTypes ? 0 : r.MatchesAllSubTypes ? 1 : 2)
            .FirstOrDefault();
        return best is null ? 0 : best.Quality ?? 1;
    }

    /// <summary>Answers 406 on a v1 operation when nothing in Accept can be served.</summary>
    public static WebApplication UseContentNegotiation(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/v1") && context.GetEndpoint() is not null && !FileDownload.Serves(context) && For(context) == Representation.None)
            {
                var csv = context.GetEndpoint()!.Metadata.GetMetadata<CsvCapable>() is not null;
                var json = context.GetEndpoint()!.Metadata.GetMetadata<GeoJsonCapable>() is not null ? $"{GeoJsonOutput.MediaType} (also to {JsonMediaType})" : JsonMediaType;
                context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
                await Problems.WriteAsync(context, new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status406NotAcceptable,
                    Title = "Not acceptable",
                    Detail = $"This operation answers {json}{(csv ? $" or {CsvOutput.MediaType}" : "")}; {(csv ? "the Accept header allows neither" : "the Accept header does not allow it")}.",
                    Extensions = { ["parameter"] = "Accept" },
                }, context.RequestAborted);
                return;
            }
            await next(context);
        });
        return app;
    }
}
