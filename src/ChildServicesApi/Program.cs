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
using ChildServicesApi.Features.OtherMeasures;
using ChildServicesApi.Features.SchoolOutcomes;
using ChildServicesApi.Features.Spending;
using ChildServicesApi.Features.Statistics;
using ChildServicesApi.Http;

if (args is ["import", ..])
{
    return ImportCommand.Run(args[1..]);
}

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.Services.AddSettings();
builder.ConfigureKestrelLimits();
builder.Services.AddStore();
builder.Services.AddAuthorityRoutes();
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
app.StartWarmUp();              // the store's snapshot, read while the routes below are mapped and Kestrel starts
app.UseHeadAsGet();
app.UseRouting();
app.UseRequestIds();
app.UseSecurityHeaders();
app.UseProblems();
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
app.UseResponseCompression();   // inside the response cache: a cached answer is kept compressed per coding, not compressed per request
app.UseRepeatedParameterProblems(); // "year=2020&year=2021": a 400 naming it, after the cache           Http/RepeatedParameters.cs
// Every route and the file that serves it: /authorities to /downloads are under /api/v1; files are under Features/ unless Http/.
app.UseOpenApiDocument();       // /openapi/v1.json, /docs (Swagger UI)                                Http/OpenApiSetup.cs
app.UseExplorer().MapExplorer(); // /explore, /explore/embed (the explorer for campaigners)           Http/Explorer.cs
app.MapHealth();                // /health/live, /health/ready                                         Http/Health.cs
app.MapServiceRoot();           // /                                                                   Meta/ServiceRootApi.cs
app.MapAuthoritiesApi();        // /authorities, /authorities/{id}                                     Authorities/AuthoritiesApi.cs
app.MapRegionsApi();            // /regions                                                            Regions/RegionsApi.cs
app.MapIndicatorsApi();         // /indicators, /indicators/{id}, …/values, …/values/wide,
                                //   /authorities/{id}/indicators/{indicatorId} (a time series)        Indicators/IndicatorsApi.cs
app.MapInspectionsApi();        // /inspections, …/official-snapshot, …/judgements-in-force,
                                //   /authorities/{id}/inspections, …/inspections/grades               Inspections/InspectionsApi.cs
app.MapSpendingApi();           // /spending, /spending/per-child, /authorities/{id}/spending          Spending/SpendingApi.cs
app.MapSchoolOutcomesApi();     // /school-outcomes, …/{outcomeId}, …/values,
                                //   /authorities/{id}/school-outcomes                                 SchoolOutcomes/SchoolOutcomesApi.cs
app.MapOtherMeasuresApi();      // /other-measures, …/{measureId}, …/values,
                                //   /authorities/{id}/other-measures                                  OtherMeasures/OtherMeasuresApi.cs
app.MapNeighboursApi();         // /authorities/{id}/neighbours, …/indicators/{indicatorId}/comparison Neighbours/NeighboursApi.cs
app.MapStatisticsApi();         // /indicators/{id}/rankings, …/distribution, …/change                 Statistics/StatisticsApi.cs
app.MapCoverageApi();           // /coverage                                                           Statistics/CoverageApi.cs
app.MapBoundariesApi();         // /boundaries                                                         Boundaries/BoundariesApi.cs
app.MapMapsApi();               // /indicators/{id}/map, /inspections/map                              Maps/MapsApi.cs
app.MapMetaApi();               // /meta                                                               Meta/MetaApi.cs
app.MapDownloadsApi();          // /downloads, /downloads/{file}                                       Downloads/DownloadsApi.cs
app.MapBenchmarkBaseline();     // /bench/baseline (only with Benchmark:Baseline)                      Http/BenchmarkBaseline.cs
app.MapAdminApi();              // POST /api/admin/imports (only with Admin:ApiKey)                    Admin/AdminApi.cs
app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
