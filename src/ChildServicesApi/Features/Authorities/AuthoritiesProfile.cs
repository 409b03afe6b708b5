using AutoMapper;

namespace ChildServicesApi.Features.Authorities;

internal sealed class AuthoritiesProfile : Profile
{
    public AuthoritiesProfile()
    {
        CreateProjection<Geography, RegionRef>().ForCtorParam("Code", o => o.MapFrom(g => g.GssCode));
        CreateProjection<Geography, GeographyRef>().ForCtorParam("Code", o => o.MapFrom(g => g.GssCode ?? g.LaCode));
        CreateProjection<Geography, AuthoritySummary>().ForCtorParam("Type", o => o.MapFrom(g => g.AuthorityType));
    }
}
