namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>The Features/ tests that read through the API over the seeded store: one host for all of them.</summary>
[CollectionDefinition(SeededApi.Features)]
public sealed class SeededApiFeatures : ICollectionFixture<ApiFactory>;
