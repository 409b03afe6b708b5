using AutoMapper;

namespace ChildServicesApi.Features.Indicators;

internal sealed class IndicatorsProfile : Profile
{
    public IndicatorsProfile()
    {
        CreateMap<Indicator, IndicatorRef>();
    }
}
