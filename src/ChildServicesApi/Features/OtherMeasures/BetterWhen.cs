namespace ChildServicesApi.Features.OtherMeasures;

/// <summary>Which way a measure is better, as LAIT's data dictionary gives it (its Polarity: Low or High).</summary>
internal enum BetterWhen
{
    /// <summary>A lower figure is better (Polarity "Low").</summary>
    Lower,
    /// <summary>A higher figure is better (Polarity "High").</summary>
    Higher,
}
