namespace ChildServicesApi.Features.Indicators;

/// <summary>Why a figure is or is not there, after the publishers' own symbols.</summary>
internal enum ObservationStatus
{
    Published,
    /// <summary><c>c</c>: suppressed to protect confidentiality.</summary>
    Suppressed,
    /// <summary><c>x</c>, <c>[x]</c> or LAIT's <c>-</c>: not available.</summary>
    NotAvailable,
    /// <summary><c>z</c>: not applicable.</summary>
    NotApplicable,
    /// <summary><c>u</c>: low reliability, withheld by the publisher.</summary>
    LowReliability,
    /// <summary><c>low</c>: rounds to zero but is not zero.</summary>
    RoundsToZero,
    /// <summary>No source has a figure for this geography and period (only in computed answers; never stored).</summary>
    Missing,
}

/// <summary>Statuses in running text.</summary>
internal static class ObservationStatuses
{
    /// <summary>A special status as words in a sentence ("not available"); "no figure" for missing.</summary>
    public static string Words(ObservationStatus status) => status switch
    {
        ObservationStatus.Published => "published",
        ObservationStatus.Suppressed => "suppressed",
        ObservationStatus.NotAvailable => "not available",
        ObservationStatus.NotApplicable => "not applicable",
        ObservationStatus.LowReliability => "low reliability",
        ObservationStatus.RoundsToZero => "rounds to zero",
        _ => "no figure",
    };
}
