using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ChildServicesApi.Http;

internal static class KestrelLimits
{
    /// <summary>No server banner; request line, header and body limits from configuration (<see cref="KestrelLimitOptions"/>).</summary>
    public static WebApplicationBuilder ConfigureKestrelLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<KestrelLimitOptions>>((kestrel, options) =>
        {
            var limits = options.Value;
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = limits.MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersBytes;
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
        });
        return builder;
    }
}
