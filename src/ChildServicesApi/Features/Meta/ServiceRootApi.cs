using ChildServicesApi.Data;
using ChildServicesApi.Data.Import.Sources;
using Microsoft.EntityFrameworkCore;
using ChildServicesApi.Domain;

namespace ChildServicesApi.Features.Meta;

/// <summary>The service root: what this is, which data it serves, and the attribution the licence requires.</summary>
internal static class ServiceRootApi
{
    internal sealed record ServiceRootResponse(string Name, string DataVersion, DateTimeOffset ImportedAt, string Licence, string LicenceUrl, string Attribution);

    public static IEndpointRouteBuilder MapServiceRoot(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetServiceRoot).WithName(nameof(GetServiceRoot)).ExcludeFromDescription();
        return app;
    }

    private static async Task<ServiceRootResponse> GetServiceRoot(AppDbContext db, CancellationToken ct)
    {
        var import = await db.ImportRecords.OrderByDescending(r => r.Id).FirstAsync(ct);
        return new ServiceRootResponse("ChildServicesApi", import.DataVersion, import.CompletedAt,
            Publication.Licence, Publication.LicenceUrl, Publication.Attribution);
    }
}
