using ChildServicesApi.Data;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Boundaries;

/// <summary>An authority with the area drawn for it.</summary>
internal sealed record Area(Geography Authority, Boundary? Boundary)
{
    public BoundaryBasis Basis => Boundary?.Basis ?? BoundaryBasis.NoMatchingBoundary;

    public string? Note => Boundary is null ? "No boundary is recorded for this authority." : Boundary.Note;

    public IReadOnlyList<double>? Bbox => Boundary is { West: { } west, South: { } south, East: { } east, North: { } north } ? [west, south, east, north] : null;

    public BoundaryProperties Properties => new(Authority.GssCode, Authority.LaCode, Authority.Slug, Authority.Name,
        Authority.Region?.GssCode, Authority.Region?.Name, Basis, Note);

    public Feature<TProperties> Feature<TProperties>(TProperties properties) where TProperties : class =>
        new(FeatureType.Feature, Authority.Slug, Bbox, Boundary?.GeoJson is { } json ? new GeoJsonGeometry(json) : null, properties);
}

/// <summary>Loads the areas drawn for authorities, and what every map says about where they come from.</summary>
internal static class Areas
{
    public const string Licence = Publication.Licence;

    /// <summary>The authorities that existed on <paramref name="date"/> (today's when null), by name, each with its area.</summary>
    public static async Task<List<Area>> OnAsync(AppDbContext db, DateOnly? date, CancellationToken ct)
    {
        var authorities = db.Geographies.Where(g => g.Level == GeographyLevel.Authority);
        authorities = date is { } day
            ? authorities.Where(g => (g.ExistedFrom == null || g.ExistedFrom <= day) && (g.ExistedTo == null || day <= g.ExistedTo))
            : authorities.Where(g => g.ExistedTo == null);
        return await ForAsync(db, authorities, ct);
    }

    /// <summary>The given authorities, by name, each with its area.</summary>
    public static async Task<List<Area>> ForAsync(AppDbContext db, IReadOnlyCollection<int> authorityIds, CancellationToken ct) =>
        await ForAsync(db, db.Geographies.Where(g => authorityIds.Contains(g.Id)), ct);

    private static async Task<List<Area>> ForAsync(AppDbContext db, IQueryable<Geography> authorities, CancellationToken ct)
    {
        var found = await authorities.Include(g => g.Region).OrderBy(g => g.Name).ThenBy(g => g.Id).ToListAsync(ct);
        var ids = found.Select(g => g.Id).ToList();
        var boundaries = await db.Boundaries.Where(b => ids.Contains(b.GeographyId)).ToDictionaryAsync(b => b.GeographyId, ct);
        return found.Select(g => new Area(g, boundaries.GetValueOrDefault(g.Id))).ToList();
    }

    /// <summary>The boundary file as cited (the one source every map draws on).</summary>
    public static async Task<(BoundarySource Source, int SourceFileId)> SourceAsync(AppDbContext db, CancellationToken ct)
    {
        var file = await db.SourceFiles.Where(f => f.Path == BoundariesSource.File).SingleAsync(ct);
        return (new BoundarySource(file.Publisher, file.Publication, file.Path, file.Sha256, file.Url), file.Id);
    }

    /// <summary>The box around every drawn area: west, south, east, north; null when none is drawn.</summary>
    public static IReadOnlyList<double>? Bbox(IEnumerable<Area> areas)
    {
        var boxes = areas.Select(a => a.Bbox).OfType<IReadOnlyList<double>>().ToList();
        return boxes.Count == 0 ? null : [boxes.Min(b => b[0]), boxes.Min(b => b[1]), boxes.Max(b => b[2]), boxes.Max(b => b[3])];
    }
}
