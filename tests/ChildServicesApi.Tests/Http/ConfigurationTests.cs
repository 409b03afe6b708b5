using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using ChildServicesApi.Data;
using ChildServicesApi.Features.Admin;
using ChildServicesApi.Http;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChildServicesApi.Tests.Http;

/// <summary>Every settings section is bound to its options class and checked as the service starts (Http/Settings.cs).</summary>
public sealed class ConfigurationTests
{
    public sealed class BadSetting
    {
        [Theory]
        [InlineData("RateLimits:Enabled", "sometimes")]
        [InlineData("RateLimits:PermitsPerMinute", "-1")]
        [InlineData("RateLimits:PermitsPerMinute", "1000001")]
        [InlineData("RateLimits:Burst", "0")]
        [InlineData("RateLimits:ExpensivePermitsPerMinute", "0")]
        [InlineData("Limits:QueryTimeoutMilliseconds", "0")]
        [InlineData("Limits:QueryTimeoutMilliseconds", "5s")]
        [InlineData("Limits:MaxRequestLineBytes", "0")]
        [InlineData("Limits:MaxRequestLineBytes", "1048577")]
        [InlineData("Limits:MaxRequestHeadersBytes", "2000000")]
        [InlineData("Limits:MaxRequestBodyBytes", "-1")]
        [InlineData("ResponseCache:Enabled", "yes please")]
        [InlineData("ResponseCache:SizeLimitMegabytes", "abc")]
        [InlineData("ResponseCache:SizeLimitMegabytes", "0")]
        [InlineData("ResponseCache:MaxEntries", "0")]
        [InlineData("ResponseCache:MaximumBodyMegabytes", "-8")]
        [InlineData("ResponseCache:ExpireMinutes", "0")]
        [InlineData("Http:CacheMaxAgeSeconds", "-1")]
        [InlineData("OpenApi:ServerUrl", "/")]
        [InlineData("OpenApi:ServerUrl", "ftp://api.example.org")]
        [InlineData("Benchmark:Baseline", "maybe")]
        [InlineData("Admin:MaxUploadMegabytes", "0")]
        [InlineData("Admin:MaxZipEntries", "0")]
        [InlineData("Admin:MaxUncompressedMegabytes", "-1")]
        [InlineData("Admin:MaxCompressionRatio", "0")]
        [InlineData("Admin:UploadTimeoutSeconds", "0")]
        [InlineData("Admin:UploadTimeoutSeconds", "86401")]
        [InlineData("Store:RequireManifest", "perhaps")]
        public void StopsTheStart_NamingTheSetting(string key, string value)
        {
            var refusal = Assert.Single(RefusalsStarting((key, value)));

            Assert.Contains(key, refusal, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Deprecations:0", "Deprecations:0:Deprecated=2027-01-01T00:00:00Z")]
        [InlineData("Deprecations:0:Version", "Deprecations:0:Version=2.0", "Deprecations:0:Deprecated=2027-01-01T00:00:00Z")]
        [InlineData("Deprecations:0:Deprecated", "Deprecations:0:Operation=ListRegions")]
        [InlineData("Deprecations:0:Deprecated", "Deprecations:0:Operation=ListRegions", "Deprecations:0:Deprecated=next year")]
        [InlineData("Deprecations:1:Sunset", "Deprecations:0:Operation=ListRegions", "Deprecations:0:Deprecated=2027-01-01T00:00:00Z",
            "Deprecations:1:Version=1.0", "Deprecations:1:Deprecated=2027-01-01T00:00:00Z", "Deprecations:1:Sunset=2026-07-01T00:00:00Z")]
        [InlineData("Deprecations:0:Link", "Deprecations:0:Version=1.0", "Deprecations:0:Deprecated=2027-01-01T00:00:00Z", "Deprecations:0:Link=/policy")]
        public void DeprecationThatCouldNotBeSent_StopsTheStart_NamingTheNotice(string key, params string[] settings)
        {
            var refusal = Assert.Single(RefusalsStarting([.. settings.Select(s => s.Split('=', 2)).Select(s => (s[0], (string?)s[1]))]));

            Assert.Contains(key, refusal, StringComparison.Ordinal);
        }

        [Fact]
        public void SeveralBadSettings_AreReportedTogether()
        {
            var refusals = RefusalsStarting(("RateLimits:PermitsPerMinute", "-1"), ("Limits:QueryTimeoutMilliseconds", "0"), ("Admin:MaxZipEntries", "0"));

            Assert.Equal(3, refusals.Count);
            Assert.Contains(refusals, r => r.Contains("RateLimits:PermitsPerMinute", StringComparison.Ordinal));
            Assert.Contains(refusals, r => r.Contains("Limits:QueryTimeoutMilliseconds", StringComparison.Ordinal));
            Assert.Contains(refusals, r => r.Contains("Admin:MaxZipEntries", StringComparison.Ordinal));
        }

        [Fact]
        public void ValuesAtTheBounds_Start()
        {
            Assert.Empty(RefusalsStarting(("RateLimits:PermitsPerMinute", "1000000"), ("RateLimits:Burst", "1"), ("Limits:QueryTimeoutMilliseconds", "1"),
                ("Limits:MaxRequestLineBytes", "1048576"), ("Limits:MaxRequestBodyBytes", "0"), ("Http:CacheMaxAgeSeconds", "0"),
                ("Admin:UploadTimeoutSeconds", "86400"), ("OpenApi:ServerUrl", "http://localhost:5000/")));
        }

        /// <summary>The real process, as it runs in production: a critical log line naming the setting, then exit code 1 before listening.</summary>
        [Fact]
        public async Task TheProcess_ExitsNonZeroNamingTheSetting()
        {
            var (exitCode, log) = await ApiProcess.RunUntilExitAsync(("RateLimits__PermitsPerMinute", "-1"),
                ("Store__DatabasePath", SeededStore.DatabasePath), ("Store__SeedDirectory", SeededStore.SeedDirectory));

            Assert.Equal(1, exitCode);
            Assert.Contains("Refusing to start, a setting is not valid", log, StringComparison.Ordinal);
            Assert.Contains("RateLimits:PermitsPerMinute must be a whole number from 1 to 1000000", log, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening", log, StringComparison.Ordinal);
        }

        /// <summary>Starts the API with these settings; the critical lines it logged (none when it started).</summary>
        private static List<string> RefusalsStarting(params (string Key, string? Value)[] settings)
        {
            var log = new CriticalLog();
            using var configured = ApiFactory.WithSettings(settings);
            using var api = configured.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(log)));
            try
            {
                api.CreateClient().Dispose();
            }
            catch (Exception) when (!log.Lines.IsEmpty)
            {
                // The entry point returned 1 without running the host: the lines say why.
            }
            return [.. log.Lines];
        }
    }

