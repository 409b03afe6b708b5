using System.Globalization;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Domain;

/// <summary>
/// The one place a figure's special status is explained, most specific reason first: (a) the authority did not exist
/// at the end of the period (with the dates and the order that made the change); (b) the authority is published only
/// inside a reporting group; (c) a derived figure's input has no figure; otherwise (d) the publisher's own definition
/// of the symbol in the cell, as recorded in seed/PROVENANCE.md. Never a cause the sources do not give. Stored
/// reasons are set at import (<see cref="Data.Import.ExplainedStatuses"/>); "missing" ones are worked out per request with the same sentences.
/// </summary>
internal static class StatusReasons
{
    private const string Symbols = "seed/PROVENANCE.md, 'Symbols the publishers use instead of a number'";
    private const string Geography = "seed/PROVENANCE.md, 'Geography and reorganisations'";

    public static readonly StatusReason NoFigure = new(
        "No source file has a figure for this authority and year.",
        "The files listed at /api/v1/meta: none has a row or cell for it.");

    /// <summary>(a) The authority did not exist on the last day of the period; null when it did (or is not an authority).</summary>
    public static StatusReason? NotInExistence(Geography geography, PeriodKind kind, int year, string? basis)
    {
        var end = Periods.End(kind, year);
        if (geography.Level != GeographyLevel.Authority || geography.ExistedOn(end))
        {
            return null;
        }
        var when = geography.ExistedTo is { } to && to < end
            ? $"it existed until {Date(to)}"
            : $"it was created on {Date(geography.ExistedFrom!.Value)}";
        return new StatusReason(
            $"{geography.Name} did not exist on {Date(end)}, the end of this period: {when}.",
            basis is null ? Geography : $"{basis} ({Geography})");
    }

    /// <summary>(b) The authority's figure is published only as part of a group of authorities reported as one unit.</summary>
    public static StatusReason InGroup(string authority, string group, string publication) => new(
        $"{authority} is published only as part of '{group}', which {publication} reports as one unit; see that group's figure.",
        $"{publication} gives one row for '{group}' (seed/PROVENANCE.md, the publication's caveats)");

    /// <summary>(c) A derived figure is not computed because an input has no figure, or the child count is zero.</summary>
    public static StatusReason Derived(Derivation derivation)
    {
        const string source = "The derivation's inputs, shown at /api/v1/spending/per-child (seed/PROVENANCE.md, 'Derived: spend per child')";
        if (derivation.NumeratorStatus != ObservationStatus.Published || derivation.NumeratorValue is null)
        {
            return new StatusReason(
                $"Not computed: the numerator ({derivation.NumeratorLabel}) has no published figure ({ObservationStatuses.Words(derivation.NumeratorStatus)} in {derivation.NumeratorSourceFile.Path}, line {derivation.NumeratorSourceLine}).",
                source);
        }
        if (derivation.DenominatorStatus != ObservationStatus.Published || derivation.DenominatorValue is null)
        {
            return new StatusReason(
                $"Not computed: the denominator ({derivation.DenominatorIndicatorId}, {derivation.DenominatorYear}) has no published figure ({ObservationStatuses.Words(derivation.DenominatorStatus)} in {derivation.DenominatorSourceFile.Path}, line {derivation.DenominatorSourceLine}).",
                source);
        }
        return new StatusReason(
            $"Not applicable: the denominator ({derivation.DenominatorIndicatorId}, {derivation.DenominatorYear}) is 0 ({derivation.DenominatorSourceFile.Path}, line {derivation.DenominatorSourceLine}), so there is no figure per child.",
            source);
    }

    /// <summary>(d) The publisher's definition of the symbol in the cell.</summary>
    public static StatusReason Symbol(Observation observation)
    {
        var file = observation.SourceFile;
        var cell = observation.SourceValue;
        var publication = $"{file.Publication}, {file.Release}";
        // The EES symbols' meanings as seed/PROVENANCE.md records them (copied from ../shared/data/PROVENANCE.md lines 84-91).
        if (file.Path.StartsWith("lait/", StringComparison.Ordinal))
        {
            return LaitSymbol(cell, file);
        }
        var text = observation.Status switch
        {
            ObservationStatus.Suppressed => "Suppressed by DfE to protect confidentiality (small numbers).",
            ObservationStatus.NotAvailable => "Not available: DfE's symbol for a figure it does not have, for example where an authority did not submit its return or its data had a quality problem.",
            ObservationStatus.NotApplicable => "Not applicable: DfE's symbol for a figure that does not apply.",
            ObservationStatus.LowReliability => "Low reliability: DfE withholds the figure as not reliable enough to publish.",
            ObservationStatus.RoundsToZero => "Rounds to zero: the figure is above zero but rounds to 0 at the published precision.",
            _ => $"The publisher gives '{cell}' instead of a number.",
        };
        return new StatusReason(text, $"{Symbols}: DfE's Explore Education Statistics symbol '{cell}', in {publication} release");
    }

    /// <summary>LAIT's symbol in a cell of one of its files: it does not say why.</summary>
    public static StatusReason LaitSymbol(string cell, SourceFile file) => new(
        $"No figure: LAIT marks a missing figure with '{cell}' and does not say why.",
        $"{Symbols}: LAIT's symbol '{cell}', in {file.Publication}, {file.Release}");

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
