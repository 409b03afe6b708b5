namespace ChildServicesApi.Features.Authorities;

internal enum AuthorityStatus
{
    Current,
    Abolished,
}
