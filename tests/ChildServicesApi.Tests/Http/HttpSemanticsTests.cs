using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ChildServicesApi.Http;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace ChildServicesApi.Tests.Http;

/// <summary>RFC 9110 semantics on the v1 API: HEAD, content negotiation, Vary, conditional requests and per-request headers.</summary>
[Collection(SeededApi.Http)]
public sealed class HttpSemanticsTests(ApiFactory factory)
{
    private static HttpRequestMessage Request(HttpMethod method, string url, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content) : "";

    [Fact]
    public async Task Head_OnEveryGetRoute_HasTheGetsStatusAndHeadersAndNoBody()
    {
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var urls = document["paths"]!.AsObject().Select(p => p.Key
            .Replace("{id}", "barnet", StringComparison.Ordinal)
            .Replace("{indicatorId}", "children-in-need", StringComparison.Ordinal)).ToList();
        urls.Add("/api/v1/authorities/gotham");
        urls.Add("/api/v1/indicators/children-in-need/change");

        foreach (var url in urls)
        {
            using var get = await client.SendAsync(Request(HttpMethod.Get, url));
            using var head = await client.SendAsync(Request(HttpMethod.Head, url));

            Assert.Equal(get.StatusCode, head.StatusCode);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            foreach (var name in new[] { "ETag", "Cache-Control", "Vary", "api-supported-versions" })
            {
                Assert.Equal(Header(get, name), Header(head, name));
            }
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("", true, "Json")]
    [InlineData("*/*", true, "Json")]
    [InlineData("application/json", true, "Json")]
    [InlineData("application/json; charset=utf-8", true, "Json")]
    [InlineData("text/csv", true, "Csv")]
    [InlineData("text/csv", false, "None")]
    [InlineData("text/*", true, "Csv")]
    [InlineData("text/csv;q=0, application/json", true, "Json")]
    [InlineData("text/csv, application/json;q=0.5", true, "Csv")]
    [InlineData("text/csv;q=0.5, application/json;q=0.5", true, "Json")]
    [InlineData("text/csv;q=0.9, */*;q=0.1", true, "Csv")]
    [InlineData("application/json;q=0, */*", true, "Csv")]
    [InlineData("application/json;q=0, */*", false, "None")]
    [InlineData("application/xml", true, "None")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true, "Json")]
    public void Negotiation_HonoursQValuesAndTheMostSpecificRange(string accept, bool csvOffered, string expected)
    {
        Assert.Equal(expected, ContentNegotiation.Negotiate(StringValues.Empty, accept, csvOffered).ToString());
    }

    [Theory]
    [InlineData("", "GeoJson")]
    [InlineData("*/*", "GeoJson")]
    [InlineData("application/json", "GeoJson")]
    [InlineData("application/geo+json", "GeoJson")]
    [InlineData("application/geo+json;q=0.2, text/csv;q=0.5", "Csv")]
    [InlineData("application/json;q=0, application/geo+json", "GeoJson")]
    [InlineData("application/geo+json;q=0, application/json;q=0, text/csv;q=0.1", "Csv")]
    [InlineData("application/xml", "None")]
    public void Negotiation_OnAGeoJsonOperation_JsonOrGeoJsonGetsGeoJson(string accept, string expected)
    {
        Assert.Equal(expected, ContentNegotiation.Negotiate(StringValues.Empty, accept, csvOffered: true, geoJson: true).ToString());
        Assert.Equal(Representation.GeoJson, ContentNegotiation.Negotiate("json", "text/csv", csvOffered: true, geoJson: true));
    }

    [Fact]
    public void Negotiation_FormatParameterWinsOverAccept()
    {
        Assert.Equal(Representation.Csv, ContentNegotiation.Negotiate("csv", "application/json", csvOffered: true));
        Assert.Equal(Representation.Json, ContentNegotiation.Negotiate("json", "text/csv", csvOffered: true));
    }

