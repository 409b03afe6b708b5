using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Features.Admin;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Boundaries;
using ChildServicesApi.Features.Downloads;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Inspections;
using ChildServicesApi.Features.Maps;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Neighbours;
using ChildServicesApi.Features.Regions;
using ChildServicesApi.Features.Spending;
using ChildServicesApi.Features.Statistics;
using ChildServicesApi.Http;

if (args is ["import", ..])
{
    return ImportCommand.Run(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSettings();
builder.ConfigureKestrelLimits();
builder.Services.AddStore();
builder.Services.AddSingleton<DataVersion>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddProblems();
builder.Services.AddQueryTimeouts();
builder.Services.AddJson();
builder.Services.AddApiVersions();
builder.Services.AddMapping();
builder.Services.AddOpenApiDocument();
builder.Services.AddResponseCache();
builder.Services.AddCompression();
builder.Services.AddOpenCors();
builder.Services.AddRateLimits();
builder.Services.AddHealth();

var app = builder.Build();
if (!app.SettingsAreValid() || !app.EnsureStoreExists())
{
    // Disposing flushes the console log, so the critical lines saying why are written before the process exits.
    await app.DisposeAsync();
    return 1;
}
app.UseHeadAsGet();
app.UseRouting();
app.UseRequestIds();
app.UseSecurityHeaders();
app.UseProblems();
app.UseResponseCompression();
app.UseCors();
app.UseRateLimitHeaders();
app.UseRateLimiter();
app.UseUnsupportedVersionProblems();
app.UseSupportedVersionsHeader();
app.UseHttpCaching();
app.UseContentNegotiation();
app.UseDeprecationHeaders();
app.UseQueryTimeouts();
app.UseOutputCache();
app.UseOpenApiDocument();
app.UseExplorer().MapExplorer();
app.MapHealth();
app.MapServiceRoot();
app.MapAuthoritiesApi();
app.MapRegionsApi();
app.MapIndicatorsApi();
app.MapInspectionsApi();
app.MapSpendingApi();
app.MapNeighboursApi();
app.MapStatisticsApi();
app.MapCoverageApi();
app.MapBoundariesApi();
app.MapMapsApi();
app.MapMetaApi();
app.MapDownloadsApi();
app.MapBenchmarkBaseline();
app.MapAdminApi();
app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
