using ChildServicesApi.Data;
using ChildServicesApi.Features.Admin;
using Microsoft.Extensions.Options;

namespace ChildServicesApi.Http;

/// <summary>
/// Every configuration section the service reads, each bound to its options class (kept beside the concern it
/// configures) and checked as the service starts: a value of the wrong type or out of its range stops the start with
/// a critical log line naming the setting, rather than surfacing as odd behaviour under load. The README lists each
/// setting with its default and bounds.
/// </summary>
internal static partial class Settings
{
    /// <summary>The message of a whole-number setting that must be at least 1; prefixed with its section.</summary>
    public const string Positive = ":{0} must be a whole number of at least 1.";

    /// <summary>The message of a whole-number setting that may be 0; prefixed with its section.</summary>
    public const string NotNegative = ":{0} must be a whole number of at least 0.";

    /// <summary>The message of a whole-number setting with both bounds; prefixed with its section.</summary>
    public const string Between = ":{0} must be a whole number from {1} to {2}.";

    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        services.AddSetting<StoreOptions>(StoreOptions.Section);
        services.AddSetting<KestrelLimitOptions>(KestrelLimitOptions.Section);
        services.AddSetting<QueryTimeoutOptions>(QueryTimeoutOptions.Section);
        services.AddSetting<RateLimitOptions>(RateLimitOptions.Section);
        services.AddSetting<ResponseCacheOptions>(ResponseCacheOptions.Section);
        services.AddSetting<HttpCachingOptions>(HttpCachingOptions.Section);
        services.AddSetting<OpenApiDocumentOptions>(OpenApiDocumentOptions.Section);
        services.AddSetting<AutoMapperOptions>(AutoMapperOptions.Section);
        services.AddSetting<BenchmarkOptions>(BenchmarkOptions.Section);
        services.AddSetting<AdminOptions>(AdminOptions.Section);
        services.AddSetting<UploadLimits>(UploadLimits.Section);
        // The section is a list (Deprecations:0:Version, ...). Bound notice by notice: binding the whole list would
        // silently drop a notice with an unreadable date rather than report it.
        services.AddOptions<DeprecationOptions>()
            .Configure<IConfiguration>((options, configuration) => options.Notices =
                [.. configuration.GetSection(DeprecationOptions.Section).GetChildren().Select(notice => notice.Get<DeprecationNotice>() ?? new DeprecationNotice())])
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }

    private static void AddSetting<TOptions>(this IServiceCollection services, string section) where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();

    /// <summary>
    /// Binds and checks every section before the store is opened or any middleware reads a setting, so values out of
    /// range are reported together (a value that cannot be read as its type stops the binding there). False, after a
    /// critical log line for each, when the service must not start: the process should exit non-zero.
    /// </summary>
    public static bool SettingsAreValid(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (Exception error) when (error is OptionsValidationException or AggregateException or InvalidOperationException)
        {
            foreach (var problem in Problems(error))
            {
                LogRefused(app.Logger, problem);
            }
            return false;
        }
    }

    /// <summary>The failures of a range or rule, or the binder's "Failed to convert configuration value at 'Key'" with why.</summary>
    private static IEnumerable<string> Problems(Exception error) => error switch
    {
        AggregateException all => all.InnerExceptions.SelectMany(Problems),
        OptionsValidationException invalid => invalid.Failures,
        { InnerException: { } cause } => [$"{error.Message} {cause.Message}"],
        _ => [error.Message],
    };

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to start, a setting is not valid: {Problem}")]
    private static partial void LogRefused(ILogger logger, string problem);
}
