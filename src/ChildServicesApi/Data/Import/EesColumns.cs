namespace ChildServicesApi.Data.Import;

/// <summary>The standard columns of a DfE Explore Education Statistics (EES) open-data CSV.</summary>
internal static class EesColumns
{
    public const string TimePeriod = "time_period";
    public const string TimeIdentifier = "time_identifier";
    public const string Level = "geographic_level";
    public const string CountryCode = "country_code";
    public const string RegionCode = "region_code";
    public const string RegionName = "region_name";
    public const string OldLaCode = "old_la_code";
    public const string NewLaCode = "new_la_code";
    public const string LaName = "la_name";

    public const string National = "National";
    public const string Regional = "Regional";
    public const string LocalAuthority = "Local authority";
    public const string ReportingYear = "Reporting year";

    public static readonly string[] Geography =
        [TimePeriod, TimeIdentifier, Level, CountryCode, RegionCode, RegionName, OldLaCode, NewLaCode, LaName];
}
