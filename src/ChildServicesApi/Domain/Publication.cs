namespace ChildServicesApi.Domain;

/// <summary>A statistical publication, as cited to users.</summary>
internal sealed record Publication(string Publisher, string Title, string Url)
{
    public const string Licence = "Open Government Licence v3.0";
    public const string LicenceUrl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    /// <summary>The attribution the Open Government Licence asks for, given in every answer's metadata, the OpenAPI document and the downloads.</summary>
    public const string Attribution =
        "Contains Department for Education, Ministry of Housing, Communities and Local Government, Ministry of Justice (Youth Justice Board), Ofsted and Office for National Statistics data licensed under the Open Government Licence v3.0. " +
        "Contains OS data © Crown copyright and database right 2023 (the boundaries).";
}
