namespace ChildServicesApi.Features.Meta;

/// <summary>One published file under seed/ that the store was built from.</summary>
internal sealed class SourceFile
{
    public int Id { get; set; }
    /// <summary>Path under seed/, with forward slashes.</summary>
    public required string Path { get; set; }
    public required string Sha256 { get; set; }
    public long Bytes { get; set; }
    public int DataRows { get; set; }
    public required string Publisher { get; set; }
    public required string Publication { get; set; }
    /// <summary>The release (edition) of the publication the file belongs to, e.g. "2025".</summary>
    public required string Release { get; set; }
    /// <summary>Orders releases of the same statistic: the higher is the later.</summary>
    public int ReleaseOrder { get; set; }
    public required string Table { get; set; }
    public string? Url { get; set; }
    public required string Licence { get; set; }
}
