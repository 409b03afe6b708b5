using System.Net;
using System.Text.Json.Nodes;
using ChildServicesApi.Http;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace ChildServicesApi.Tests.Http;

/// <summary>One client cannot hurt the others: heavy routes draw on the stricter bucket, the response cache is bounded and keyed on the normalised request, and errors stay small.</summary>
[Collection(SeededApi.Http)]
public sealed class RequestCostTests(ApiFactory factory, RequestCostTests.ExpensiveBucketApi expensive) : IClassFixture<RequestCostTests.ExpensiveBucketApi>
{
    /// <summary>
    /// The API with rate limits on and the expensive bucket at 6 a minute, shared by the cases of
    /// <see cref="HeavyRequests_DrawOnTheExpensiveBucket_CheapOnesDoNot"/>. Buckets are per client address, and each
    /// case is a client with an address of its own, so each starts with full buckets.
    /// </summary>
    public sealed class ExpensiveBucketApi : IDisposable
    {
        private int clients;

        public ApiFactory Api { get; } = ApiFactory.WithSettings(("RateLimits:Enabled", "true"), ("RateLimits:PermitsPerMinute", "600"),
            ("RateLimits:ExpensivePermitsPerMinute", "6"));

        /// <summary>A client whose requests come from an address no earlier client of this API had.</summary>
        public HttpClient NewClient()
        {
            var address = new IPAddress([10, 0, 0, checked((byte)Interlocked.Increment(ref clients))]);
            return new HttpClient(Api.Server.CreateHandler(context => context.Connection.RemoteIpAddress = address)) { BaseAddress = Api.Server.BaseAddress };
        }

        public void Dispose() => Api.Dispose();
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    [Theory]
    [InlineData("/api/v1/indicators/children-in-need/rankings")]
    [InlineData("/api/v1/indicators/children-in-need/distribution")]
    [InlineData("/api/v1/indicators/children-in-need/change?from=2013&to=2025")]
    [InlineData("/api/v1/indicators/children-in-need/values/wide")]
    [InlineData("/api/v1/authorities/barnet/indicators/children-in-need/comparison")]
    [InlineData("/api/v1/inspections/judgements-in-force")]
    [InlineData("/api/v1/spending/per-child")]
    [InlineData("/api/v1/coverage")]
    [InlineData("/api/v1/regions?format=csv")]
    [InlineData("/api/v1/authorities?pageSize=500")]
    [InlineData("/api/v1/authorities?pageSize=%2B500")]   // "+500", as the binder reads it
    [InlineData("/api/v1/downloads")]
    [InlineData("/api/v1/downloads/childservices-csv.zip")]
    public async Task HeavyRequests_DrawOnTheExpensiveBucket_CheapOnesDoNot(string heavy)
    {
        using var client = expensive.NewClient();

        using var first = await client.GetAsync(new Uri(heavy, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(heavy, UriKind.Relative));
        using var cheap = await client.GetAsync(new Uri("/api/v1/authorities/barnet", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("6", Header(first, RateLimits.LimitHeader));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, cheap.StatusCode);
        Assert.Equal("600", Header(cheap, RateLimits.LimitHeader));
    }

    [Fact]
    public async Task ACsvClientOverItsLimit_GetsA429Problem_NotA500()
    {
        await using var limited = ApiFactory.WithSettings(("RateLimits:Enabled", "true"), ("RateLimits:ExpensivePermitsPerMinute", "6"));
        using var client = limited.CreateClient();
        client.DefaultRequestHeaders.Add("Accept", "text/csv");

        using var first = await client.GetAsync(new Uri("/api/v1/regions", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/api/v1/regions", UriKind.Relative));

        Assert.Equal("text/csv", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        var problem = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;
        Assert.Equal(429, problem["status"]!.GetValue<int>());
        Assert.NotNull(second.Headers.RetryAfter);
    }

    [Fact]
    public async Task ResponseCache_KeyIsThePathAsRouted_CaseIncluded()
    {
        using var client = factory.CreateClient();

        using var upper = await client.GetAsync(new Uri("/api/v1/indicators/CHILDREN-IN-NEED", UriKind.Relative));
        using var lower = await client.GetAsync(new Uri("/api/v1/indicators/children-in-need", UriKind.Relative));
        using var upperAgain = await client.GetAsync(new Uri("/api/v1/indicators/CHILDREN-IN-NEED", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, upper.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lower.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, upperAgain.StatusCode);
    }

    [Fact]
    public async Task ResponseCache_NeverKeysOnRawHeaderText_NorStoresErrors()
    {
        await using var api = new ApiFactory();
        using var client = api.CreateClient();
        var store = Assert.IsType<BoundedOutputCacheStore>(api.Services.GetRequiredService<IOutputCacheStore>());

        for (var i = 0; i < 50; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/regions", UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Accept", $"application/json, application/x-{i}-{new string('a', 500)};q=0.1");
            request.Headers.Host = $"host{i}.example";
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        for (var i = 0; i < 20; i++)
        {
            using var missing = await client.GetAsync(new Uri($"/api/v1/authorities/nowhere-{i}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task ResponseCache_IsBoundedInEntriesAndBytes()
    {
        await using var api = ApiFactory.WithSettings(("ResponseCache:MaxEntries", "20"), ("ResponseCache:SizeLimitMegabytes", "1"));
        using var client = api.CreateClient();
        var store = Assert.IsType<BoundedOutputCacheStore>(api.Services.GetRequiredService<IOutputCacheStore>());

        for (var page = 1; page <= 100; page++)
        {
            using var response = await client.GetAsync(new Uri($"/api/v1/indicators/children-in-need/values?pageSize=100&page={page}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(store.Count <= 20, $"{store.Count} entries after page {page}");
        }
        for (var year = 2013; year <= 2025; year++)
        {
            using var response = await client.GetAsync(new Uri($"/api/v1/indicators/children-in-need/values?release=all&pageSize=1000&year={year}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.True(store.Bytes <= 1024 * 1024, $"{store.Bytes} bytes cached");
    }

    [Fact]
    public async Task HundredsOfUnknownParameters_GetASmallProblemNamingAFew()
    {
        using var client = factory.CreateClient();
        var query = string.Join('&', Enumerable.Range(0, 700).Select(i => $"made-up-{i}=1"));

        using var response = await client.GetAsync(new Uri($"/api/v1/regions?{query}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.Length < 4096, $"{body.Length} bytes");
        Assert.Equal(UnknownParameters.MaxReported, JsonNode.Parse(body)!["errors"]!.AsObject().Count);
        Assert.Contains("and 690 more", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("asAt=01/31/2020", "YYYY-MM-DD")]
    [InlineData("asAt=1999-01-01", "between 2000-01-01 and 2100-12-31; it is 1999-01-01")]
    public async Task Dates_AreIsoOnly_AndQuotedInIsoForm(string query, string message)
    {
        using var client = factory.CreateClient();

        var problem = await client.GetProblemAsync($"/api/v1/inspections/judgements-in-force?{query}", HttpStatusCode.BadRequest, "asAt");

        Assert.Contains(message, problem.GetProperty("errors").GetProperty("asAt")[0].GetString(), StringComparison.Ordinal);
    }
}
