using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Indicators;

/// <summary>
/// Why geographies have no row at all for an indicator in a year, for the computed answers that list them as missing:
/// the authority did not exist then, or it is published only inside a reporting group (Kingston upon Thames and
/// Richmond upon Thames in the workforce census), or else no file has a figure. The sentences are
/// <see cref="StatusReasons"/>'; only which one applies is worked out here, from a few small reads.
/// </summary>
internal sealed class MissingReasons(IReadOnlyDictionary<(int GeographyId, int Year), StatusReason> known)
{
    public static readonly MissingReasons None = new(new Dictionary<(int, int), StatusReason>());

    public StatusReason For(int geographyId, int year) => known.GetValueOrDefault((geographyId, year)) ?? StatusReasons.NoFigure;

    public static async Task<MissingReasons> LoadAsync(
        AppDbContext db, string indicatorId, PeriodKind kind, IReadOnlyCollection<int> years, IReadOnlyCollection<int> geographyIds, CancellationToken ct)
    {
        var known = new Dictionary<(int, int), StatusReason>();
        var members = await db.AuthorityGroupMembers.Where(m => geographyIds.Contains(m.MemberId))
            .Select(m => new { m.MemberId, Member = m.Member.Name, m.GroupId, Group = m.Group.Name })
            .ToListAsync(ct);
        var groupIds = members.Select(m => m.GroupId).Distinct().ToList();
        var groupFigures = await db.Observations
            .Where(o => o.IndicatorId == indicatorId && o.IsCurrent && groupIds.Contains(o.GeographyId) && years.Contains(o.Year))
            .Select(o => new { o.GeographyId, o.Year, o.SourceFile.Publication })
            .ToListAsync(ct);
        foreach (var member in members)
        {
            foreach (var figure in groupFigures.Where(f => f.GeographyId == member.GroupId))
            {
                known[(member.MemberId, figure.Year)] = StatusReasons.InGroup(member.Member, member.Group, figure.Publication);
            }
        }

        // Created or abolished in the years the data covers; the order that did it names the source.
        var changing = await db.Geographies.Where(g => geographyIds.Contains(g.Id) && (g.ExistedFrom != null || g.ExistedTo != null)).ToListAsync(ct);
        var changingIds = changing.Select(g => g.Id).ToList();
        var orders = await db.AuthorityChanges.Where(c => changingIds.Contains(c.PredecessorId) || changingIds.Contains(c.SuccessorId))
            .Select(c => new { c.PredecessorId, c.SuccessorId, c.Basis }).ToListAsync(ct);
        foreach (var geography in changing)
        {
            var basis = orders.FirstOrDefault(c => c.PredecessorId == geography.Id || c.SuccessorId == geography.Id)?.Basis;
            foreach (var year in years)
            {
                if (StatusReasons.NotInExistence(geography, kind, year, basis) is { } reason)
                {
                    known[(geography.Id, year)] = reason;
                }
            }
        }
        return new MissingReasons(known);
    }
}
