using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ChildServicesApi.Http;

/// <summary>
/// A query parameter's contract from the attributes on its query record's property (<see cref="ExampleAttribute"/>,
/// <see cref="KebabEnumAttribute"/>, <see cref="OneOfAttribute"/>, <see cref="SortableAttribute"/>,
/// <c>[AllowedValues]</c>, <c>[Range]</c>, <c>[MaxLength]</c>, <c>[Required]</c>), so the contract sits beside the code that enforces it.
/// </summary>
internal sealed class ParameterContractFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        var member = (ICustomAttributeProvider?)context.PropertyInfo ?? context.ParameterInfo;
        if (parameter is not OpenApiParameter concrete || member is null)
        {
            return;
        }
        T? Attribute<T>() where T : Attribute => member.GetCustomAttributes(typeof(T), inherit: true).OfType<T>()
            .Concat(InterfaceMembers(context).SelectMany(m => m.GetCustomAttributes<T>())).FirstOrDefault();
        if (Attribute<ExampleAttribute>() is { } example)
        {
            var value = JsonValue.Create(example.Value);
            concrete.Example = concrete.Schema?.Type?.HasFlag(JsonSchemaType.Array) == true ? new JsonArray(value) : value;
        }
        if (Attribute<RangeAttribute>() is { } range && concrete.Schema is OpenApiSchema ranged)
        {
            ranged.Minimum = Convert.ToString(range.Minimum, CultureInfo.InvariantCulture);
            ranged.Maximum = Convert.ToString(range.Maximum, CultureInfo.InvariantCulture);
        }
        if (Attribute<RequiredAttribute>() is not null)
        {
            concrete.Required = true;
        }
        var schema = concrete.Schema as OpenApiSchema;
        if (Attribute<KebabEnumAttribute>() is { } kebab)
        {
            concrete.Schema = context.SchemaGenerator.GenerateSchema(kebab.EnumType, context.SchemaRepository);
        }
        else if (schema is not null && (Attribute<OneOfAttribute>()?.Values ?? Attribute<SortableAttribute>()?.Values) is { } values)
        {
            schema.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
            schema.MaxLength = null;
        }
        else if (schema is not null && Attribute<AllowedValuesAttribute>() is { } allowed)
        {
            schema.Enum = allowed.Values.Select(v => JsonValue.Create(Convert.ToInt32(v, CultureInfo.InvariantCulture)) as JsonNode).ToList();
            schema.Minimum = null;
            schema.Maximum = null;
        }
        if (concrete.Schema is OpenApiSchema { Items: OpenApiSchema items } array && Attribute<MaxLengthAttribute>() is { } maxItems)
        {
            array.MaxItems = maxItems.Length;
            array.MaxLength = null;
            items.MaxLength = QueryLimits.MaxIdLength;
        }
    }

    /// <summary>The interface properties a query record's property implements (paging's page and pageSize are stated once, on <see cref="IPagedQuery"/>).</summary>
    private static IEnumerable<PropertyInfo> InterfaceMembers(ParameterFilterContext context)
    {
        var name = context.PropertyInfo?.Name ?? context.ParameterInfo?.Name;
        var declaring = context.PropertyInfo?.DeclaringType ?? (context.ParameterInfo?.Member as PropertyInfo)?.DeclaringType ?? context.ParameterInfo?.Member.DeclaringType;
        return declaring?.GetInterfaces().Select(i => i.GetProperty(name ?? "", BindingFlags.Public | BindingFlags.Instance)).OfType<PropertyInfo>() ?? [];
    }
}

/// <summary>
/// What every v1 operation shares, stated once: camelCase parameter names, the two resource ids in paths, the shared
/// <c>format</c> and <c>dataVersion</c> parameters, and the responses any request can get (304, 400, 406, 410, 429,
/// 500, 503) with the one problem schema and the per-response headers.
/// </summary>
internal sealed class SharedContractOperationFilter : IOperationFilter
{
    /// <summary>The API's resource ids, the same in every path that has them.</summary>
    private static readonly Dictionary<string, (string Description, string Example)> PathIds = new(StringComparer.Ordinal)
    {
        ["id"] = ("The authority: GSS code (E09000003), DfE code (302) or slug (barnet).", "barnet"),
        ["indicatorId"] = ("The indicator's id, e.g. children-in-need (see /api/v1/indicators).", "children-in-need"),
        ["measureId"] = ("The other measure's id, e.g. looked-after-sdq-score (see /api/v1/other-measures).", "looked-after-sdq-score"),
        ["outcomeId"] = ("The school outcome's id, e.g. looked-after-ks2-expected-standard-reading-writing-maths (see /api/v1/school-outcomes).", "looked-after-ks2-expected-standard-reading-writing-maths"),
    };

