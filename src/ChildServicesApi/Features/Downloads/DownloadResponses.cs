namespace ChildServicesApi.Features.Downloads;

/// <summary>The bulk downloads of the data version this service holds.</summary>
/// <param name="DataVersion">The data version served. <example>8.30266d28c234aad3</example></param>
/// <param name="Files">The SQLite store and a zip of one CSV per table; empty when this service holds no store artifact for its data version (a store built before artifacts existed).</param>
internal sealed record DownloadsResponse(string DataVersion, IReadOnlyList<DownloadResponse> Files);

/// <summary>One bulk download: a file built by the import that made the data version served.</summary>
/// <param name="Name">The file's name in its URL. <example>childservices-csv.zip</example></param>
/// <param name="Url">Where to get it, pinned to this data version (once the service holds another, it answers 410). <example>/api/v1/downloads/childservices-csv.zip?dataVersion=8.30266d28c234aad3</example></param>
/// <param name="Description">What it holds.</param>
/// <param name="MediaType">application/vnd.sqlite3 (the store) or application/zip (the CSVs). <example>application/zip</example></param>
/// <param name="Bytes">Its size in bytes. <example>3435625</example></param>
/// <param name="Sha256">SHA-256 of its bytes, lower-case hex: check a download against it. The file's ETag is this, quoted. <example>055ae0ed837e032471489f81b1cbc6d11cec794aee62ceb8f6725743b4b1070f</example></param>
/// <param name="DataVersion">The data version it holds. <example>8.30266d28c234aad3</example></param>
/// <param name="BuiltAt">When the import built it; the file's Last-Modified.</param>
/// <param name="Licence">Open Government Licence v3.0.</param>
/// <param name="LicenceUrl">The licence's text.</param>
/// <param name="Attribution">The attribution statement to reproduce with the data.</param>
internal sealed record DownloadResponse(
    string Name, string Url, string Description, string MediaType, long Bytes, string Sha256, string DataVersion, DateTimeOffset BuiltAt,
    string Licence, string LicenceUrl, string Attribution);
