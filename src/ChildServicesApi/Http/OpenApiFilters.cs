using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ChildServicesApi.Http;

/// <summary>Enums as the API writes them: kebab-case strings, not integers.</summary>
internal sealed class KebabEnumSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (!context.Type.IsEnum || schema is not OpenApiSchema concrete)
        {
            return;
        }
        concrete.Type = JsonSchemaType.String;
        concrete.Format = null;
        concrete.Enum = context.Type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (JsonNode)JsonValue.Create(f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(f.Name))!)
            .ToList();
    }
}

/// <summary>Moves an XML doc's <c>&lt;example&gt;</c> out of a property's description into the schema's example.</summary>
internal sealed partial class ExampleSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema.Properties is null)
        {
            return;
        }
        foreach (var property in schema.Properties.Values.OfType<OpenApiSchema>())
        {
            var match = property.Description is null ? Match.Empty : Example().Match(property.Description);
            if (match.Success)
            {
                var text = match.Groups["value"].Value;
                property.Description = property.Description![..match.Index].TrimEnd();
                property.Examples = [property.Type is { } type && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)) && double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var number)
                    ? JsonValue.Create(number)
                    : JsonValue.Create(text)];
            }
        }
    }

    [GeneratedRegex(@"<example>(?<value>.*?)</example>", RegexOptions.Singleline)]
    private static partial Regex Example();
}

/// <summary>
/// States the bounds the API enforces or can never exceed, as OWASP API4 asks: strings have a maximum length,
/// integers a range (int32 unless narrower), arrays a maximum size (no list is longer than the 1000-item page).
/// </summary>
internal sealed class LimitsSchemaFilter : ISchemaFilter
{
    public const int MaxStringLength = 10_000;
    public const int MaxArrayItems = 1000;

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }
        Bound(concrete);
        foreach (var property in concrete.Properties?.Values.OfType<OpenApiSchema>() ?? [])
        {
            Bound(property);
        }
        if (concrete.AdditionalProperties is not null || concrete.AdditionalPropertiesAllowed && concrete.Type == JsonSchemaType.Object && concrete.Properties is not { Count: > 0 })
        {
            concrete.MaxProperties ??= 100;
        }
    }

    public static void Bound(OpenApiSchema schema)
    {
        var type = schema.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.String) && schema.Enum is not { Count: > 0 })
        {
            schema.MaxLength ??= MaxStringLength;
        }
        if (type.HasFlag(JsonSchemaType.Integer))
        {
            schema.Minimum ??= int.MinValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
            schema.Maximum ??= int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (type.HasFlag(JsonSchemaType.Array))
        {
            schema.MaxItems ??= MaxArrayItems;
            if (schema.Items is OpenApiSchema items)
            {
                Bound(items);
            }
        }
    }
}

/// <summary>
/// The API writes every property of its own response records, nulls included, so each is required (and nullable
/// where it may be null); generated clients then need no guesswork. Framework types (problem details) are left alone.
/// </summary>
internal sealed class RequiredPropertiesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema { Properties.Count: > 0 } concrete && context.Type.Namespace?.StartsWith("ChildServicesApi", StringComparison.Ordinal) == true)
        {
            concrete.Required = new HashSet<string>(concrete.Properties.Keys, StringComparer.Ordinal);
        }
    }
}

