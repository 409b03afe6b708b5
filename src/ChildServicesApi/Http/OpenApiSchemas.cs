using System.Globalization;
using System.Reflection;
using System.Text.Json;
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
        concrete.Enum = Enum.GetValues(context.Type).Cast<Enum>().Select(v => (JsonNode)JsonValue.Create(Kebab.Name(v))!).ToList();
    }
}

/// <summary>Moves an XML doc's <c>&lt;example&gt;</c> out of a property's description into the schema's example.</summary>
internal sealed partial class ExampleSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        foreach (var property in schema.Properties?.Values.OfType<OpenApiSchema>() ?? [])
        {
            var match = property.Description is null ? Match.Empty : Example().Match(property.Description);
            if (match.Success)
            {
                var text = match.Groups["value"].Value;
                property.Description = property.Description![..match.Index].TrimEnd();
                property.Examples = [property.Type is { } type && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)) && double.TryParse(text, CultureInfo.InvariantCulture, out var number)
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
            schema.Minimum ??= int.MinValue.ToString(CultureInfo.InvariantCulture);
            schema.Maximum ??= int.MaxValue.ToString(CultureInfo.InvariantCulture);
        }
        if (type.HasFlag(JsonSchemaType.Array))
        {
            schema.MaxItems ??= PagingExtensions.MaxPageSize;
            if (schema.Items is OpenApiSchema items)
            {
                Bound(items);
            }
        }
    }
}

/// <summary>
/// The API writes every property of its own response records, nulls included, so each is required; a property is
/// nullable exactly when its C# type is (nullable reference or Nullable&lt;T&gt;): <c>type: [T, "null"]</c>, and for a
/// reference to another schema <c>oneOf: [{type: "null"}, {$ref}]</c> (OpenAPI 3.1), which validators (Prism), linters
/// (Redocly, Spectral) and client generators (NSwag, openapi-typescript) all read as "that schema or null". The one
/// exception is a property left out when null (<c>[JsonIgnore(Condition = WhenWritingNull)]</c>, as GeoJSON's bbox
/// must be): it is optional and never null.
/// </summary>
internal sealed class NullabilitySchemaFilter : ISchemaFilter
{
    private static readonly NullabilityInfoContext Nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete || context.Type.Namespace?.StartsWith("ChildServicesApi", StringComparison.Ordinal) != true)
        {
            return;
        }
        concrete.Required = new HashSet<string>(concrete.Properties.Keys, StringComparer.Ordinal);
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!concrete.Properties.TryGetValue(name, out var propertySchema))
            {
                continue;
            }
            var omittedWhenNull = property.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition == JsonIgnoreCondition.WhenWritingNull;
            if (omittedWhenNull)
            {
                concrete.Required.Remove(name);
            }
            var nullable = !omittedWhenNull && (Nullable.GetUnderlyingType(property.PropertyType) is not null
                || (!property.PropertyType.IsValueType && Nullability.Create(property).ReadState == NullabilityState.Nullable));
            concrete.Properties[name] = (propertySchema, nullable) switch
            {
                (OpenApiSchemaReference reference, true) => new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, reference] },
                (OpenApiSchema plain, _) => WithNull(plain, nullable),
                _ => propertySchema,
            };
        }
    }

    private static OpenApiSchema WithNull(OpenApiSchema schema, bool nullable)
    {
        if (schema.Type is { } type)
        {
            schema.Type = nullable ? type | JsonSchemaType.Null : type & ~JsonSchemaType.Null;
        }
        return schema;
    }
}
