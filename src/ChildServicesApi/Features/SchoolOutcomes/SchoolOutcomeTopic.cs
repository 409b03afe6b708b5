using System.Text.Json.Serialization;

namespace ChildServicesApi.Features.SchoolOutcomes;

/// <summary>What a school outcome is about.</summary>
internal enum SchoolOutcomeTopic
{
    /// <summary>The early years foundation stage profile, at the end of reception year.</summary>
    EarlyYears,
    /// <summary>Key stage 2 assessments, at the end of primary school (year 6).</summary>
    [JsonStringEnumMemberName("key-stage-2")]
    KeyStage2,
    /// <summary>Key stage 4 results (GCSEs and equivalents), at the end of year 11.</summary>
    [JsonStringEnumMemberName("key-stage-4")]
    KeyStage4,
    /// <summary>Sessions missed, and persistent absence.</summary>
    Absence,
    /// <summary>Suspensions (fixed period exclusions) and permanent exclusions.</summary>
    Exclusions,
    /// <summary>The shares of pupils with SEN support, or a statement or EHC plan, or neither.</summary>
    SpecialEducationalNeeds,
    /// <summary>The share of pupils eligible for free school meals.</summary>
    FreeSchoolMeals,
}
