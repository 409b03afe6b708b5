namespace ChildServicesApi.Features.Inspections;

/// <summary>Where an inspection's record comes from: Ofsted's own statistics, or a third party's compilation of Ofsted's reports.</summary>
internal enum InspectionSource
{
    /// <summary>Ofsted's official statistics sheets (to 31 March 2025).</summary>
    Official,
    /// <summary>Data to Insight's ILACS scrape tool, which reads Ofsted's report PDFs: reports published after 31 March 2025 only.</summary>
    ThirdPartyCompilation,
}
