using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>ONS mid-year population estimates of children aged 0 to 17, mid-2012 to mid-2024, in DfE's EES layout.</summary>
internal static class PopulationSource
{
    public static EesFileSpec File { get; } = new("population/ons_mid-year_population_estimates_2012_to_2024.csv",
        new SourceCitation(Publications.Population, "Mid-2024", 2024,
            "Children aged 0 to 17 by local authority (ons_mid-year_population_estimates_2012_to_2024.csv)"),
        "Population", PeriodKind.MidYearEstimate,
        [
            new("population_estimate", "population-0-17", "Children aged 0 to 17",
                "ONS mid-year estimate of the resident population aged 0 to 17 at 30 June. DfE rates for the year to 31 March Y use the mid-(Y-1) estimate.",
                IndicatorUnit.Count, "Children aged 0 to 17 years"),
        ],
        CategoryColumn: "age_group");
}
