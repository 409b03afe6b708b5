namespace ChildServicesApi.Http;

internal static class KestrelLimits
{
    /// <summary>No server banner; request line, header and body limits from configuration (section Limits).</summary>
    public static WebApplicationBuilder ConfigureKestrelLimits(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection("Limits");
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = limits.GetValue("MaxRequestLineBytes", 8 * 1024);
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.GetValue("MaxRequestHeadersBytes", 32 * 1024);
            kestrel.Limits.MaxRequestBodySize = limits.GetValue("MaxRequestBodyBytes", 1024L * 1024);
        });
        return builder;
    }
}
