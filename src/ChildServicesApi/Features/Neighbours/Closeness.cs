namespace ChildServicesApi.Features.Neighbours;

/// <summary>DfE's band for how similar a neighbour is, closest first.</summary>
internal enum Closeness
{
    ExtremelyClose,
    VeryClose,
    Close,
    SomewhatClose,
    NotClose,
}
