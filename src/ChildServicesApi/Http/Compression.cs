using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace ChildServicesApi.Http;

internal static class Compression
{
    /// <summary>Brotli or gzip for JSON, problem JSON, GeoJSON and CSV, when the client asks for it.</summary>
    public static IServiceCollection AddCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", GeoJsonOutput.MediaType, "text/csv"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
