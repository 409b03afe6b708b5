using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Features.Meta;

if (args is ["import", ..])
{
    return ImportCommand.Run(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddStore(builder.Configuration, builder.Environment);

var app = builder.Build();
app.EnsureStoreExists();
app.MapServiceRoot();
app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