    [Theory]
    [InlineData("/api/v1/regions", "text/csv;q=0, application/json", HttpStatusCode.OK, "application/json")]
    [InlineData("/api/v1/regions", "text/csv", HttpStatusCode.OK, "text/csv")]
    [InlineData("/api/v1/regions", "application/xml", HttpStatusCode.NotAcceptable, "application/problem+json")]
    [InlineData("/api/v1/meta", "text/csv", HttpStatusCode.NotAcceptable, "application/problem+json")]
    [InlineData("/api/v1/authorities/barnet", "application/xml, text/html", HttpStatusCode.NotAcceptable, "application/problem+json")]
    public async Task Accept_IsNegotiated_AndNothingAcceptableIs406(string url, string accept, HttpStatusCode status, string mediaType)
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Request(HttpMethod.Get, url, ("Accept", accept)));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        if (status == HttpStatusCode.NotAcceptable)
        {
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(406, problem["status"]!.GetValue<int>());
            Assert.Equal("Accept", problem["parameter"]!.GetValue<string>());
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            // One representation is "it", two are "neither".
            Assert.EndsWith(url == "/api/v1/regions" ? "; the Accept header allows neither." : "; the Accept header does not allow it.",
                problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Vary_NamesAcceptEncodingAndOrigin_On200And304Alike()
    {
        using var client = factory.CreateClient();
        using var ok = await client.SendAsync(Request(HttpMethod.Get, "/api/v1/authorities/barnet", ("Origin", "https://example.org")));
        using var notModified = await client.SendAsync(Request(HttpMethod.Get, "/api/v1/authorities/barnet", ("If-None-Match", ok.Headers.ETag!.Tag)));

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        foreach (var response in new[] { ok, notModified })
        {
            var vary = response.Headers.Vary.ToHashSet(StringComparer.OrdinalIgnoreCase);
            Assert.Superset(new HashSet<string>(["Accept", "Accept-Encoding", "Origin"], StringComparer.OrdinalIgnoreCase), vary);
        }
        Assert.Equal(ok.Headers.ETag, notModified.Headers.ETag);
        Assert.Equal("public, max-age=3600", notModified.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ACacheMiss_IsCompressedAsWellAsTheCachedAnswer(string encoding)
    {
        // The first request for a URL streams through the compressor in small writes; Brotli's fastest level used to
        // compress each on its own (/api/v1/indicators: 23,756 bytes against 3,050 from the cache).
        using var client = factory.CreateClient();
        var url = $"/api/v1/indicators?pageSize=4{(encoding == "br" ? 3 : 4)}";
        using var miss = await client.SendAsync(Request(HttpMethod.Get, url, ("Accept-Encoding", encoding)));
        using var hit = await client.SendAsync(Request(HttpMethod.Get, url, ("Accept-Encoding", encoding)));
        var (missBytes, hitBytes) = ((await miss.Content.ReadAsByteArrayAsync()).Length, (await hit.Content.ReadAsByteArrayAsync()).Length);

        Assert.Equal([encoding], miss.Content.Headers.ContentEncoding);
        Assert.True(missBytes <= hitBytes * 1.5, $"{encoding}: the miss is {missBytes} bytes, the cached answer {hitBytes}");
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ALongAnswer_CompressedOnAMiss_DecompressesToTheSameBytes(string encoding)
    {
        // A streamed CSV of several hundred kilobytes crosses the compressor's 64 KB blocks many times, in writes of
        // every size; whatever the block boundaries, the coded answer must be the plain one, byte for byte.
        using var client = factory.CreateClient();
        var url = $"/api/v1/indicators/children-in-need/values?pageSize=1000&page=2&format=csv&sort={(encoding == "br" ? "value" : "-value")}";
        using var plain = await client.SendAsync(Request(HttpMethod.Get, url, ("Accept-Encoding", "identity")));
        using var coded = await client.SendAsync(Request(HttpMethod.Get, url, ("Accept-Encoding", encoding)));

        var text = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, coded.StatusCode);
        Assert.Equal([encoding], coded.Content.Headers.ContentEncoding);
        Assert.True(text.Length > 4 * 64 * 1024, $"the answer is {text.Length} bytes: too short to cross several blocks");
        await using var compressed = await coded.Content.ReadAsStreamAsync();
        await using Stream decoder = encoding == "br"
            ? new System.IO.Compression.BrotliStream(compressed, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionMode.Decompress);
        using var decompressed = new MemoryStream();
        await decoder.CopyToAsync(decompressed);
        Assert.Equal(text, decompressed.ToArray());
    }

    [Fact]
    public async Task EachContentCoding_IsKeptCompressed_ServedFromTheCacheAsItWasFirstWritten_WithItsOwnTag()
    {
        // Compression runs inside the response cache: a hit is the compressed bytes kept, not a compression per request.
        using var client = factory.CreateClient();
        var store = Assert.IsType<BoundedOutputCacheStore>(factory.Services.GetRequiredService<IOutputCacheStore>());
        const string url = "/api/v1/indicators/children-in-need/change?from=2016&to=2024";
        using var plain = await client.SendAsync(Request(HttpMethod.Get, url, ("Accept-Encoding", "identity")));
        var keptBefore = store.Bytes;
        using var brotli = await client.SendAsync(Request(HttpMethod.Get, url, ("Accept-Encoding", "br")));
        var keptForBrotli = store.Bytes - keptBefore;
        using var brotliAgain = await client.SendAsync(Request(HttpMethod.Get, url, ("Accept-Encoding", "gzip;q=0.5, br")));
        using var plainAgain = await client.SendAsync(Request(HttpMethod.Get, url));

        var (text, compressed, compressedAgain, textAgain) = (await plain.Content.ReadAsByteArrayAsync(), await brotli.Content.ReadAsByteArrayAsync(),
            await brotliAgain.Content.ReadAsByteArrayAsync(), await plainAgain.Content.ReadAsByteArrayAsync());
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], brotliAgain.Content.Headers.ContentEncoding);
        Assert.Equal(compressed, compressedAgain);
        Assert.Equal(text, textAgain);
        Assert.True(compressed.Length * 5 < text.Length, $"{compressed.Length} compressed bytes against {text.Length}");
        // What the cache kept for the Brotli answer is the compressed body (and its headers), not the text.
        Assert.InRange(keptForBrotli, compressed.Length, compressed.Length + 4096);
        using var decompressed = new MemoryStream();
        using (var brotliStream = new System.IO.Compression.BrotliStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress))
        {
            await brotliStream.CopyToAsync(decompressed);
        }
        Assert.Equal(text, decompressed.ToArray());
        // A compressed answer is another representation, with a tag of its own (RFC 9110 §8.8.3).
        Assert.NotEqual(plain.Headers.ETag, brotli.Headers.ETag);
        Assert.Equal(brotli.Headers.ETag, brotliAgain.Headers.ETag);
        Assert.Equal(plain.Headers.ETag, plainAgain.Headers.ETag);
        // The second answer of each coding is the cache's (it carries the Age the cache gives).
        Assert.Null(brotli.Headers.Age);
        Assert.NotNull(brotliAgain.Headers.Age);
        Assert.NotNull(plainAgain.Headers.Age);
    }

    [Fact]
    public async Task IfNoneMatch_UsesWeakComparison()
    {
        using var client = factory.CreateClient();
        using var ok = await client.GetAsync(new Uri("/api/v1/indicators/children-in-need/values?year=2025", UriKind.Relative));
        var tag = ok.Headers.ETag!.Tag;

        using var weak = await client.SendAsync(Request(HttpMethod.Get, "/api/v1/indicators/children-in-need/values?year=2025", ("If-None-Match", $"\"other\", W/{tag}")));
        using var different = await client.SendAsync(Request(HttpMethod.Get, "/api/v1/indicators/children-in-need/values?year=2024", ("If-None-Match", $"W/{tag}")));

        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        Assert.Empty(await weak.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, different.StatusCode);
    }

    /// <summary>No answer of the API but a download has a Last-Modified, so a date (even one in the future, after the cached copy) is no reason for a 304.</summary>
    [Fact]
    public async Task IfModifiedSince_IsIgnored_WithoutALastModified()
    {
        using var client = factory.CreateClient();
        const string url = "/api/v1/indicators/children-in-need/values?year=2023";
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var later = await client.SendAsync(Request(HttpMethod.Get, url, ("If-Modified-Since", "Wed, 21 Oct 2099 07:28:00 GMT")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Content.Headers.Contains("Last-Modified"));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await later.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task IfNoneMatchStar_MatchesOnlyAnExistingResource()
    {
        using var client = factory.CreateClient();

        using var existing = await client.SendAsync(Request(HttpMethod.Get, "/api/v1/authorities/barnet", ("If-None-Match", "*")));
        using var missing = await client.SendAsync(Request(HttpMethod.Get, "/api/v1/authorities/gotham", ("If-None-Match", "*")));
        using var unrouted = await client.SendAsync(Request(HttpMethod.Get, "/api/v1/no-such-thing", ("If-None-Match", "*")));

        Assert.Equal(HttpStatusCode.NotModified, existing.StatusCode);
        Assert.Empty(await existing.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("gotham", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unrouted.StatusCode);
    }

    [Fact]
    public async Task PerRequestHeaders_AreThisRequests_EvenWhenTheBodyComesFromTheCache()
    {
        using var client = factory.CreateClient();
        const string url = "/api/v1/indicators/children-in-need/rankings?year=2024";

        using var first = await client.SendAsync(Request(HttpMethod.Get, url, ("X-Request-ID", "first-caller")));
        using var second = await client.SendAsync(Request(HttpMethod.Get, url, ("X-Request-ID", "second-caller")));

        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("first-caller", Header(first, "X-Request-ID"));
        Assert.Equal("second-caller", Header(second, "X-Request-ID"));
        Assert.Equal("1.0", Header(first, "api-supported-versions"));
        Assert.Equal("1.0", Header(second, "api-supported-versions"));
    }

    [Fact]
    public async Task DataVersion_MalformedIs400_WellFormedButStaleIs410()
    {
        using var client = factory.CreateClient();
        var current = (await client.GetJsonAsync("/api/v1/meta")).GetProperty("dataVersion").GetString()!;

        await client.GetProblemAsync("/api/v1/meta?dataVersion=3.0123456789abcdef", HttpStatusCode.Gone, "dataVersion");
        await client.GetProblemAsync("/api/v1/meta?dataVersion=latest", HttpStatusCode.BadRequest, "dataVersion");
        await client.GetProblemAsync($"/api/v1/meta?dataVersion={current}&dataVersion={current}", HttpStatusCode.BadRequest, "dataVersion");
        await client.GetJsonAsync($"/api/v1/meta?dataVersion={current}");
    }

    [Fact]
    public async Task RateLimitHeader_ReportsThePolicyThatApplied()
    {
        await using var limited = ApiFactory.WithSettings(("RateLimits:Enabled", "true"), ("RateLimits:PermitsPerMinute", "600"), ("RateLimits:ExpensivePermitsPerMinute", "60"));
        using var client = limited.CreateClient();

        using var json = await client.GetAsync(new Uri("/api/v1/regions", UriKind.Relative));
        using var csv = await client.GetAsync(new Uri("/api/v1/regions?format=csv", UriKind.Relative));
        using var acceptCsv = await client.SendAsync(Request(HttpMethod.Get, "/api/v1/regions", ("Accept", "text/csv")));

        Assert.Equal("600", Header(json, RateLimits.LimitHeader));
        Assert.Equal("60", Header(csv, RateLimits.LimitHeader));
        Assert.Equal("60", Header(acceptCsv, RateLimits.LimitHeader));
        Assert.Equal(MediaTypeHeaderValue.Parse("text/csv").MediaType, acceptCsv.Content.Headers.ContentType?.MediaType);
    }
}
