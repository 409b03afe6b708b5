namespace ChildServicesApi.Features.Admin;

/// <summary>
/// Whether the admin API exists (configuration section <c>Admin</c>; the upload limits in the same section are
/// <see cref="UploadLimits"/>).
/// </summary>
internal sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>The key callers send in <c>X-Api-Key</c>, from a secret store. Without it the admin endpoints do not exist.</summary>
    public string? ApiKey { get; set; }
}
