using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildServicesApi.Http;

/// <summary>
/// Enum values as the API writes and reads them: kebab-case ("requires-improvement-to-be-good"), or the member's
/// <see cref="JsonStringEnumMemberNameAttribute"/> where it has one ("key-stage-2"), as the JSON converter writes it.
/// </summary>
internal static class Kebab
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => Name((Enum)value);

    /// <summary>The name of any enum value, as JSON, CSV and the OpenAPI document all write it.</summary>
    public static string Name(Enum value) =>
        Cache.GetOrAdd(value, v => v.GetType().GetField(v.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
            ?? JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

    public static IReadOnlyList<string> Names<TEnum>() where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Name).ToList();

    public static TEnum? Parse<TEnum>(string? text) where TEnum : struct, Enum =>
        text is null ? null : Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => string.Equals(Name(v!.Value), text, StringComparison.OrdinalIgnoreCase));

    public static bool IsValid<TEnum>(string? text) where TEnum : struct, Enum => text is null || Parse<TEnum>(text) is not null;
}
