using AutoMapper;
using AutoMapper.QueryableExtensions;
using ChildServicesApi.Data;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Neighbours;

/// <summary>One authority's neighbours in one model, as loaded for the neighbours and comparison endpoints.</summary>
internal sealed record NeighbourSet(NeighbourModelResponse Model, IReadOnlyList<int> OtherModels, IReadOnlyList<NeighbourResponse> Neighbours,
    IReadOnlyList<int> NeighbourIds, int SourceFileId);

internal static class NeighbourSets
{
    public static NeighbourModelResponse Describe(NeighbourModelSpec spec) => new(spec.Year, spec.Citation.Release, spec.CodesAsAt);

    /// <summary>The authority's neighbours in <paramref name="model"/> (default 2025), or a 404 naming the models that do list it.</summary>
    public static async Task<(NeighbourSet? Set, ProblemHttpResult? Problem)> LoadAsync(
        AppDbContext db, IMapper mapper, Geography authority, int? model, CancellationToken ct)
    {
        var year = model ?? NeighbourSource.LatestModel;
        var models = await db.StatisticalNeighbours.Where(n => n.AuthorityId == authority.Id)
            .Select(n => n.ModelYear).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        if (!models.Contains(year))
        {
            var where = models.Count == 0 ? "no DfE statistical neighbour model lists it" : $"it is listed in model {string.Join(", ", models)}";
            return (null, Problems.NotFound(model is null ? "id" : "model",
                $"{authority.Name} has no statistical neighbours in the {year} model; {where}."));
        }
        var rows = await db.StatisticalNeighbours.Where(n => n.AuthorityId == authority.Id && n.ModelYear == year)
            .OrderBy(n => n.Rank)
            .Select(n => new { n.Rank, n.NeighbourId, n.Closeness, n.SourceFileId })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.NeighbourId).ToList();
        var summaries = await SummariesAsync(db, mapper, ids, ct);
        var neighbours = rows.Select(r => new NeighbourResponse(r.Rank, summaries[r.NeighbourId], r.Closeness)).ToList();
        var spec = NeighbourSource.Models.Single(m => m.Year == year);
        return (new NeighbourSet(Describe(spec), models.Where(m => m != year).ToList(), neighbours, ids, rows[0].SourceFileId), null);
    }

    /// <summary>Summaries keyed by geography id (projected in id order, then paired with the sorted ids).</summary>
    public static async Task<Dictionary<int, AuthoritySummary>> SummariesAsync(AppDbContext db, IMapper mapper, IEnumerable<int> geographyIds, CancellationToken ct)
    {
        var ids = geographyIds.Distinct().Order().ToList();
        var summaries = await db.Geographies.Where(g => ids.Contains(g.Id)).OrderBy(g => g.Id)
            .ProjectTo<AuthoritySummary>(mapper.ConfigurationProvider).ToListAsync(ct);
        return ids.Zip(summaries).ToDictionary(p => p.First, p => p.Second);
    }
}
