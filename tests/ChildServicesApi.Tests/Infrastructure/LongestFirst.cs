using ChildServicesApi.Tests.Features.Admin;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("ChildServicesApi.Tests.Infrastructure.LongestFirst", "ChildServicesApi.Tests")]

namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>
/// Starts the longest test collections first, so that the run does not end waiting on one that started late: xunit
/// runs as many collections at once as it has threads, taking them in this order, and the classes of a collection one
/// after another. The admin imports (one at a time, a host each) lead, then the first-start import (which does not
/// wait for the shared store, so it runs while that is imported), then the three collections over the shared store.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly string[] Leading = [AdminApiTests.Collection, FirstStartStore.Collection, SeededApi.Features, SeededApi.Http, SeededApi.Series];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => Array.IndexOf(Leading, c.DisplayName) is var lead and >= 0 ? lead : Leading.Length)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
