namespace ChildServicesApi.Features.Spending;

/// <summary>The MHCLG revenue outturn form a figure was returned on.</summary>
internal enum OutturnForm
{
    /// <summary>RSX, the service expenditure summary: one line per service, children's social care among them (line 330).</summary>
    Rsx,
    /// <summary>RO3, social care and public health: children's social care line by line (lines 10 to 30).</summary>
    Ro3,
}
