namespace ChildServicesApi.Features.Meta;

/// <summary>What one import did: when, from which files, how many rows it wrote and the resulting data version.</summary>
internal sealed class ImportRecord
{
    public int Id { get; set; }
    /// <summary>Changes whenever a source file or the importer's mapping changes; clients see it in ETags.</summary>
    public required string DataVersion { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset CompletedAt { get; set; }
    public int ImporterVersion { get; set; }
    public List<ImportTableCount> TableCounts { get; set; } = [];
}
