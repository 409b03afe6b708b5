using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Features.Indicators;

/// <summary>
/// An observation with what cites it: its publication, file, line and cell (a derived figure cites the derivation, not
/// the numerator's publication), built once per data version by <see cref="IndicatorFigures"/>, as is its response
/// the first time one is asked for.
/// </summary>
internal sealed record ObservationRow(
    long Id, string IndicatorId, int GeographyId, GeographyRef Geography, int Year, string Period, double? Value, ObservationStatus Status, string? Reason, string? ReasonSource,
    string Release, bool IsCurrent, string Publisher, string Publication, int SourceFileId, string File, string Table, int Line, string Cell, string? Url, string Licence)
{
    // Built on first use and kept: a row belongs to one snapshot, so to one data version.
    private ObservationResponse? response;
    private SeriesPoint? point;

    public StatusReason? StatusReason => Reason is null ? null : new StatusReason(Reason, ReasonSource ?? "");

    public FigureSource Source => new(Publisher, Publication, File, Table, Line, Cell, Url, Licence);

    /// <summary>The figure at this data version; a superseded release's figure is only among release=all's rows.</summary>
    public string Permalink(string dataVersion) =>
        Citations.FigureLink(IndicatorId, Geography, Year, dataVersion) + (IsCurrent ? "" : "&release=all");

    public ObservationResponse ToResponse(string dataVersion) =>
        response ??= new(Geography, Year, Period, Value, Status, StatusReason, Release, Source, Permalink(dataVersion));

    public SeriesPoint ToPoint(string dataVersion) =>
        point ??= new(Year, Period, Value, Status, StatusReason, Release, Source, Permalink(dataVersion));
}