    private const string Cors = "Access-Control-Allow-Origin";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        // Public: no credentials of any kind (the admin endpoint is not part of this document).
        operation.Security = [];
        operation.Parameters ??= [];
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            parameter.Name = Problems.JsonName(parameter.Name!);
            if (parameter.In == ParameterLocation.Path && PathIds.TryGetValue(parameter.Name, out var id) && parameter.Schema is OpenApiSchema schema)
            {
                parameter.Description ??= id.Description;
                parameter.Example = JsonValue.Create(id.Example);
                schema.MaxLength = QueryLimits.MaxIdLength;
            }
            else if (parameter.Schema is OpenApiSchema { Type: JsonSchemaType.String, Enum: null or { Count: 0 }, Format: null } text)
            {
                text.MaxLength ??= QueryLimits.MaxIdLength;
            }
            if (parameter.Schema is OpenApiSchema bounded)
            {
                LimitsSchemaFilter.Bound(bounded);
            }
        }
        var csv = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvCapable>().Any();
        if (csv)
        {
            operation.Parameters.Add(new OpenApiParameterReference(CsvOutput.FormatParameter, context.Document));
        }
        operation.Parameters.Add(new OpenApiParameterReference(DataVersionPins.Parameter, context.Document));

        var problem = new OpenApiSchemaReference(OpenApiContract.ProblemSchema, context.Document);
        operation.Responses ??= [];
        foreach (var (_, response) in operation.Responses)
        {
            if (response is OpenApiResponse { Content: { } content } && content.TryGetValue("application/problem+json", out var media))
            {
                media.Schema = problem;
            }
        }
        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
        {
            okResponse.Content ??= new Dictionary<string, OpenApiMediaType>();
            if (csv)
            {
                okResponse.Content[CsvOutput.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100_000_000 } };
            }
            okResponse.Headers = Headers(context, "ETag", "Cache-Control", "Vary", RequestIds.Header, RateLimits.LimitHeader, Cors);
            if (csv)
            {
                okResponse.Headers[ResponseWarnings.Header] = new OpenApiHeaderReference(ResponseWarnings.Header, context.Document);
            }
            if (context.ApiDescription.SupportedResponseTypes.Any(r => r.Type?.GetProperty(nameof(Paged<>.Paging))?.PropertyType == typeof(Paging)))
            {
                okResponse.Headers["Link"] = new OpenApiHeaderReference("Link", context.Document);
            }
        }
        var file = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<FileDownload>().FirstOrDefault();
        if (file is not null)
        {
            Files(operation, context, file);
        }
        else
        {
            operation.Responses["304"] = new OpenApiResponse
            {
                Description = "Not modified: the If-None-Match tag matches (weak comparison) this request under the current data version. No body.",
                Headers = Headers(context, "ETag", "Cache-Control", "Vary", RequestIds.Header, RateLimits.LimitHeader, Cors),
            };
        }
        if (operation.Responses.ContainsKey("404"))
        {
            Problem(operation, context, problem, "404", file is null
                ? "An authority, indicator, school outcome, other measure or region named in the path or a filter does not exist; the problem names the parameter and suggests close matches."
                : "No file of that name is published for the data version served; the problem names the parameter and lists the names there are.");
        }
        Problem(operation, context, problem, "400", "A parameter is malformed, out of range, unknown or clashes with another; the problem names it.");
        if (file is null)
        {
            var json = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<GeoJsonCapable>().Any()
                ? $"{GeoJsonOutput.MediaType} (to Accept: application/json too)"
                : "application/json";
            Problem(operation, context, problem, "406", $"Nothing in the Accept header can be served: this operation answers {json}" + (csv ? " or text/csv." : "."));
        }
        else
        {
            Problem(operation, context, problem, "412", "An If-Match or If-Unmodified-Since condition is false: the file is not the one asked for.");
            Problem(operation, context, problem, "416", "The Range asked for lies wholly beyond the end of the file; Content-Range gives its length.", "Content-Range");
        }
        Problem(operation, context, problem, "410", "The dataVersion asked for is well formed but no longer served; the problem names the current version.");
        Problem(operation, context, problem, "429", "Too many requests from this client; retry after the Retry-After seconds.", "Retry-After");
        Problem(operation, context, problem, "500", "An unexpected failure, answered as a problem without internals.");
        Problem(operation, context, problem, "503", "The request's database work exceeded the query time limit; retry later.");
    }

    /// <summary>
    /// A file download's answers: the binary body in each of its media types on 200 and 206 (a range), with the file's own
    /// validators, and a 304 when its ETag or date matches.
    /// </summary>
    private static void Files(OpenApiOperation operation, OperationFilterContext context, FileDownload file)
    {
        Dictionary<string, OpenApiMediaType> Binary() => file.MediaTypes.ToDictionary(type => type,
            // A bound, as every string in the document has one: the store is tens of megabytes.
            _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", MaxLength = 1_000_000_000 } });
        string[] validators = ["Cache-Control", "Vary", "Last-Modified", RequestIds.Header, RateLimits.LimitHeader, Cors];
        var ok = operation.Responses!.TryGetValue("200", out var existing) && existing is OpenApiResponse concrete ? concrete : new OpenApiResponse();
        ok.Description = "The whole file.";
        ok.Content = Binary();
        ok.Headers = Headers(context, [.. validators, "Accept-Ranges", "Content-Disposition"]);
        ok.Headers["ETag"] = new OpenApiHeaderReference(OpenApiContract.FileETagHeader, context.Document);
        operation.Responses["200"] = ok;
        var partial = new OpenApiResponse
        {
            Description = "The one byte range asked for in Range (a Range of several ranges, or an If-Range that no longer matches, gets the whole file as a 200).",
            Content = Binary(),
            Headers = Headers(context, [.. validators, "Accept-Ranges", "Content-Disposition", "Content-Range"]),
        };
        partial.Headers["ETag"] = new OpenApiHeaderReference(OpenApiContract.FileETagHeader, context.Document);
        operation.Responses["206"] = partial;
        var notModified = new OpenApiResponse
        {
            Description = "Not modified: If-None-Match holds the file's ETag (its SHA-256), or If-Modified-Since is not before its build. No body.",
            Headers = Headers(context, validators),
        };
        notModified.Headers["ETag"] = new OpenApiHeaderReference(OpenApiContract.FileETagHeader, context.Document);
        operation.Responses["304"] = notModified;
    }

    private static void Problem(OpenApiOperation operation, OperationFilterContext context, IOpenApiSchema problem, string status, string description, params string[] extraHeaders)
    {
        var response = operation.Responses!.TryGetValue(status, out var existing) && existing is OpenApiResponse concrete ? concrete : new OpenApiResponse();
        response.Description = description;
        response.Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } };
        response.Headers = Headers(context, [RequestIds.Header, Cors, .. status == "500" || status == "503" ? Array.Empty<string>() : [RateLimits.LimitHeader], .. extraHeaders]);
        operation.Responses[status] = response;
    }

    private static Dictionary<string, IOpenApiHeader> Headers(OperationFilterContext context, params string[] names) =>
        names.ToDictionary(name => name, name => (IOpenApiHeader)new OpenApiHeaderReference(name, context.Document));
}

/// <summary>A <see cref="SeeOther"/> answer in the document: no body, and the Location to follow.</summary>
internal sealed class SeeOtherOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses?.TryGetValue("303", out var response) != true || response is not OpenApiResponse seeOther)
        {
            return;
        }
        seeOther.Description = "See Other: another operation answers this request (the parameter's description says which); follow Location, which keeps the query. No body.";
        seeOther.Content = null;
        seeOther.Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Location"] = new OpenApiHeader
            {
                Description = "The URL that answers, relative to this host: the other operation's path with the same query.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 16_384 },
            },
            [RequestIds.Header] = new OpenApiHeaderReference(RequestIds.Header, context.Document),
            [RateLimits.LimitHeader] = new OpenApiHeaderReference(RateLimits.LimitHeader, context.Document),
            ["Access-Control-Allow-Origin"] = new OpenApiHeaderReference("Access-Control-Allow-Origin", context.Document),
        };
    }
}
