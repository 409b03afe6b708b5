using Microsoft.Extensions.Options;

namespace ChildServicesApi.Http;

internal static class MappingSetup
{
    /// <summary>AutoMapper with every feature's profile; the licence key comes from configuration (AutoMapper:LicenseKey).</summary>
    public static IServiceCollection AddMapping(this IServiceCollection services) =>
        services.AddAutoMapper((provider, mapping) => mapping.LicenseKey = provider.GetRequiredService<IOptions<AutoMapperOptions>>().Value.LicenseKey, typeof(Program));
}
