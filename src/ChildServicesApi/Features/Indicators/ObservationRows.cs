using ChildServicesApi.Data.Import;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.Indicators;

/// <summary>An observation as read from SQL, before the parts that need code (the permalink) are added.</summary>
internal sealed record ObservationRow(
    string IndicatorId, int GeographyId, GeographyRef Geography, int Year, string Period, double? Value, ObservationStatus Status, string? Reason, string? ReasonSource,
    string Release, bool IsCurrent, string Publisher, string Publication, int SourceFileId, string File, string Table, int Line, string Cell, string? Url, string Licence)
{
    public StatusReason? StatusReason => Reason is null ? null : new StatusReason(Reason, ReasonSource ?? "");

    public FigureSource Source => new(Publisher, Publication, File, Table, Line, Cell, Url, Licence);

    /// <summary>The figure at this data version; a superseded release's figure is only among release=all's rows.</summary>
    public string Permalink(string dataVersion) =>
        Citations.FigureLink(IndicatorId, Geography, Year, dataVersion) + (IsCurrent ? "" : "&release=all");

    public ObservationResponse ToResponse(string dataVersion) =>
        new(Geography, Year, Period, Value, Status, StatusReason, Release, Source, Permalink(dataVersion));

    public SeriesPoint ToPoint(string dataVersion) =>
        new(Year, Period, Value, Status, StatusReason, Release, Source, Permalink(dataVersion));
}

/// <summary>
/// Plain figures as citable as computed ones: each row carries its publication, file, line and cell, and a permanent
/// link. Written by hand rather than as an AutoMapper projection, since a derived figure cites the derivation, not
/// the numerator's publication, and the link is built in code.
/// </summary>
internal static class ObservationRows
{
    private static readonly string[] Derived = [.. DerivedMeasures.All.Select(m => m.Id)];

    public static IQueryable<ObservationRow> Select(IQueryable<Observation> observations) =>
        observations.Select(o => new ObservationRow(
            o.IndicatorId,
            o.GeographyId,
            new GeographyRef(o.Geography.GssCode ?? o.Geography.LaCode, o.Geography.LaCode, o.Geography.Name, o.Geography.Slug, o.Geography.Level),
            o.Year, o.Period, o.Value, o.Status, o.StatusReason, o.StatusReasonSource, o.SourceFile.Release, o.IsCurrent,
            Derived.Contains(o.IndicatorId) ? o.Indicator.Publisher : o.SourceFile.Publisher,
            Derived.Contains(o.IndicatorId) ? o.Indicator.Publication : o.SourceFile.Publication,
            o.SourceFileId, o.SourceFile.Path, o.SourceFile.Table, o.SourceLine, o.SourceValue,
            Derived.Contains(o.IndicatorId) ? o.Indicator.SourceUrl : o.SourceFile.Url,
            o.SourceFile.Licence));
}
