using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;

namespace ChildServicesApi.Features.Boundaries;

/// <summary>
/// A GeoJSON MultiPolygon (RFC 7946 §3.1.7): longitude and latitude in WGS 84, four decimal places, exterior rings
/// clockwise as ONS publishes them. An area ONS publishes as a Polygon is served as a MultiPolygon of that one polygon,
/// so the geometry has one shape that client generators can type. Held as the compact GeoJSON text the importer stored and
/// written out verbatim, so a map costs no geometry parsing.
/// </summary>
[JsonConverter(typeof(GeoJsonGeometryConverter))]
internal sealed class GeoJsonGeometry(string json)
{
    /// <summary>The component the OpenAPI document describes this type with.</summary>
    public const string SchemaId = "GeoJsonGeometry";

    /// <summary>The most rings or points one geometry here can have (the largest, Cornwall's, has far fewer).</summary>
    private const int MaxItems = 100_000;

    public string Json { get; } = json;

    /// <summary>The OpenAPI components for a geometry: a MultiPolygon, whose coordinates are polygons of rings of positions.</summary>
    public static IReadOnlyDictionary<string, IOpenApiSchema> Schemas(OpenApiDocument document)
    {
        static OpenApiSchema Array(string description, IOpenApiSchema items, int min, int max) =>
            new() { Type = JsonSchemaType.Array, Description = description, Items = items, MinItems = min, MaxItems = max };
        var position = Array("A position: longitude then latitude (WGS 84, decimal degrees).",
            new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double", Minimum = "-180", Maximum = "180" }, 2, 2);
        position.Examples = [new JsonArray(JsonValue.Create(-0.1527), JsonValue.Create(51.6462))];
        var polygon = new OpenApiSchemaReference("GeoJsonPolygonCoordinates", document);
        return new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["GeoJsonPosition"] = position,
            ["GeoJsonLinearRing"] = Array("A closed ring of positions (the first and last are the same).", new OpenApiSchemaReference("GeoJsonPosition", document), 4, MaxItems),
            ["GeoJsonPolygonCoordinates"] = Array("A polygon: its exterior ring, then any holes.", new OpenApiSchemaReference("GeoJsonLinearRing", document), 1, MaxItems),
            ["GeoJsonMultiPolygonCoordinates"] = Array("A multipolygon's polygons.", polygon, 1, MaxItems),
            [SchemaId] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "An authority's area as a GeoJSON MultiPolygon (RFC 7946 §3.1.7), in WGS 84 longitude and latitude to four " +
                    "decimal places: one polygon for most authorities, more for those with islands or detached parts.",
                Required = new HashSet<string>(["type", "coordinates"], StringComparer.Ordinal),
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["type"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Description = "Always MultiPolygon.",
                        Enum = [JsonValue.Create("MultiPolygon")],
                    },
                    ["coordinates"] = new OpenApiSchemaReference("GeoJsonMultiPolygonCoordinates", document),
                },
                AdditionalPropertiesAllowed = false,
            },
        };
    }

    public override string ToString() => Json.Length.ToString(CultureInfo.InvariantCulture) + " bytes of GeoJSON";
}

/// <summary>Writes a stored geometry as it is; reads one back as its compact text.</summary>
internal sealed class GeoJsonGeometryConverter : JsonConverter<GeoJsonGeometry>
{
    public override GeoJsonGeometry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new GeoJsonGeometry(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, GeoJsonGeometry value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json, skipInputValidation: true);
}
