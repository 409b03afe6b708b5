namespace ChildServicesApi.Features.Spending;

internal enum SpendingLineRole
{
    /// <summary>The source's own total for one category: the figure to compare across years.</summary>
    CategoryTotal,
    /// <summary>A line that the category total includes.</summary>
    Component,
    /// <summary>A line of the children's services budget outside children's social care.</summary>
    OutsideSocialCare,
    /// <summary>Computed by the importer as the sum of the four category totals; the only figure not read as is.</summary>
    DerivedTotal,
}
