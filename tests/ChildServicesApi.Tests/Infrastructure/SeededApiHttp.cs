namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>The Http/ tests that read through the API over the seeded store: one host for all of them.</summary>
[CollectionDefinition(SeededApi.Http)]
public sealed class SeededApiHttp : ICollectionFixture<ApiFactory>;
