using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;

namespace ChildServicesApi.Features.Inspections;

/// <summary>Which Ofsted grade was in force for an authority on a date, and how that is decided: shared by /inspections/judgements-in-force and the inspections map.</summary>
internal static class JudgementsInForce
{
    private const string InForceCommon =
        "The judgement in force for an authority is the overall effectiveness grade of its latest inspection that gave one (SIF 2013-2018, " +
        "ILACS standard and short 2018 on; they share the four-point scale). Earlier frameworks (SLAC, child protection, looked after) judged " +
        "other things on other scales and are not counted; focused and monitoring visits change no grade. An authority's inspections carry " +
        "across a change of GSS code alone (Buckinghamshire 2020, North Yorkshire and Somerset 2023) but not from an abolished authority to " +
        "its successors. Authorities that existed on the date but had no such inspection yet are never-inspected and are left out of the shares. " +
        "Ofsted's own sheets end at 31 March 2025: ILACS reports published since come from a third-party compilation of Ofsted's reports " +
        "(Data to Insight's ILACS scrape tool), and each grade from it is marked source third-party-compilation. Inspections after the April " +
        "2026 reform give no overall grade, so they change none: the last grade given stays in force.";

    /// <summary>How the answer was reached, for its method text.</summary>
    public static string Method(bool inspectionBasis, DateOnly asAt) => inspectionBasis
        ? $"Basis: inspection, as Ofsted's own snapshots count. An inspection counts from the day it started (the first day on site; for a " +
          $"SIF with no start date in the sources, the day its report was published), once its report was published by {OfstedEditions.PublishedBy(asAt):yyyy-MM-dd} " +
          (OfstedEditions.On(asAt) is { } edition
              ? $"(the cut-off of Ofsted's edition: {edition.Publication}{(edition.AlsoCounted.Count > 0 ? "; reports its notes count although published later are counted too" : "")}). "
              : $"({OfstedEditions.DefaultCutOffMonths} months after the date, as in Ofsted's editions as at 31 March 2024 and 2025). ") + InForceCommon
        : "Basis: publication. An inspection counts from the day its report was published. " + InForceCommon;

    /// <summary>The graded inspection in force on <paramref name="asAt"/> for each of <paramref name="authorities"/> that had one, by authority id.</summary>
    public static Dictionary<int, GradeInForce> Of(StoreSnapshot data, IReadOnlyList<Geography> authorities, DateOnly asAt, bool inspectionBasis)
    {
        var laCodes = authorities.ToDictionary(a => a.Id, a => a.LaCode);
        var byAuthority = InspectionRecords.Of(data).Graded;
        return authorities.Select(a => (a.Id, Inspection: byAuthority[a.Id]
                .Where(i => inspectionBasis
                    ? (i.InspectionDate ?? i.PublicationDate) <= asAt && OfstedEditions.Counts(asAt, laCodes[a.Id], i.PublicationDate)
                    : i.PublicationDate <= asAt)
                .OrderByDescending(i => inspectionBasis ? i.InspectionDate ?? i.PublicationDate : i.PublicationDate)
                .ThenByDescending(i => i.PublicationDate).ThenByDescending(i => i.Id)
                .FirstOrDefault()))
            .Where(x => x.Inspection is not null)
            .ToDictionary(x => x.Id, x => x.Inspection!);
    }
}
