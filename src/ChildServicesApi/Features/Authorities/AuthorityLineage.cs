using ChildServicesApi.Data;

namespace ChildServicesApi.Features.Authorities;

/// <summary>How an authority came to be or ceased to be, in the sentence answers give for a figure that cannot be compared.</summary>
internal static class AuthorityLineage
{
    /// <summary>"Created on 2009-04-01 from Cheshire" (the earliest order that made it, and every predecessor).</summary>
    public static string Created(StoreSnapshot data, Geography authority)
    {
        var predecessors = data.Changes.Where(c => c.SuccessorId == authority.Id).ToList();
        return $"Created on {predecessors.Select(p => p.EffectiveDate).DefaultIfEmpty().Min():yyyy-MM-dd} from {Names(predecessors.Select(p => p.Predecessor))}";
    }

    /// <summary>"Abolished on 2023-03-31; its area passed to …" (every successor).</summary>
    public static string Abolished(StoreSnapshot data, Geography authority) =>
        $"Abolished on {authority.ExistedTo:yyyy-MM-dd}; its area passed to {Names(data.Changes.Where(c => c.PredecessorId == authority.Id).Select(c => c.Successor))}";

    private static string Names(IEnumerable<Geography> geographies)
    {
        var names = geographies.Select(g => g.GssCode is null ? g.Name : $"{g.Name} ({g.GssCode})").Order(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? "no recorded predecessor" : string.Join(", ", names);
    }
}
