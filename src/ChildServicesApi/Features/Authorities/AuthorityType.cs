namespace ChildServicesApi.Features.Authorities;

internal enum AuthorityType
{
    LondonBorough,
    MetropolitanDistrict,
    UnitaryAuthority,
    ShireCounty,
}
