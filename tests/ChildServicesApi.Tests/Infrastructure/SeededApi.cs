namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>
/// The test collections whose classes only read through the API over the shared seeded store. Each starts one
/// <see cref="ApiFactory"/> host that its classes share (a host per class cost a start-up and a cold cache each).
/// xunit runs collections in parallel and the classes of one collection one after another, so the readers are split
/// in three to keep both cores busy to the end: the Http/ tests, the Features/ tests, and the samples of published series
/// (a request per series and file, the longest classes). A test that needs other settings or another store starts its
/// own host.
/// </summary>
internal static class SeededApi
{
    public const string Features = "Seeded API: features";
    public const string Http = "Seeded API: HTTP";
    public const string Series = "Seeded API: published series";
}
