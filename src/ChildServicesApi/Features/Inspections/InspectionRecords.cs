using AutoMapper;
using AutoMapper.QueryableExtensions;
using ChildServicesApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Inspections;

/// <summary>An inspection as answers show it, with what filters it.</summary>
internal sealed record HeldInspection(int GeographyId, InspectionFramework Framework, OfstedGrade? OverallEffectiveness, DateOnly PublicationDate, InspectionResponse Response);

/// <summary>
/// Ofsted's inspections held in memory for one data version (<see cref="StoreSnapshot.Part{T}"/>), newest publication
/// first: about 800 inspections with their sub-judgements, the graded ones for the judgements in force, and how far the
/// inspection data reaches.
/// </summary>
internal sealed class InspectionRecords
{
    /// <summary>The frameworks that judge overall effectiveness on the one four-point scale: SIF (2013-2018) and ILACS (2018 on).</summary>
    public static readonly InspectionFramework[] GradedFrameworks =
        [InspectionFramework.Sif, InspectionFramework.SifReinspection, InspectionFramework.IlacsStandard, InspectionFramework.IlacsShort];

    private InspectionRecords(List<HeldInspection> all, List<GradeInForce> graded, DateOnly? coveredTo, DateOnly? latestReport)
    {
        All = all;
        ByAuthority = all.ToLookup(i => i.GeographyId);
        Graded = graded.ToLookup(g => g.GeographyId);
        CoveredTo = coveredTo;
        LatestReport = latestReport;
    }

    /// <summary>Every inspection and visit, newest publication first (then by id).</summary>
    public IReadOnlyList<HeldInspection> All { get; }

    /// <summary>One authority's inspections, in the same order.</summary>
    public ILookup<int, HeldInspection> ByAuthority { get; }

    /// <summary>Each authority's inspections that gave an overall effectiveness grade on the four-point scale.</summary>
    public ILookup<int, GradeInForce> Graded { get; }

    /// <summary>The date of Ofsted's latest outcomes edition held.</summary>
    public DateOnly? CoveredTo { get; }

    /// <summary>The publication date of the latest report held.</summary>
    public DateOnly? LatestReport { get; }

    public static InspectionRecords Of(StoreSnapshot data) => data.Part(Load);

    private static InspectionRecords Load(IServiceProvider services, StoreSnapshot data)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var mapper = services.GetRequiredService<IMapper>();
        var responses = db.Inspections.OrderByDescending(i => i.PublicationDate).ThenBy(i => i.Id)
            .ProjectTo<InspectionResponse>(mapper.ConfigurationProvider).ToList();
        var facts = db.Inspections.Select(i => new { i.Id, i.GeographyId, i.Framework, i.OverallEffectiveness, i.PublicationDate, i.InspectionDate, i.WebLink, i.SourceFileId, i.Source })
            .ToDictionary(i => i.Id);
        var all = responses.Select(r =>
        {
            var f = facts[r.Id];
            return new HeldInspection(f.GeographyId, f.Framework, f.OverallEffectiveness, f.PublicationDate, r);
        }).ToList();
        var graded = facts.Values.Where(i => GradedFrameworks.Contains(i.Framework) && i.OverallEffectiveness != null).OrderBy(i => i.Id)
            .Select(i => new GradeInForce(i.Id, i.GeographyId, i.Framework, i.InspectionDate, i.PublicationDate, i.OverallEffectiveness!.Value, i.WebLink, i.SourceFileId, i.Source))
            .ToList();
        var coveredTo = db.OfficialJudgements.Max(j => (DateOnly?)j.AsAt);
        return new InspectionRecords(all, graded, coveredTo, all.Count == 0 ? null : all.Max(i => i.PublicationDate));
    }
}
