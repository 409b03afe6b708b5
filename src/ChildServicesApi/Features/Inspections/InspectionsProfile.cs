using AutoMapper;

namespace ChildServicesApi.Features.Inspections;

internal sealed class InspectionsProfile : Profile
{
    public InspectionsProfile()
    {
        CreateProjection<InspectionJudgement, JudgementResponse>();
        CreateProjection<Inspection, InspectionResponse>()
            .ForCtorParam("Authority", o => o.MapFrom(i => i.Geography))
            .ForCtorParam("Judgements", o => o.MapFrom(i => i.Judgements.OrderBy(j => j.Order)));
    }
}
