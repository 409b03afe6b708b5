using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Inspections;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Regions;
using ChildServicesApi.Features.Spending;
using ChildServicesApi.Http;

if (args is ["import", ..])
{
    return ImportCommand.Run(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddStore(builder.Configuration, builder.Environment);
builder.Services.AddProblems();
builder.Services.AddJson();
builder.Services.AddApiVersions();
builder.Services.AddMapping(builder.Configuration);
builder.Services.AddOpenApiDocument();
builder.Services.AddResponseCaching(builder.Configuration);

var app = builder.Build();
app.EnsureStoreExists();
app.UseProblems();
app.UseUnsupportedVersionProblems();
app.UseOpenApiDocument();
app.UseOutputCache();
app.MapServiceRoot();
app.MapAuthoritiesApi();
app.MapRegionsApi();
app.MapIndicatorsApi();
app.MapInspectionsApi();
app.MapSpendingApi();
app.MapMetaApi();
app.MapBenchmarkBaseline();
app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
