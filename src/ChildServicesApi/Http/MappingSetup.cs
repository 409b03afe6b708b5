namespace ChildServicesApi.Http;

internal static class MappingSetup
{
    /// <summary>AutoMapper with every feature's profile; the licence key comes from configuration (AutoMapper:LicenseKey).</summary>
    public static IServiceCollection AddMapping(this IServiceCollection services, IConfiguration configuration) =>
        services.AddAutoMapper(options => options.LicenseKey = configuration["AutoMapper:LicenseKey"], typeof(Program));
}
