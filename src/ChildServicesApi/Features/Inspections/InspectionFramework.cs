namespace ChildServicesApi.Features.Inspections;

internal enum InspectionFramework
{
    /// <summary>Safeguarding and looked after children inspection (2009-2012).</summary>
    Slac,
    /// <summary>SLAC re-inspection of safeguarding services.</summary>
    SlacSafeguardingReinspection,
    /// <summary>SLAC re-inspection of services for children looked after.</summary>
    SlacLookedAfterReinspection,
    /// <summary>Inspection of local authority arrangements for the protection of children (2012-2013).</summary>
    ChildProtection,
    /// <summary>Child protection re-inspection.</summary>
    ChildProtectionReinspection,
    /// <summary>Targeted inspection of services for looked after children.</summary>
    TargetedLookedAfter,
    /// <summary>Single inspection framework (2013-2018).</summary>
    Sif,
    /// <summary>SIF re-inspection.</summary>
    SifReinspection,
    /// <summary>Inspection of local authority children's services (2018-), standard inspection.</summary>
    IlacsStandard,
    /// <summary>ILACS short inspection.</summary>
    IlacsShort,
    /// <summary>ILACS focused visit: no overall grade.</summary>
    IlacsFocusedVisit,
    /// <summary>Monitoring visit to an authority judged inadequate: no overall grade.</summary>
    MonitoringVisit,
}
