using System.Text.Json.Serialization;

namespace ChildServicesApi.Features.Indicators;

internal enum IndicatorUnit
{
    Count,
    [JsonStringEnumMemberName("rate-per-10000-children")]
    RatePer10000Children,
    Percent,
    Pounds,
    FullTimeEquivalent,
    Days,
    /// <summary>A ratio that is none of the above, such as cases per case-holding social worker.</summary>
    Ratio,
}
