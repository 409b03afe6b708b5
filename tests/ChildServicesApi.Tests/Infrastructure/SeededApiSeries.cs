namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>The tests that sample each published series against its file's cells through the API over the seeded store: one host for all of them.</summary>
[CollectionDefinition(SeededApi.Series)]
public sealed class SeededApiSeries : ICollectionFixture<ApiFactory>;
