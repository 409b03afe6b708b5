namespace ChildServicesApi.Features.Admin;

/// <summary>
/// An upload the import will not unpack, with what to tell the client: the entry at fault (its name inside the zip,
/// never a server path) and the limit or rule it broke. Thrown from deep in the unpacking loop, turned into a problem
/// by the endpoint.
/// </summary>
internal sealed class UploadRefusedException(int status, string title, string detail, string limit, long? maximum = null, string? entry = null)
    : Exception(detail)
{
    public const string NotAUsableZip = "The upload is not a usable zip of source files";

    public int Status { get; } = status;
    public string Title { get; } = title;
    /// <summary>The setting (<c>Admin:MaxZipEntries</c>) or rule (<c>seed-layout</c>) the upload broke.</summary>
    public string Limit { get; } = limit;
    /// <summary>The setting's value, in its own unit; null for a rule.</summary>
    public long? Maximum { get; } = maximum;
    public string? Entry { get; } = entry;

    public static UploadRefusedException TooLarge(UploadLimits limits) => new(StatusCodes.Status413PayloadTooLarge, "Upload too large",
        $"The upload is larger than {limits.MaxUploadMegabytes} MiB ({limits.MaxUploadBytes} bytes), the most this server accepts.",
        UploadLimits.Setting(nameof(UploadLimits.MaxUploadMegabytes)), limits.MaxUploadMegabytes);

    /// <summary>An entry (or the zip as a whole, when <paramref name="entry"/> is null) that breaks a rule or a limit.</summary>
    public static UploadRefusedException Unusable(string detail, string limit, long? maximum = null, string? entry = null) =>
        new(StatusCodes.Status422UnprocessableEntity, NotAUsableZip, detail, limit, maximum, entry);
}
