using System.Collections.Concurrent;
using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;

namespace ChildServicesApi.Features.Spending;

/// <summary>A spending line as answers show it, with what filters and sorts it.</summary>
internal sealed record HeldSpendingLine(long Id, int GeographyId, SpendingLineResponse Response);

/// <summary>
/// Spending held in memory for one data version (<see cref="StoreSnapshot.Part{T}"/>): every S251 line as its response,
/// in store order, by geography; every spend-per-child derivation with the authorities its matched set left out; and the
/// latest financial year held. About 56,000 lines and 6,000 derivations.
/// </summary>
internal sealed class SpendingRecords
{
    private readonly ConcurrentDictionary<int, PerChildResponse> perChild = new();

    private SpendingRecords(List<HeldSpendingLine> lines, List<Derivation> derivations, ILookup<int, LeftOutAuthority> leftOut)
    {
        Lines = lines;
        LinesOf = lines.ToLookup(l => l.GeographyId);
        Derivations = derivations;
        LeftOut = leftOut;
        LatestYear = lines.Count == 0 ? null : lines.Max(l => l.Response.Year);
    }

    public IReadOnlyList<HeldSpendingLine> Lines { get; }

    public ILookup<int, HeldSpendingLine> LinesOf { get; }

    /// <summary>Every derivation, in store order, with its geography set.</summary>
    public IReadOnlyList<Derivation> Derivations { get; }

    /// <summary>The authorities left out of an area's matched set, by derivation id, by name.</summary>
    public ILookup<int, LeftOutAuthority> LeftOut { get; }

    public int? LatestYear { get; }

    /// <summary>A derivation's answer, built by <paramref name="build"/> the first time it is asked for and kept.</summary>
    public PerChildResponse PerChild(Derivation derivation, Func<Derivation, PerChildResponse> build) => perChild.GetOrAdd(derivation.Id, _ => build(derivation));

    public static SpendingRecords Of(StoreSnapshot data) => data.Part(Load);

    private static SpendingRecords Load(IServiceProvider services, StoreSnapshot data)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        string Once(string value) => text.TryGetValue(value, out var known) ? known : text[value] = value;
        var lines = db.SpendingLines.OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.GeographyId, l.Year, l.FinancialYear, l.Category, l.Role, l.LineReference, l.Label, l.GrossExpenditure, l.NetCurrentExpenditure, l.Status, l.SourceFileId })
            .AsEnumerable()
            .Select(l => new HeldSpendingLine(l.Id, l.GeographyId, new SpendingLineResponse(data.RefOf(l.GeographyId), l.Year, Once(l.FinancialYear), l.Category, l.Role,
                l.LineReference is null ? null : Once(l.LineReference), Once(l.Label), l.GrossExpenditure, l.NetCurrentExpenditure, l.Status,
                data.SourceFile(l.SourceFileId).Release)))
            .ToList();
        var derivations = db.Derivations.OrderBy(d => d.Id).ToList();
        foreach (var derivation in derivations)
        {
            derivation.Geography = data.Geography(derivation.GeographyId);
        }
        var leftOut = db.DerivationsLeftOut.OrderBy(l => l.Id).ToList()
            .Select(l => (l.DerivationId, l.Id, Authority: data.Geography(l.AuthorityId), l.SpendingStatus, l.ChildCountStatus, l.Reason))
            .OrderBy(l => l.Authority.Name, StringComparer.Ordinal).ThenBy(l => l.Id)
            .ToLookup(l => l.DerivationId, l => new LeftOutAuthority(l.Authority.GssCode, l.Authority.LaCode, l.Authority.Name, l.Authority.Slug,
                l.SpendingStatus, l.ChildCountStatus, l.Reason));
        return new SpendingRecords(lines, derivations, leftOut);
    }
}
