// Crawls the API through the NSwag-generated client only: every authority and every indicator, every operation.
// Usage: dotnet run -c Release --project clients/csharp -- <base-url> [--lenient] [--verbose] [--concurrency N]
//   --lenient  leave the generated serializer settings as NSwag made them (see StrictContract.cs for strict mode).
//   --verbose  also list the documented 404s.
// Prints one line per failure and a summary line; exit 1 on any failure or if fewer than 2000 calls were made.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using ChildServicesApi.Client;

if (args.Length < 1 || !Uri.TryCreate(args[0], UriKind.Absolute, out _))
{
    Console.Error.WriteLine("usage: ClientCrawl <base-url> [--lenient] [--verbose] [--concurrency N]");
    return 2;
}

var concurrencyAt = Array.IndexOf(args, "--concurrency");
var concurrency = concurrencyAt > 0 && concurrencyAt + 1 < args.Length ? int.Parse(args[concurrencyAt + 1]) : 8;
ChildServicesApiClient.Strict = !args.Contains("--lenient");

var clock = Stopwatch.StartNew();
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
var client = new ChildServicesApiClient(args[0], http); // the base URL is the only configuration: the contract has no servers
var crawl = new Crawl { Verbose = args.Contains("--verbose") };

// The lists everything else is driven from.
var authorities = await crawl.Pages("ListAuthorities", "status=all", page =>
    client.ListAuthoritiesAsync(status: Status.All, page: page, pageSize: 1000), p => p.Items, p => p.Paging);
var indicators = await crawl.Pages("ListIndicators", "", page =>
    client.ListIndicatorsAsync(page: page, pageSize: 1000), p => p.Items, p => p.Paging);
var outcomes = await crawl.Pages("ListSchoolOutcomes", "", page =>
    client.ListSchoolOutcomesAsync(page: page, pageSize: 1000), p => p.Items, p => p.Paging);
var others = await crawl.Pages("ListOtherMeasures", "", page =>
    client.ListOtherMeasuresAsync(page: page, pageSize: 1000), p => p.Items, p => p.Paging);
if (authorities.Count == 0 || indicators.Count == 0 || outcomes.Count == 0 || others.Count == 0)
{
    crawl.Fail("setup", "", $"{authorities.Count} authorities, {indicators.Count} indicators, {outcomes.Count} school outcomes, {others.Count} other measures");
}

var work = new List<Func<Task>>();
void Add(Func<Task> call) => work.Add(call);

foreach (var authority in authorities)
{
    var id = authority.Slug;
    Add(() => crawl.Call("GetAuthority", id, () => client.GetAuthorityAsync(id)));
    Add(() => crawl.Call("GetNeighbours", $"{id} model=2025", () => client.GetNeighboursAsync(id, Model._2025), may404: true));
    Add(() => crawl.Call("GetNeighbours", $"{id} model=2021", () => client.GetNeighboursAsync(id, Model._2021), may404: true));
    foreach (var indicator in new[] { "children-in-need", "child-protection-plans-rate" })
    {
        Add(() => crawl.Call("GetComparison", $"{id} {indicator}", () => client.GetComparisonAsync(id, indicator), may404: true));
    }

    foreach (var indicator in new[] { "children-in-need", "spend-per-child-in-need" })
    {
        Add(() => crawl.Call("GetAuthorityTimeSeries", $"{id} {indicator}", () => client.GetAuthorityTimeSeriesAsync(id, indicator), may404: true));
    }

    Add(() => crawl.Call("ListAuthorityInspections", id, () => client.ListAuthorityInspectionsAsync(id)));
    Add(() => crawl.Call("GetGradeHistory", id, () => client.GetGradeHistoryAsync(id)));
    Add(() => crawl.Pages("ListAuthoritySpending", id, page =>
        client.ListAuthoritySpendingAsync(id, page: page, pageSize: 1000), p => p.Items, p => p.Paging));
    Add(() => crawl.Pages("ListAuthorityRevenueOutturn", id, page =>
        client.ListAuthorityRevenueOutturnAsync(id, page: page, pageSize: 1000), p => p.Items, p => p.Paging));
    Add(() => crawl.Pages("ListAuthoritySchoolOutcomes", id, page =>
        client.ListAuthoritySchoolOutcomesAsync(id, page: page, pageSize: 1000), p => p.Items, p => p.Paging));
    Add(() => crawl.Pages("ListAuthorityOtherMeasures", id, page =>
        client.ListAuthorityOtherMeasuresAsync(id, page: page, pageSize: 1000), p => p.Items, p => p.Paging));
}

