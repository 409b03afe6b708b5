using Microsoft.Extensions.Options;

namespace ChildServicesApi.Http;

internal static class MappingSetup
{
    /// <summary>
    /// AutoMapper with every feature's profile; the licence key comes from configuration (AutoMapper:LicenseKey,
    /// <see cref="AutoMapperOptions"/>). AutoMapper checks it, and logs what it finds, when it builds the configuration.
    /// </summary>
    public static IServiceCollection AddMapping(this IServiceCollection services) =>
        services.AddAutoMapper((provider, mapping) => mapping.LicenseKey = provider.GetRequiredService<IOptions<AutoMapperOptions>>().Value.LicenseKey, typeof(Program));
}
