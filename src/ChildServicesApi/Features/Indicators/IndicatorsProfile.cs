using AutoMapper;
using ChildServicesApi.Features.Authorities;

namespace ChildServicesApi.Features.Indicators;

internal sealed class IndicatorsProfile : Profile
{
    public IndicatorsProfile()
    {
        CreateProjection<Indicator, IndicatorRef>();
        CreateProjection<Observation, ObservationResponse>().ForCtorParam("Release", o => o.MapFrom(x => x.SourceFile.Release));
        CreateProjection<Observation, SeriesPoint>().ForCtorParam("Release", o => o.MapFrom(x => x.SourceFile.Release));
    }
}
