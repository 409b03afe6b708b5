using ChildServicesApi.Data;
using ChildServicesApi.Domain;

namespace ChildServicesApi.Features.Indicators;

/// <summary>
/// Why geographies have no row at all for an indicator in a year, for the computed answers that list them as missing:
/// the authority did not exist then, or it is published only inside a reporting group (Kingston upon Thames and
/// Richmond upon Thames in the workforce census), or else no file has a figure. The sentences are
/// <see cref="StatusReasons"/>'; only which one applies is worked out here, from the snapshot.
/// </summary>
internal sealed class MissingReasons(IReadOnlyDictionary<(int GeographyId, int Year), StatusReason> known)
{
    public static readonly MissingReasons None = new(new Dictionary<(int, int), StatusReason>());

    public StatusReason For(int geographyId, int year) => known.GetValueOrDefault((geographyId, year)) ?? StatusReasons.NoFigure;

    /// <summary>The reasons for <paramref name="geographyIds"/> in <paramref name="years"/>; existence is judged at the end of <paramref name="periodKind"/>'s period (default the indicator's own).</summary>
    public static MissingReasons Load(StoreSnapshot data, Indicator indicator, IReadOnlyCollection<int> years, IReadOnlyCollection<int> geographyIds, PeriodKind? periodKind = null)
    {
        var known = new Dictionary<(int, int), StatusReason>();
        var wanted = geographyIds.ToHashSet();
        var figures = data.FiguresOf(indicator);
        foreach (var member in data.GroupMembers.Where(m => wanted.Contains(m.MemberId)))
        {
            foreach (var year in years)
            {
                if (figures.Current(member.GroupId, year) is { } figure)
                {
                    known[(member.MemberId, year)] = StatusReasons.InGroup(member.Member.Name, member.Group.Name, data.SourceFile(figure.SourceFileId).Publication);
                }
            }
        }

        // Created or abolished in the years the data covers; the order that did it names the source.
        foreach (var geography in wanted.Select(data.Geography).Where(g => g.ExistedFrom != null || g.ExistedTo != null))
        {
            var basis = data.Changes.FirstOrDefault(c => c.PredecessorId == geography.Id || c.SuccessorId == geography.Id)?.Basis;
            foreach (var year in years)
            {
                if (StatusReasons.NotInExistence(geography, periodKind ?? indicator.PeriodKind, year, basis) is { } reason)
                {
                    known[(geography.Id, year)] = reason;
                }
            }
        }
        return new MissingReasons(known);
    }
}
