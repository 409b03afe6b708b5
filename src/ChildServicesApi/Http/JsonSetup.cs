using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildServicesApi.Http;

internal static class JsonSetup
{
    /// <summary>camelCase properties, kebab-case enum values ("not-available"), nulls written out; a held row's JSON written once (<see cref="HeldRows"/>).</summary>
    public static IServiceCollection AddJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
            options.SerializerOptions.Converters.Add(new HeldRowJsonConverter());
        });
}
