using ChildServicesApi.Domain;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Data.Import;

/// <summary>The import step that stores, on every figure that is not published, the reason <see cref="StatusReasons"/> gives.</summary>
internal static class ExplainedStatuses
{
    /// <summary>Gives every imported figure that is not published its reason. Runs after the derived measures are added.</summary>
    public static void Add(ImportContext context)
    {
        var basis = context.AuthorityChanges
            .SelectMany(c => new[] { (Geography: c.Predecessor, c.Basis), (Geography: c.Successor, c.Basis) })
            .GroupBy(c => c.Geography).ToDictionary(g => g.Key, g => g.First().Basis);
        var derivations = context.Derivations.ToDictionary(d => (d.IndicatorId, d.Geography, d.Year));
        foreach (var observation in context.Observations.Where(o => o.Status != ObservationStatus.Published))
        {
            var reason = StatusReasons.NotInExistence(observation.Geography, observation.Indicator.PeriodKind, observation.Year, basis.GetValueOrDefault(observation.Geography))
                ?? (derivations.TryGetValue((observation.IndicatorId, observation.Geography, observation.Year), out var derivation)
                    ? StatusReasons.Derived(derivation)
                    : StatusReasons.Symbol(observation));
            observation.StatusReason = reason.Text;
            observation.StatusReasonSource = reason.Source;
        }
    }
}
