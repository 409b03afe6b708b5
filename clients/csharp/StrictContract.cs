using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ChildServicesApi.Client;

/// <summary>
/// Hooks the generated client's serializer settings (NSwag's <c>UpdateJsonSerializerSettings</c> partial method) so
/// that a response breaking the contract fails to deserialize instead of passing silently. NSwag's System.Text.Json
/// output has no [JsonRequired], and System.Text.Json by default accepts null in a non-nullable property and ignores
/// unknown members; in strict mode:
/// <list type="bullet">
/// <item>null in a property the contract declares non-nullable throws (RespectNullableAnnotations);</item>
/// <item>a property in the schema's <c>required</c> list that is missing throws (read from the embedded openapi/v1.json);</item>
/// <item>a member the schema does not declare throws (every schema but Problem has additionalProperties: false).</item>
/// </list>
/// </summary>
public partial class ChildServicesApiClient
{
    /// <summary>Set before the first call. False leaves the generated client's settings untouched.</summary>
    public static bool Strict { get; set; } = true;

    /// <summary>Generated types that got their required members from the contract (for the report).</summary>
    public static int TypesWithRequiredMembers => _typesWithRequired.Count;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> _typesWithRequired = new();
    private static readonly Lazy<Dictionary<string, HashSet<string>>> _required = new(LoadRequired);

    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings)
    {
        if (!Strict)
        {
            return;
        }

        settings.RespectNullableAnnotations = true;
        settings.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        settings.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { MarkRequired } };
    }

    private static void MarkRequired(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.Namespace != typeof(ChildServicesApiClient).Namespace
            || !_required.Value.TryGetValue(typeInfo.Type.Name, out var required))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (required.Contains(property.Name))
            {
                property.IsRequired = true;
                _typesWithRequired.TryAdd(typeInfo.Type, true);
            }
        }
    }

    /// <summary>schema name → its required property names, from the contract embedded at build time.</summary>
    private static Dictionary<string, HashSet<string>> LoadRequired()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("openapi.json")
            ?? throw new InvalidOperationException("openapi.json is not embedded");
        var schemas = JsonNode.Parse(stream)!["components"]!["schemas"]!.AsObject();
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (name, schema) in schemas)
        {
            if (schema?["required"] is JsonArray required)
            {
                result[name] = required.Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            }
        }

        return result;
    }
}
