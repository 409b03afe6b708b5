namespace ChildServicesApi.Features.SchoolOutcomes;

/// <summary>
/// One measure of how children in need, on a child protection plan or looked after do at school, by academic year:
/// early years, key stage 2 and 4 attainment, absence, exclusions, special educational needs and free school meals. A
/// family of its own beside the indicators, because its years are academic years (September to August), which no
/// indicator period kind describes.
/// </summary>
internal sealed class SchoolOutcome
{
    /// <summary>Stable kebab-case id, e.g. <c>looked-after-ks2-expected-standard-reading-writing-maths</c>.</summary>
    public required string Id { get; set; }
    public required string Title { get; set; }
    public SchoolOutcomeCohort Cohort { get; set; }
    public SchoolOutcomeTopic Topic { get; set; }
    public SchoolOutcomeUnit Unit { get; set; }
    /// <summary>The decimals the figures are published to.</summary>
    public int Decimals { get; set; }
    /// <summary>LAIT's code for the measure, e.g. <c>CIN_KS2_ExpStd_RWM</c>.</summary>
    public required string LaitCode { get; set; }
    /// <summary>The measure's name in LAIT's data dictionary.</summary>
    public required string LaitName { get; set; }
    /// <summary>The dictionary's description, verbatim but for its line breaks (LF).</summary>
    public required string Definition { get; set; }
    /// <summary>The dictionary's methodology, verbatim but for its line breaks (LF); null where it gives none ("-").</summary>
    public string? Methodology { get; set; }
    /// <summary>1-based line of the measure in LAIT's data dictionary.</summary>
    public int DictionaryLine { get; set; }
    public required string Publisher { get; set; }
    public required string Publication { get; set; }
    public required string PublicationUrl { get; set; }
    public required string Licence { get; set; }
}
