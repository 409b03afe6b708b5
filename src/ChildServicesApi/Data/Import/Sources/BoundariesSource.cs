using ChildServicesApi.Domain;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>ONS Open Geography Portal: Counties and Unitary Authorities (December 2023) Boundaries UK BUC, England features.</summary>
internal static class BoundariesSource
{
    public const string File = "boundaries/ctyua_2023_buc.geojson";

    /// <summary>The feature property holding the GSS code (the file keeps only <c>code</c> and <c>name</c>).</summary>
    public const string CodeProperty = "code";

    public const string Vintage = "December 2023";

    /// <summary>The attribution the Open Government Licence and Ordnance Survey ask for wherever the boundaries are shown.</summary>
    public const string Attribution =
        "Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2023";

    /// <summary>The file's coordinates have four decimal places; unions are computed on that grid, so shared edges meet exactly.</summary>
    public const double GridScale = 10_000;

    public static readonly Publication Publication = new("Office for National Statistics (Open Geography Portal)",
        "Counties and Unitary Authorities (December 2023) Boundaries UK BUC", "https://geoportal.statistics.gov.uk/");

    public static readonly SourceCitation Citation = new(Publication, Vintage, 20231201,
        "ctyua_2023_buc.geojson: ultra-generalised boundaries clipped to the coastline (BUC), England features only, properties code and name");
}