foreach (var measure in others)
{
    var id = measure.Id;
    Add(() => crawl.Call("GetOtherMeasure", id, () => client.GetOtherMeasureAsync(id)));
    Add(() => crawl.Pages("ListOtherMeasureValues", id, page =>
        client.ListOtherMeasureValuesAsync(id, page: page, pageSize: 1000), p => p.Items, p => p.Paging));
}

foreach (var outcome in outcomes)
{
    var id = outcome.Id;
    Add(() => crawl.Call("GetSchoolOutcome", id, () => client.GetSchoolOutcomeAsync(id)));
    Add(() => crawl.Pages("ListSchoolOutcomeValues", id, page =>
        client.ListSchoolOutcomeValuesAsync(id, page: page, pageSize: 1000), p => p.Items, p => p.Paging));
}

foreach (var indicator in indicators)
{
    var id = indicator.Id;
    Add(() => crawl.Call("GetIndicator", id, () => client.GetIndicatorAsync(id)));
    Add(() => crawl.Pages("ListIndicatorValues", id, page =>
        client.ListIndicatorValuesAsync(id, page: page, pageSize: 1000), p => p.Items, p => p.Paging));
    Add(() => crawl.Pages("ListIndicatorValuesWide", id, page =>
        client.ListIndicatorValuesWideAsync(id, page: page, pageSize: 1000), p => p.Items, p => p.Paging));
    Add(() => crawl.Call("GetRanking", id, () => client.GetRankingAsync(id), may404: true));
    Add(() => crawl.Call("GetDistribution", id, () => client.GetDistributionAsync(id), may404: true));
    var years = indicator.YearsAvailable;
    foreach (var year in years.Count == 0 ? [] : new[] { years[0], years[^1] }.Distinct())
    {
        Add(() => crawl.Call("GetIndicatorMap", $"{id} year={year}", () => client.GetIndicatorMapAsync(id, year), may404: true));
    }
    if (years.Count >= 2)
    {
        Add(() => crawl.Call("GetChange", $"{id} from={years[0]} to={years[^1]}", () => client.GetChangeAsync(id, years[0], years[^1]), may404: true));
    }
}

Add(() => crawl.Call("ListRegions", "", () => client.ListRegionsAsync()));
Add(() => crawl.Call("GetMeta", "", () => client.GetMetaAsync()));
Add(async () =>
{
    // Every bulk download, whole, checked against the SHA-256 the list gives for it.
    var downloads = await crawl.Call("ListDownloads", "", () => client.ListDownloadsAsync());
    foreach (var file in downloads?.Files ?? [])
    {
        await crawl.Call("GetDownload", file.Name, async () =>
        {
            using var response = await client.GetDownloadAsync(file.Name, downloads!.DataVersion);
            var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(response.Stream));
            return sha256 == file.Sha256 ? file : throw new InvalidDataException($"received SHA-256 {sha256}; the list says {file.Sha256}");
        });
    }
});
Add(() => crawl.Pages("ListInspections", "", page =>
    client.ListInspectionsAsync(page: page, pageSize: 1000), p => p.Items, p => p.Paging));
foreach (var asAt in new[] { new DateOnly(2016, 3, 31), new DateOnly(2025, 3, 31) })
{
    Add(() => crawl.Call("GetJudgementsInForce", $"asAt={asAt:yyyy-MM-dd}", () => client.GetJudgementsInForceAsync(asAt)));
    Add(() => crawl.Call("GetInspectionMap", $"asAt={asAt:yyyy-MM-dd}", () => client.GetInspectionMapAsync(asAt)));
}

// Today's areas, and days when Dorset, Bournemouth and Poole (no matching boundary) or Northamptonshire (a union) existed.
foreach (var asAt in new DateOnly?[] { null, new DateOnly(2018, 3, 31), new DateOnly(2021, 3, 31) })
{
    Add(() => crawl.Call("GetBoundaries", $"asAt={asAt:yyyy-MM-dd}", () => client.GetBoundariesAsync(asAt)));
}

foreach (var asAt in new[] { new DateOnly(2023, 3, 31), new DateOnly(2024, 3, 31), new DateOnly(2025, 3, 31) })
{
    Add(() => crawl.Call("GetOfficialSnapshot", $"asAt={asAt:yyyy-MM-dd}", () => client.GetOfficialSnapshotAsync(asAt)));
}

Add(() => crawl.Pages("ListSpending", "", page =>
    client.ListSpendingAsync(page: page, pageSize: 1000), p => p.Items, p => p.Paging));
