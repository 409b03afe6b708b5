namespace ChildServicesApi.Features.Meta;

internal sealed class ImportTableCount
{
    public int Id { get; set; }
    public int ImportRecordId { get; set; }
    public required string Table { get; set; }
    public int Rows { get; set; }
}
