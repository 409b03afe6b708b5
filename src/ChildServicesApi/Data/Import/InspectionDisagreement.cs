using ChildServicesApi.Features.Authorities;

namespace ChildServicesApi.Data.Import;

/// <summary>
/// A field of one inspection that the third-party compilation gives differently from Ofsted's own sheet (matched on the
/// authority and the first day on site). The official row is served; the compilation's is only compared. The official
/// side is null where Ofsted's sheet has no inspection of that authority starting that day.
/// </summary>
internal sealed record InspectionDisagreement(
    Geography Geography, DateOnly InspectionDate, string Field,
    string? OfficialFile, int? OfficialLine, string? OfficialText,
    string CompilationFile, int CompilationLine, string CompilationText);
