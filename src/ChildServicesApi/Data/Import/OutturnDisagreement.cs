using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Data.Import;

/// <summary>
/// An authority and year where RSX's children's social care total (line 330) and RO3's (line 30) differ, or only one
/// form has the authority. Both figures stay served, each cited to its own cell; the difference is reported, not resolved.
/// </summary>
internal sealed record OutturnDisagreement(
    Geography Geography, int Year, OutturnMeasure Measure, string? RsxCell, string? RsxValue, string? Ro3Cell, string? Ro3Value);
