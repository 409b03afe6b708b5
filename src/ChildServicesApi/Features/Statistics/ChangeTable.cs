using ChildServicesApi.Data;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.Statistics;

/// <summary>
/// An indicator's change between two years for England and every authority, worked out once per data version and year
/// pair and kept (<see cref="Memo{TKey, TValue}"/>, at most <see cref="Capacity"/> pairs). A request filters the rows to
/// its region or authorities, orders and limits them; the rows are held, so their JSON and CSV are written once.
/// </summary>
internal sealed record ChangeTable(IndicatorRef? Rate, ChangeRow England, IReadOnlyList<ChangeTable.Entry> Rows, IReadOnlyList<SourceFileResponse> Sources)
{
    /// <summary>
    /// Year pairs kept per data version: about 40 KB of rows each (a crawl of 1,500 pairs raised peak RSS by 39 MB with
    /// 1,024 kept), so at most about 10 MB, plus their renderings within the held-rendering budget.
    /// </summary>
    public const int Capacity = 256;

    /// <summary>One authority's row, with the authority its scope is tested on.</summary>
    internal sealed record Entry(Geography Authority, ChangeRow Row);

    public static ChangeTable Of(StoreSnapshot data, Indicator indicator, int from, int to) =>
        data.Part((_, _) => new Memo<(string, int, int), ChangeTable>(Capacity)).GetOrAdd((indicator.Id, from, to), _ => Build(data, indicator, from, to));

    private static ChangeTable Build(StoreSnapshot data, Indicator indicator, int from, int to)
    {
        var rateIndicator = indicator.Unit == IndicatorUnit.Count ? data.Indicator(indicator.Id + "-rate") : null;
        var rate = rateIndicator is null ? null : data.RefOf(rateIndicator);
        var figures = Figures.Load(data, indicator, [from, to]);
        var rates = rateIndicator is null ? [] : Figures.Load(data, rateIndicator, [from, to]);
        var authorities = data.Authorities;
        var ids = authorities.Select(a => a.Id).ToList();
        var missing = MissingReasons.Load(data, indicator, [from, to], ids);
        // The rate's reasons are worked out on the count's period kind, as the count's years are the ones compared.
        var rateMissing = rateIndicator is null ? MissingReasons.None : MissingReasons.Load(data, rateIndicator, [from, to], ids, indicator.PeriodKind);
        var comparer = new ChangeComparer(data, indicator.Id, rate, figures, rates, from, to, missing, rateMissing);

        var (start, end) = (Periods.End(indicator.PeriodKind, from), Periods.End(indicator.PeriodKind, to));
        var rows = new List<Entry>();
        foreach (var authority in authorities)
        {
            var (atStart, atEnd) = (authority.ExistedOn(start), authority.ExistedOn(end));
            if (atStart && atEnd)
            {
                rows.Add(new(authority, comparer.Compare(authority, authority, null)));
            }
            else if (atEnd)
            {
                rows.Add(new(authority, comparer.Unlike(authority, startExists: false, $"{AuthorityLineage.Created(data, authority)}; its area did not exist as one authority in {from}.")));
            }
            else if (atStart)
            {
                rows.Add(new(authority, comparer.Unlike(authority, startExists: true, $"{AuthorityLineage.Abolished(data, authority)}, so there is no like-for-like {to} figure.")));
            }
        }
        var national = data.National;
        return new ChangeTable(rate, comparer.Compare(national, national, null), rows,
            Citations.Sources(data, figures.Concat(rates).Select(f => f.SourceFileId)));
    }
}
