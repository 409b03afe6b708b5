using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChildServicesApi.Http;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChildServicesApi.Tests.Http;

/// <summary>Caching, CORS, security headers, request ids, health, limits and deprecation: the contract every endpoint shares.</summary>
[Collection(SeededApi.Http)]
public sealed class HttpContractTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, new Uri(url, UriKind.Relative));

    [Fact]
    public async Task SuccessfulGet_HasAStrongETagFromTheDataVersionAndCacheControl()
    {
        using var response = await client.SendAsync(Get("/api/v1/authorities/barnet"));

        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.StartsWith($"\"{SeededStore.ImportReport.DataVersion}-", response.Headers.ETag.Tag, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl.MaxAge);
    }

    [Fact]
    public async Task IfNoneMatch_WithTheCurrentETag_Is304WithoutABody()
    {
        using var first = await client.SendAsync(Get("/api/v1/indicators/children-in-need/values?year=2025&level=national"));
        using var again = Get("/api/v1/indicators/children-in-need/values?year=2025&level=national");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task IfNoneMatch_WithAnOldETag_GetsTheFullResponse()
    {
        using var request = Get("/api/v1/authorities/barnet");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0.0000000000000000-0000000000000000\""));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ETag_DependsOnTheRequestNotTheOrderOfItsQuery()
    {
        using var a = await client.SendAsync(Get("/api/v1/authorities?region=london&type=london-borough"));
        using var b = await client.SendAsync(Get("/api/v1/authorities?type=london-borough&region=london"));
        using var c = await client.SendAsync(Get("/api/v1/authorities?region=london"));

        Assert.Equal(a.Headers.ETag, b.Headers.ETag);
        Assert.NotEqual(a.Headers.ETag, c.Headers.ETag);
    }

    [Fact]
    public async Task ResponseCache_KeysOnTheNormalisedRequest()
    {
        using var first = await client.SendAsync(Get("/api/v1/authorities?region=north-east&type=unitary-authority"));
        using var reordered = await client.SendAsync(Get("/api/v1/authorities?TYPE=unitary-authority&region=north-east"));

        Assert.False(first.Headers.Age.HasValue, "the first request is computed");
        Assert.True(reordered.Headers.Age.HasValue, "the same request in another order is served from the cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await reordered.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ErrorResponse_IsNotCacheable()
    {
        using var response = await client.SendAsync(Get("/api/v1/authorities/gotham"));

        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task CorsPreflight_AllowsGetFromAnyOrigin()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/v1/authorities", UriKind.Relative));
        preflight.Headers.Add("Origin", "https://campaign.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");

        using var response = await client.SendAsync(preflight);

        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrossOriginGet_ExposesTheHeadersClientsNeed()
    {
        using var request = Get("/api/v1/authorities?pageSize=1");
        request.Headers.Add("Origin", "https://campaign.example");

        using var response = await client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single().Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("ETag", exposed);
        Assert.Contains("Link", exposed);
    }

    /// <summary>The contract gives a problem's detail at most 4096 characters: a 5,000-character id is quoted by its start.</summary>
    [Theory]
    [InlineData("/api/v1/authorities/{0}", "id")]
    [InlineData("/api/v1/indicators/{0}", "indicatorId")]
    [InlineData("/api/v1/school-outcomes/{0}", "outcomeId")]
    [InlineData("/api/v1/other-measures/{0}", "measureId")]
    [InlineData("/api/v1/indicators/children-in-need/values?region={0}", "region")]
    [InlineData("/api/v1/downloads/{0}", "file")]
    public async Task VeryLongId_Gets404NamingItsParameter_WithADetailWithinTheContract(string template, string parameter)
    {
        var id = new string('x', 5000);

        var problem = await client.GetProblemAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, id), HttpStatusCode.NotFound, parameter);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.InRange(detail.Length, 1, 4096);
        Assert.Contains(new string('x', 100) + "…", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongIdEndingInAnEmoji_IsQuotedWithoutHalfACharacter()
    {
        var id = new string('a', 99) + "\U0001F600" + new string('b', 50);

        var problem = await client.GetProblemAsync($"/api/v1/indicators/{Uri.EscapeDataString(id)}", HttpStatusCode.NotFound, "indicatorId");

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(new string('a', 99) + "…", detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', detail);
    }

    /// <summary>A page resuming a download cross-origin sends Range and If-Range: the preflight must allow them.</summary>
    [Fact]
    public async Task Preflight_AllowsRangeRequests()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/downloads");
        request.Headers.Add("Origin", "https://campaign.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "range, if-range");

        using var response = await client.SendAsync(request);

        var allowed = response.Headers.GetValues("Access-Control-Allow-Headers").Single().Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("Range", allowed, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("If-Range", allowed, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A page reading a CSV with fetch() sees its warnings and its file name only if the answer exposes them.</summary>
    [Fact]
    public async Task CrossOriginCsv_ExposesItsWarningAndFileName()
    {
        using var request = Get("/api/v1/indicators/children-in-need/values?year=2099&format=csv");
        request.Headers.Add("Origin", "https://campaign.example");

        using var response = await client.SendAsync(request);

        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single().Split(',', StringSplitOptions.TrimEntries);
        Assert.True(response.Headers.Contains("Data-Warning"));
        Assert.True(response.Content.Headers.ContentDisposition is not null);
        Assert.Contains("Data-Warning", exposed);
        Assert.Contains("Content-Disposition", exposed);
    }

    [Theory]
    [InlineData("/api/v1/regions")]
    [InlineData("/api/v1/indicators/referrals/values?year=abc")] // a value that cannot be bound: the exception handler's answer
    [InlineData("/api/v1/indicators/referals")] // a 404
    [InlineData("/api/v1/indicators/referrals/values?year=2020&year=2021")] // the repeated-parameter check's answer
    public async Task EveryResponse_HasSecurityHeadersAndNoServerBanner(string url)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            using var response = await client.SendAsync(new HttpRequestMessage(method, new Uri(url, UriKind.Relative)));

            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("cross-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
            Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.False(response.Headers.Contains("Server"));
        }
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/csv")]
    [InlineData("text/html")]
    public async Task UnknownRoute_IsTheSame404Problem_WhateverTheClientAccepts(string accept)
    {
        using var request = Get("/api/v1/nothing-here");
        request.Headers.Accept.ParseAdd(accept);

        using var response = await client.SendAsync(request);
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.5", problem["type"]?.GetValue<string>());
        Assert.Equal("Not Found", problem["title"]?.GetValue<string>());
        Assert.NotNull(problem["traceId"]);
    }

    [Fact]
    public async Task DocsPage_HasAStrictContentSecurityPolicy()
    {
        using var response = await client.SendAsync(Get("/docs/index.html"));

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestId_IsEchoedWhenSafeAndIsTheProblemsTraceId()
    {
        using var request = Get("/api/v1/authorities/gotham");
        request.Headers.Add("X-Request-ID", "newsroom-42");

        using var response = await client.SendAsync(request);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("newsroom-42", response.Headers.GetValues("X-Request-ID").Single());
        Assert.Equal("newsroom-42", problem.GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task UnsafeRequestId_IsReplaced()
    {
        using var request = Get("/api/v1/regions");
        request.Headers.TryAddWithoutValidation("X-Request-ID", "<script>alert(1)</script>");

        using var response = await client.SendAsync(request);

        Assert.Matches("^[0-9a-f]{32}$", response.Headers.GetValues("X-Request-ID").Single());
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_IsHealthyOnTheSeededStore(string url)
    {
        using var response = await client.SendAsync(Get(url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_IsUnhealthyWhenTheStoreIsNotADatabase()
    {
        var broken = Path.Combine(TestFolders.Create("broken-store"), "childservices.db");
        await File.WriteAllTextAsync(broken, "not a database");
        await using var brokenApi = new ApiFactory(broken);
        using var brokenClient = brokenApi.CreateClient();

        using var live = await brokenClient.SendAsync(Get("/health/live"));
        using var ready = await brokenClient.SendAsync(Get("/health/ready"));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task RateLimit_Answers429WithRetryAfterAndAProblem()
    {
        await using var limited = ApiFactory.WithSettings(("RateLimits:Enabled", "true"), ("RateLimits:PermitsPerMinute", "60"), ("RateLimits:Burst", "2"));
        using var limitedClient = limited.CreateClient();
        // Another client (buckets are per address) asks first, so this one finds the route warm: its requests then come
        // within the second after which its bucket gets a token back (a cold first request took over a second under load).
        using (var other = new HttpClient(limited.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Loopback)) { BaseAddress = limited.Server.BaseAddress })
        using (var warm = await other.SendAsync(Get("/api/v1/regions")))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (var i = 0; i < 4; i++)
        {
            var response = await limitedClient.SendAsync(Get("/api/v1/regions"));
            statuses.Add(response.StatusCode);
            Assert.Equal("60", response.Headers.GetValues("X-RateLimit-Limit").Single());
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                rejected = response;
                break;
            }
            response.Dispose();
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(rejected!.Headers.RetryAfter!.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType!.MediaType);
        rejected.Dispose();
    }

    [Fact]
    public async Task QueryOverTheTimeLimit_IsStoppedWithA503Problem()
    {
        // A limit of 0 has passed before the query starts; 1 ms raced the query on a fast machine (it sometimes finished first).
        // The setting refuses 0 (it would stop every query), so the options are replaced behind it.
        await using var uncached = ApiFactory.WithSettings(("ResponseCache:Enabled", "false"));
        await using var strict = uncached.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton(Options.Create(new QueryTimeoutOptions { QueryTimeoutMilliseconds = 0 }))));
        using var strictClient = strict.CreateClient();

        using var response = await strictClient.SendAsync(Get("/api/v1/indicators/children-in-need/values?pageSize=1000&sort=-value"));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Query time limit exceeded", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task DeprecatedVersion_CarriesDeprecationSunsetAndPolicyLink()
    {
        await using var deprecated = ApiFactory.WithSettings(
            ("Deprecations:0:Version", "1.0"),
            ("Deprecations:0:Deprecated", "2027-01-01T00:00:00Z"),
            ("Deprecations:0:Sunset", "2027-07-01T00:00:00Z"),
            ("Deprecations:0:Link", "https://childservicesapi.example/deprecation-policy"));
        using var deprecatedClient = deprecated.CreateClient();

        using var response = await deprecatedClient.SendAsync(Get("/api/v1/regions"));

        Assert.Equal("@1798761600", response.Headers.GetValues("Deprecation").Single());
        Assert.Equal("Thu, 01 Jul 2027 00:00:00 GMT", response.Headers.GetValues("Sunset").Single());
        Assert.Contains("rel=\"deprecation\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeprecatedOperation_OnlyThatOperationIsMarked()
    {
        await using var deprecated = ApiFactory.WithSettings(("Deprecations:0:Operation", "ListRegions"), ("Deprecations:0:Deprecated", "2027-01-01T00:00:00Z"));
        using var deprecatedClient = deprecated.CreateClient();

        using var regions = await deprecatedClient.SendAsync(Get("/api/v1/regions"));
        using var meta = await deprecatedClient.SendAsync(Get("/api/v1/meta"));

        Assert.True(regions.Headers.Contains("Deprecation"));
        Assert.False(meta.Headers.Contains("Deprecation"));
    }

    [Fact]
    public async Task GzipRequested_IsCompressed()
    {
        using var request = Get("/api/v1/meta");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await client.SendAsync(request);

        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/api/v1.0/regions?format=csv", "/api/v1/regions?format=csv")]
    [InlineData("/api/v01/authorities/barnet", "/api/v1/authorities/barnet")]
    [InlineData("/api/v1.0", "/api/v1")]
    [InlineData("/api/v1.0/authorities/caf%C3%A9?q=%26", "/api/v1/authorities/caf%C3%A9?q=%26")]    // escaped again, never raw UTF-8
    [InlineData("/api/v1.0/regions%3Fx", "/api/v1/regions%3Fx")]                                       // one segment, not a query
    [InlineData("/api/v1.0/authorities/%2562arnet", "/api/v1/authorities/%2562arnet")]                // "%62arnet", never decoded twice to barnet
    public async Task AnotherSpellingOfVersion1_IsRedirectedToTheOneUrl(string url, string canonical)
    {
        // The version routing would match it, but caching, negotiation and deprecation key on /api/v1: it got no ETag,
        // no Vary and no 406 for an unacceptable Accept.
        using var noRedirects = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await noRedirects.SendAsync(Get(url));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnEncodedAmpersand_IsPartOfItsValue_SoTwoDifferentAnswersNeverShareATag()
    {
        using var two = await client.SendAsync(Get("/api/v1/authorities?q=x&region=E12000007"));
        using var one = await client.SendAsync(Get("/api/v1/authorities?q=x%26region%3DE12000007"));
        using var revalidated = Get("/api/v1/authorities?q=x%26region%3DE12000007");
        revalidated.Headers.IfNoneMatch.Add(two.Headers.ETag!);
        using var notTheSame = await client.SendAsync(revalidated);

        Assert.NotEqual(await two.Content.ReadAsStringAsync(), await one.Content.ReadAsStringAsync());
        Assert.NotEqual(two.Headers.ETag, one.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, notTheSame.StatusCode);
    }

    [Theory]
    [InlineData("gzip;q=0, br;q=0, *", null)]
    [InlineData("br;q=0, *", "gzip")]
    [InlineData("gzip;q=0, *", "br")]
    [InlineData("*", "br")]
    [InlineData("*;q=0.5, gzip", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    public async Task ACodingRefusedByName_IsNeverChosenThroughAWildcard(string acceptEncoding, string? expected)
    {
        using var request = Get("/api/v1/indicators/children-in-need/values?year=2024&level=region");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected is null ? [] : [expected], response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/health/ready")]
    [InlineData("/health/live")]
    [InlineData("/api/v1/regions")]
    public async Task AnUnsafeMethod_Is405AllowingGetAndHead(string url)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, new Uri(url, UriKind.Relative)));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/indicators/children-in-need/values?min=1,5", "min")]
    [InlineData("/api/v1/indicators/children-in-need/values?max=NaN", "max")]
    [InlineData("/api/v1/indicators/children-in-need/values?min=Infinity", "min")]
    [InlineData("/api/v1/indicators/children-in-need/values?max=2e4", "max")]
    [InlineData("/api/v1/indicators/children-in-need/values?year=2025%0A", "year")]
    [InlineData("/api/v1/indicators/children-in-need/values?year=%202025", "year")]
    [InlineData("/api/v1/authorities?pageSize=%2020", "pageSize")]
    [InlineData("/api/v1/indicators/children-in-need/values?min=9&min=1", "min")]     // the binder joined them as 9,1 and read 91
    [InlineData("/api/v1/indicators/children-in-need/values?max=1.5&max=2", "max")]
    public async Task ANumberWrittenOtherThanInDigits_Is400NamingIt(string url, string parameter)
    {
        // The binder reads thousands separators (min=1,5, one and a half with a decimal comma, was taken as 15), NaN,
        // exponents, and white space around a number; each of these reached the handler.
        await client.GetProblemAsync(url, HttpStatusCode.BadRequest, parameter);
    }

    [Theory]
    [InlineData("/api/v1/indicators/children-in-need/values?min=1.5&max=20000.&year=2025")]
    [InlineData("/api/v1/indicators/children-in-need/values?min=-.5&max=%2B20000")]
    [InlineData("/api/v1/authorities?pageSize=%2B20&page=01")]
    public async Task NumbersInDigits_AreRead(string url)
    {
        using var response = await client.SendAsync(Get(url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
