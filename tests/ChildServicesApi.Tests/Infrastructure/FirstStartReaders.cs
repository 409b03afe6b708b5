namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>The tests that read the store a first start built (<see cref="FirstStartStore"/>): one import for all of them.</summary>
[CollectionDefinition(FirstStartStore.Collection)]
public sealed class FirstStartReaders : ICollectionFixture<FirstStartStore>;
