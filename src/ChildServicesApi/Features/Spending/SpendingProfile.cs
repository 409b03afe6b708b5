using AutoMapper;

namespace ChildServicesApi.Features.Spending;

internal sealed class SpendingProfile : Profile
{
    public SpendingProfile()
    {
        CreateProjection<SpendingLine, SpendingLineResponse>().ForCtorParam("Release", o => o.MapFrom(l => l.SourceFile.Release));
    }
}