/// <summary>Query parameters named as clients send them (camelCase), each with an example.</summary>
internal sealed class ParameterOperationFilter : IOperationFilter
{
    private static readonly Dictionary<string, JsonNode> Examples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "barnet",
        ["indicatorId"] = "children-in-need",
        ["authority"] = "barnet",
        ["region"] = "london",
        ["type"] = "london-borough",
        ["status"] = "current",
        ["q"] = "north",
        ["topic"] = "Children looked after",
        ["level"] = "authority",
        ["year"] = 2025,
        ["from"] = 2013,
        ["to"] = 2025,
        ["min"] = 0,
        ["max"] = 1000,
        ["release"] = "current",
        ["framework"] = "ilacs-standard",
        ["overallEffectiveness"] = "inadequate",
        ["category"] = "children-looked-after",
        ["lines"] = "totals",
        ["sort"] = "name",
        ["page"] = 1,
        ["pageSize"] = 50,
        ["model"] = 2025,
        ["order"] = "descending",
        ["asAt"] = "2017-03-31",
        ["measure"] = "spend-per-child-in-need",
        ["indicator"] = "children-in-need",
    };

    /// <summary>The ranges the validators enforce, stated in the contract.</summary>
    private static readonly Dictionary<string, (int Minimum, int Maximum)> Ranges = new(StringComparer.OrdinalIgnoreCase)
    {
        ["page"] = (1, PagingExtensions.MaxPage),
        ["pageSize"] = (1, PagingExtensions.MaxPageSize),
        ["year"] = (1990, 2100),
        ["from"] = (1990, 2100),
        ["to"] = (1990, 2100),
        ["model"] = (2021, 2025),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            parameter.Name = Problems.JsonName(parameter.Name!);
            if (parameter.Schema is OpenApiSchema schema)
            {
                if (Ranges.TryGetValue(parameter.Name, out var range) && schema.Type?.HasFlag(JsonSchemaType.Integer) == true)
                {
                    schema.Minimum = range.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    schema.Maximum = range.Maximum.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                if (parameter.Name == "authority" && schema.Type == JsonSchemaType.Array)
                {
                    schema.MaxItems = 200;
                }
                // Ids, codes and filters are short; nothing longer can match.
                if (schema.Type == JsonSchemaType.String)
                {
                    schema.MaxLength = parameter.Name == "q" ? 100 : 64;
                }
                if (schema.Items is OpenApiSchema items && items.Type == JsonSchemaType.String)
                {
                    items.MaxLength = 64;
                }
                LimitsSchemaFilter.Bound(schema);
            }
            if (parameter.In == ParameterLocation.Query && (parameter.Name is "from" or "to") && context.ApiDescription.RelativePath?.Contains("inspections", StringComparison.Ordinal) == true)
            {
                parameter.Example = parameter.Name == "from" ? "2014-01-01" : "2025-03-31";
            }
            else if (Examples.TryGetValue(parameter.Name, out var example))
            {
                parameter.Example = parameter.Schema?.Type == JsonSchemaType.Array ? new JsonArray(example.DeepClone()) : example.DeepClone();
            }
        }
    }
}

/// <summary>
/// Every operation documents the responses every request can get: 429 (rate limit), 500 (an unexpected failure,
/// still a problem) and 503 (query time limit); every 2xx and 4xx response documents the X-RateLimit-Limit header.
/// </summary>
internal sealed class SharedResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvCapable>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = CsvOutput.FormatParameter,
                In = ParameterLocation.Query,
                Description = "json (the default) or csv; Accept: text/csv also gives CSV (RFC 4180, header row, one row per item, nested fields as prefixed columns).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("json"), JsonValue.Create("csv")] },
                Example = JsonValue.Create("csv"),
            });
            if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
            {
                okResponse.Content ??= new Dictionary<string, OpenApiMediaType>();
                okResponse.Content[CsvOutput.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100_000_000 } };
            }
        }
        if (context.ApiDescription.RelativePath?.StartsWith("api/v", StringComparison.Ordinal) == true)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = DataVersionPins.Parameter,
                In = ParameterLocation.Query,
                Description = "Pins the request to a data version (see /api/v1/meta). The current version answers as usual; any other gives 410, naming the current one. Permanent links carry it.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 64, Pattern = "^[0-9]+\\.[0-9a-f]{16}$" },
                Example = JsonValue.Create("3.0123456789abcdef"),
            });
            if (operation.Responses.TryGetValue("410", out var gone) && gone is OpenApiResponse goneResponse)
            {
                goneResponse.Description = "The dataVersion asked for is no longer served; the problem names the current version.";
            }
        }
        Add(operation, "429", "Too many requests from this client; retry after the Retry-After seconds.", context);
        Add(operation, "500", "An unexpected failure, answered as a problem without internals.", context);
        Add(operation, "503", "The request's database work exceeded the query time limit.", context);
        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers["Access-Control-Allow-Origin"] = new OpenApiHeader
            {
                Description = "Sent when the request has an Origin header: any origin may read the API.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("*")] },
            };
            if (status.StartsWith('2') || status.StartsWith('4'))
            {
                concrete.Headers[RateLimits.LimitHeader] = new OpenApiHeader
                {
                    Description = "Requests per minute this client may make.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "1000000" },
                };
            }
            if (status == "429")
            {
                concrete.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before retrying.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "86400" },
                };
            }
        }
    }

    private static void Add(OpenApiOperation operation, string status, string description, OperationFilterContext context)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }
        var problem = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        };
    }
}
