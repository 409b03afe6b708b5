using ChildServicesApi.Data;
using ChildServicesApi.Domain;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.Indicators;

/// <summary>The 404 for an indicator id, shared by every operation that takes one.</summary>
internal static class IndicatorLookup
{
    /// <summary>No indicator has this id: say where the catalogue is, with up to five ids that contain it or that it contains.</summary>
    public static ProblemHttpResult NotFound(StoreSnapshot data, string indicatorId)
    {
        return Problems.NotFound("indicatorId", $"No indicator has the id '{Problems.Echo(indicatorId)}'. The catalogue is at /api/v1/indicators.",
            Slugs.Close(indicatorId, data.IndicatorCatalogue.Select(i => i.Id)));
    }
}
