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
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            parameter.Name = Problems.JsonName(parameter.Name!);
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
