using AutoMapper;

namespace ChildServicesApi.Features.Authorities;

/// <summary>How a geography is referred to in answers, defined once: the snapshot maps each geography with it once per data version, and inspections project with it.</summary>
internal sealed class AuthoritiesProfile : Profile
{
    public AuthoritiesProfile()
    {
        CreateMap<Geography, RegionRef>().ForCtorParam("Code", o => o.MapFrom(g => g.GssCode));
        CreateMap<Geography, GeographyRef>().ForCtorParam("Code", o => o.MapFrom(g => g.GssCode ?? g.LaCode));
        CreateMap<Geography, AuthoritySummary>().ForCtorParam("Type", o => o.MapFrom(g => g.AuthorityType));
    }
}