    public sealed class ValidSetting
    {
        /// <summary>The defaults the README lists (and that the code used before the settings were typed).</summary>
        [Fact]
        public void AbsentSettings_HaveTheDocumentedDefaults()
        {
            using var provider = new ServiceCollection()
                .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
                .AddSettings()
                .BuildServiceProvider();
            T Bound<T>() where T : class => provider.GetRequiredService<IOptions<T>>().Value;

            var rates = Bound<RateLimitOptions>();
            Assert.Equal((true, 600, 100, 60), (rates.Enabled, rates.PermitsPerMinute, rates.Burst, rates.ExpensivePermitsPerMinute));
            Assert.Equal(TimeSpan.FromSeconds(5), Bound<QueryTimeoutOptions>().QueryTimeout);
            var kestrel = Bound<KestrelLimitOptions>();
            Assert.Equal((8192, 32_768, 1_048_576L), (kestrel.MaxRequestLineBytes, kestrel.MaxRequestHeadersBytes, kestrel.MaxRequestBodyBytes));
            var cache = Bound<ResponseCacheOptions>();
            Assert.Equal((true, 48L * 1024 * 1024, 10_000, 8L * 1024 * 1024, 60),
                (cache.Enabled, cache.SizeLimitBytes, cache.MaxEntries, cache.MaximumBodyBytes, cache.ExpireMinutes));
            Assert.Equal(3600, Bound<HttpCachingOptions>().CacheMaxAgeSeconds);
            Assert.Null(Bound<OpenApiDocumentOptions>().ServerUrl);
            Assert.Null(Bound<AutoMapperOptions>().LicenseKey);
            Assert.False(Bound<BenchmarkOptions>().Baseline);
            Assert.Null(Bound<AdminOptions>().ApiKey);
            var uploads = Bound<UploadLimits>();
            Assert.Equal((256, 1000, 512, 100, 300, (string?)null),
                (uploads.MaxUploadMegabytes, uploads.MaxZipEntries, uploads.MaxUncompressedMegabytes, uploads.MaxCompressionRatio, uploads.UploadTimeoutSeconds, uploads.UploadDirectory));
            Assert.Empty(Bound<DeprecationOptions>().Notices);
            var store = Bound<StoreOptions>();
            Assert.Equal(((string?)null, (string?)null, false), (store.SeedDirectory, store.DatabasePath, store.RequireManifest));
        }

