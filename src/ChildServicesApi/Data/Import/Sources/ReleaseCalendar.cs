using ChildServicesApi.Domain;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// What an indicator's next release date rests on. The only schedule recorded in seed/ is LAIT's data dictionary,
/// whose "Last Update" and "Next Update" columns date each measure's updates from its DfE publication; an indicator
/// is tied to the LAIT measure republishing the same publication. Where nothing in seed/ records a date (the ONS
/// population estimates), the expectation is unknown, never guessed.
/// </summary>
internal static class ReleaseCalendar
{
    /// <summary>One input whose next release an indicator waits for: the LAIT measure dating it, or null when no seed file dates it.</summary>
    internal sealed record Input(string What, string? LaitMeasure);

    private static readonly Input ChildrenInNeed = new(Publications.ChildrenInNeed.Title, "CIN");
    private static readonly Input ChildrenLookedAfter = new(Publications.ChildrenLookedAfter.Title, "LACnum");
    private static readonly Input Workforce = new(Publications.Workforce.Title, "Work_Force_NoSW");
    private static readonly Input Population = new("ONS's mid-year population estimates", null);

    public static IReadOnlyList<Input> For(Indicator indicator)
    {
        if (LaitSource.Rates.FirstOrDefault(r => r.IndicatorId == indicator.Id) is { } rate)
        {
            return [new(rate.Publication, rate.MeasureCode)];
        }
        return indicator.Id switch
        {
            DerivedMeasures.SpendPerChildInNeed => [new(Publications.S251Outturn.Title, "TotalLACFinance"), ChildrenInNeed],
            DerivedMeasures.SafeguardingSpendPerChildInNeed => [new(Publications.S251Outturn.Title, "SafeguardingFinance"), ChildrenInNeed],
            DerivedMeasures.SpendPerChild => [new(Publications.S251Outturn.Title, "TotalLACFinance"), Population],
            _ when indicator.Publication == Publications.ChildrenInNeed.Title => [ChildrenInNeed],
            _ when indicator.Publication == Publications.ChildrenLookedAfter.Title => [ChildrenLookedAfter],
            _ when indicator.Publication == Publications.Workforce.Title => [Workforce],
            _ when indicator.Publication == Publications.Population.Title => [Population],
            _ => [new(indicator.Publication, null)],
        };
    }
}