Add(() => crawl.Pages("ListRevenueOutturn", "", page =>
    client.ListRevenueOutturnAsync(page: page, pageSize: 1000), p => p.Items, p => p.Paging));
Add(() => crawl.Pages("ListPerChild", "", page =>
    client.ListPerChildAsync(page: page, pageSize: 1000), p => p.Items, p => p.Paging));
Add(() => crawl.Pages("ListCoverage", "", page =>
    client.ListCoverageAsync(page: page, pageSize: 1000), p => p.Items, p => p.Paging));
Add(() => crawl.Pages("ListAuthorities", "region=london type=london-borough status=current sort=-name", page =>
    client.ListAuthoritiesAsync(region: "london", type: AuthorityType.LondonBorough, status: Status.Current, sort: Sort.Minusname, page: page, pageSize: 1000),
    p => p.Items, p => p.Paging));
Add(() => crawl.Pages("ListAuthorities", "status=abolished sort=laCode", page =>
    client.ListAuthoritiesAsync(status: Status.Abolished, sort: Sort.LaCode, page: page, pageSize: 1000), p => p.Items, p => p.Paging));
Add(() => crawl.Pages("ListAuthorities", "q=north status=all pageSize=5", page =>
    client.ListAuthoritiesAsync(q: "north", status: Status.All, page: page, pageSize: 5), p => p.Items, p => p.Paging));

await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (call, _) => await call());

foreach (var failure in crawl.Failures.OrderBy(f => f, StringComparer.Ordinal))
{
    Console.WriteLine(failure);
}

Console.WriteLine(
    $"{authorities.Count} authorities, {indicators.Count} indicators; "
    + (ChildServicesApiClient.Strict
        ? $"strict deserialization ({ChildServicesApiClient.TypesWithRequiredMembers} response types checked for required members)"
        : "lenient deserialization"));
Console.WriteLine(
    $"nswag client: {crawl.Calls} calls, {crawl.Failures.Count} failures, {crawl.Documented404s} documented 404s, {clock.Elapsed.TotalSeconds:F1} s");
return crawl.Failures.IsEmpty && crawl.Calls >= 2000 ? 0 : 1;

/// <summary>Counts calls and classifies what each one ended in.</summary>
internal sealed class Crawl
{
    private int _calls;
    private int _documented404s;

    public bool Verbose { get; init; }

    public int Calls => _calls;

    public int Documented404s => _documented404s;

    public ConcurrentQueue<string> Failures { get; } = new();

    public void Fail(string operation, string arguments, string message) =>
        Failures.Enqueue($"FAIL {operation}({arguments}): {message}");

    /// <summary>One call. may404: a 404 answered as a documented problem is an expected outcome.</summary>
    public async Task<T?> Call<T>(string operation, string arguments, Func<Task<T>> call, bool may404 = false)
        where T : class
    {
        Interlocked.Increment(ref _calls);
        try
        {
            return await call();
        }
        catch (ApiException<Problem> e) when (may404 && e.StatusCode == 404 && e.Result.Status == 404)
        {
            Interlocked.Increment(ref _documented404s);
            if (Verbose)
            {
                Console.WriteLine($"404 {operation}({arguments}): {e.Result.Detail ?? e.Result.Title}");
            }

            return null;
        }
        catch (Exception e)
        {
            Fail(operation, arguments, Describe(e));
            return null;
        }
    }

    /// <summary>Every page of a paged list; checks the pages add up to paging.totalItems.</summary>
    public async Task<List<TItem>> Pages<TPaged, TItem>(
        string operation, string arguments, Func<int, Task<TPaged>> page, Func<TPaged, IReadOnlyList<TItem>> items, Func<TPaged, Paging> paging)
        where TPaged : class
    {
        var all = new List<TItem>();
        for (var number = 1; ; number++)
        {
            var current = number;
            var result = await Call(operation, $"{arguments} page={current}".Trim(), () => page(current));
            if (result is null)
            {
                return all;
            }

            all.AddRange(items(result));
            var info = paging(result);
            if (number >= info.TotalPages)
            {
                if (all.Count != info.TotalItems)
                {
                    Fail(operation, arguments, $"pages held {all.Count} items, paging.totalItems says {info.TotalItems}");
                }

                return all;
            }
        }
    }

    private static string Describe(Exception e)
    {
        var message = FirstLine(e.Message);
        if (e is ApiException api)
        {
            message = $"status {api.StatusCode}: {message}";
        }

        var inner = e.InnerException;
        while (inner?.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner is null ? $"{e.GetType().Name}: {message}" : $"{e.GetType().Name}: {message} <- {inner.GetType().Name}: {FirstLine(inner.Message)}";
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