        /// <summary>
        /// AutoMapper checks the key it is given when the mapping configuration is built: a malformed one is reported as
        /// an error, where no key gives only the "no valid license key" warning. So the configured key reaches AutoMapper.
        /// </summary>
        [Fact]
        public void AutoMapperLicenseKey_ReachesAutoMapper()
        {
            string[] LicenceLog(params (string Key, string? Value)[] settings)
            {
                var log = new LicenceLog();
                using var configured = ApiFactory.WithSettings(settings);
                using var api = configured.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(log)));
                _ = api.Services.GetRequiredService<AutoMapper.IConfigurationProvider>();
                // The check runs in the background once the configuration is built; its last line is the warning or the all-clear.
                var stopwatch = Stopwatch.StartNew();
                while (!log.Lines.Any(line => line.StartsWith("Warning", StringComparison.Ordinal) || line.StartsWith("Information", StringComparison.Ordinal))
                       && stopwatch.Elapsed < TimeSpan.FromSeconds(30))
                {
                    Thread.Sleep(20);
                }
                return [.. log.Lines];
            }

            var withoutKey = LicenceLog();
            var withKey = LicenceLog(("AutoMapper:LicenseKey", "not-a-licence-key"));

            // Without a key the check still runs (a warning; an information line if the environment holds a valid key).
            Assert.NotEmpty(withoutKey);
            Assert.DoesNotContain(withoutKey, line => line.StartsWith("Error", StringComparison.Ordinal));
            Assert.Contains(withKey, line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains("license key", StringComparison.Ordinal));
        }

        [Fact]
        public async Task ConfiguredValues_ReachTheirConcern()
        {
            await using var api = ApiFactory.WithSettings(("Http:CacheMaxAgeSeconds", "120"), ("Benchmark:Baseline", "true"));
            using var client = api.CreateClient();

            using var regions = await client.GetAsync(new Uri("/api/v1/regions", UriKind.Relative));
            using var baseline = await client.GetAsync(new Uri("/bench/baseline", UriKind.Relative));
            var sized = await client.GetByteArrayAsync(new Uri("/bench/baseline/12345", UriKind.Relative));
            using var tooLarge = await client.GetAsync(new Uri("/bench/baseline/8388609", UriKind.Relative));

            Assert.Equal("public, max-age=120", regions.Headers.CacheControl?.ToString());
            Assert.Equal(HttpStatusCode.OK, baseline.StatusCode);
            Assert.Equal(12345, sized.Length);
            Assert.Equal(HttpStatusCode.NotFound, tooLarge.StatusCode);
        }

        /// <summary>What AutoMapper's licence check logs, as "Level: message".</summary>
        private sealed class LicenceLog : ILoggerProvider, ILogger
        {
            public ConcurrentQueue<string> Lines { get; } = new();

            public ILogger CreateLogger(string categoryName) => categoryName == "LuckyPennySoftware.AutoMapper.License" ? this : NullLogger.Instance;

            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                Lines.Enqueue($"{logLevel}: {formatter(state, exception)}");

            public void Dispose()
            {
            }
        }
    }
}
