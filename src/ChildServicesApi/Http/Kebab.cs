using System.Text.Json;

namespace ChildServicesApi.Http;

/// <summary>Enum values as the API writes and reads them: kebab-case ("requires-improvement-to-be-good").</summary>
internal static class Kebab
{
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static IReadOnlyList<string> Names<TEnum>() where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Name).ToList();

    public static TEnum? Parse<TEnum>(string? text) where TEnum : struct, Enum =>
        text is null ? null : Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => string.Equals(Name(v!.Value), text, StringComparison.OrdinalIgnoreCase));

    public static bool IsValid<TEnum>(string? text) where TEnum : struct, Enum => text is null || Parse<TEnum>(text) is not null;
}
