using ChildServicesApi.Data;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.Indicators;

/// <summary>One current figure of an indicator, with what is needed to cite it.</summary>
internal sealed record Figure(
    int GeographyId, GeographyRef Geography, int Year, double? Value, ObservationStatus Status, string? ReasonText, string? ReasonSource, int SourceFileId, int SourceLine)
{
    // Kept once built: a figure belongs to one snapshot, so to one data version.
    private string? permalink;

    public bool HasValue => Status == ObservationStatus.Published && Value is not null;

    /// <summary>The figure's permanent link at this data version.</summary>
    public string Permalink(string indicatorId, string dataVersion) => permalink ??= Citations.FigureLink(indicatorId, Geography, Year, dataVersion);

    public StatusReason? Reason => ReasonText is null ? null : new StatusReason(ReasonText, ReasonSource ?? "");
}

/// <summary>A figure as computed answers show it: value, status (missing when no source has one), why there is none, and a permanent link.</summary>
/// <param name="Value">The figure; null when it is not published.</param>
/// <param name="Status">published, a special value's status, or missing.</param>
/// <param name="Reason">Why there is no figure; null when published.</param>
/// <param name="Permalink">The figure at this data version; null when missing.</param>
internal sealed record FigureCell(double? Value, ObservationStatus Status, StatusReason? Reason, string? Permalink);

/// <summary>An authority's figure.</summary>
/// <param name="Authority">The authority.</param>
/// <param name="Value">The figure; null when it is not published.</param>
/// <param name="Status">published, a special value's status, or missing.</param>
/// <param name="Reason">Why there is no figure; null when published.</param>
/// <param name="Permalink">The figure at this data version; null when missing.</param>
internal sealed record AuthorityFigure(GeographyRef Authority, double? Value, ObservationStatus Status, StatusReason? Reason, string? Permalink);

/// <summary>Loads current figures for the computed endpoints (rankings, change, distributions, comparisons).</summary>
internal static class Figures
{
    /// <summary>The indicator's current figures in <paramref name="years"/>, optionally for some geographies only, by year then geography id.</summary>
    public static List<Figure> Load(StoreSnapshot data, Indicator indicator, IReadOnlyCollection<int> years, IReadOnlyCollection<int>? geographyIds = null)
    {
        var wanted = geographyIds is null ? null : geographyIds as IReadOnlySet<int> ?? geographyIds.ToHashSet();
        return [.. data.FiguresOf(indicator).CurrentFigures.Where(f => years.Contains(f.Year) && (wanted is null || wanted.Contains(f.GeographyId)))];
    }

    /// <summary>The authorities that existed at the end of the indicator's period for <paramref name="year"/>, optionally in one region.</summary>
    public static List<(int Id, GeographyRef Ref)> AuthoritiesIn(StoreSnapshot data, PeriodKind kind, int year, Geography? region)
    {
        var end = Periods.End(kind, year);
        return data.Authorities
            .Where(g => (region is null || g.RegionId == region.Id || g.SubregionId == region.Id) && g.ExistedOn(end))
            .Select(g => (g.Id, data.RefOf(g.Id)))
            .ToList();
    }

    /// <summary>The cell for a figure; <paramref name="missing"/> says why when there is none (by default, that no file has one).</summary>
    public static FigureCell Cell(Figure? figure, string indicatorId, string dataVersion, StatusReason? missing = null) => figure is null
        ? new FigureCell(null, ObservationStatus.Missing, missing ?? StatusReasons.NoFigure, null)
        : new FigureCell(figure.HasValue ? figure.Value : null, figure.Status, figure.Reason,
            figure.Permalink(indicatorId, dataVersion));

    public static AuthorityFigure ForAuthority(GeographyRef authority, Figure? figure, string indicatorId, string dataVersion, StatusReason? missing = null)
    {
        var cell = Cell(figure, indicatorId, dataVersion, missing);
        return new AuthorityFigure(authority, cell.Value, cell.Status, cell.Reason, cell.Permalink);
    }
}
