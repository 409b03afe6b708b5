using ChildServicesApi.Data;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.Neighbours;

/// <summary>One authority's neighbours in one model, as loaded for the neighbours and comparison endpoints.</summary>
internal sealed record NeighbourSet(NeighbourModelResponse Model, IReadOnlyList<int> OtherModels, IReadOnlyList<NeighbourResponse> Neighbours,
    IReadOnlyList<int> NeighbourIds, int SourceFileId);

internal static class NeighbourSets
{
    public static NeighbourModelResponse Describe(NeighbourModelSpec spec) => new(spec.Year, spec.Citation.Release, spec.CodesAsAt);

    /// <summary>The authority's neighbours in <paramref name="model"/> (default 2025), or a 404 naming the models that do list it.</summary>
    public static (NeighbourSet? Set, ProblemHttpResult? Problem) Load(StoreSnapshot data, Geography authority, int? model)
    {
        var year = model ?? NeighbourSource.LatestModel;
        var listed = data.NeighboursOf[authority.Id].ToList();
        var models = listed.Select(n => n.ModelYear).Distinct().OrderByDescending(y => y).ToList();
        if (!models.Contains(year))
        {
            var where = models.Count == 0 ? "no DfE statistical neighbour model lists it" : $"it is listed in model {string.Join(", ", models)}";
            return (null, Problems.NotFound(model is null ? "id" : "model",
                $"{authority.Name} has no statistical neighbours in the {year} model; {where}."));
        }
        var rows = listed.Where(n => n.ModelYear == year).ToList();
        var neighbours = rows.Select(r => new NeighbourResponse(r.Rank, data.SummaryOf(r.NeighbourId), r.Closeness)).ToList();
        var spec = NeighbourSource.Models.Single(m => m.Year == year);
        return (new NeighbourSet(Describe(spec), models.Where(m => m != year).ToList(), neighbours, [.. rows.Select(r => r.NeighbourId)], rows[0].SourceFileId), null);
    }
}
