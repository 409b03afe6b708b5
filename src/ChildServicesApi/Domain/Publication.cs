namespace ChildServicesApi.Domain;

/// <summary>A statistical publication, as cited to users.</summary>
internal sealed record Publication(string Publisher, string Title, string Url)
{
    public const string Licence = "Open Government Licence v3.0";
    public const string LicenceUrl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
}
