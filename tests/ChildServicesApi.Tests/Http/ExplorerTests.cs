using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Http;

/// <summary>
/// The explorer page at /explore and its iframe version at /explore/embed: static HTML under a strict content security
/// policy, its hashed assets cached as immutable, the embed page frameable by any site and the main page by none. What
/// the page draws is checked in a real browser by clients/explorer/explorer.mjs (run in .ci/run).
/// </summary>
[Collection(SeededApi.Http)]
public sealed partial class ExplorerTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static string Policy(HttpResponseMessage response) => response.Headers.GetValues("Content-Security-Policy").Single();

    /// <summary>The policy's directives by name, e.g. "script-src" -> "'self'".</summary>
    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        Policy(response).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "", StringComparer.Ordinal);

    [GeneratedRegex("""<script\b[^>]*\bsrc="(?<src>/explore/[^"]+\.js)"[^>]*>\s*</script>""")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("""<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(?<href>/explore/[^"]+\.css)"[^>]*>""")]
    private static partial Regex StylesheetTag();

    [GeneratedRegex("""<script\b(?![^>]*\bsrc=)[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("""\son[a-z]+\s*=|\sstyle\s*=|<style\b|javascript:""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandlerOrStyle();

    [Theory]
    [InlineData("/explore")]
    [InlineData("/explore/embed")]
    public async Task Page_IsHtmlUnderAStrictPolicy(string url)
    {
        var (response, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!doctype html>", body, StringComparison.OrdinalIgnoreCase);
        var policy = Directives(response);
        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["style-src"]);
        Assert.Equal("'self' data: blob:", policy["img-src"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.DoesNotContain("unsafe", Policy(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/explore")]
    [InlineData("/explore/embed")]
    public async Task Page_HasNoInlineScriptStyleOrHandler(string url)
    {
        var (_, body) = await GetAsync(url);

        Assert.Single(ScriptTag().Matches(body));
        Assert.Single(StylesheetTag().Matches(body));
        Assert.Empty(InlineScript().Matches(body));
        Assert.Empty(InlineHandlerOrStyle().Matches(body));
    }

    [Fact]
    public async Task MainPage_CannotBeFramed()
    {
        var (response, _) = await GetAsync("/explore");

        Assert.Equal("'none'", Directives(response)["frame-ancestors"]);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task EmbedPage_CanBeFramedByAnySite()
    {
        var (response, body) = await GetAsync("/explore/embed");

        Assert.Equal("*", Directives(response)["frame-ancestors"]);
        Assert.False(response.Headers.Contains("X-Frame-Options"), "X-Frame-Options would stop browsers framing the embed page");
        Assert.Contains("""<body class="embed">""", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_AreServedWithTheirContentTypesAndCachedAsImmutable()
    {
        var (_, page) = await GetAsync("/explore");
        var assets = new[]
        {
            (Url: ScriptTag().Match(page).Groups["src"].Value, Type: "text/javascript"),
            (Url: StylesheetTag().Match(page).Groups["href"].Value, Type: "text/css"),
        };

        foreach (var (url, type) in assets)
        {
            var (response, body) = await GetAsync(url);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
            Assert.Contains("immutable", response.Headers.CacheControl!.Extensions.Select(e => e.Name));
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.NotEmpty(body);
        }
    }

    [Fact]
    public async Task Script_UsesThePublicApiOnly()
    {
        var (_, page) = await GetAsync("/explore");
        var (_, script) = await GetAsync(ScriptTag().Match(page).Groups["src"].Value);

        Assert.Contains("/api/v1/", script, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/admin", script, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", script.Replace("http://www.w3.org/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_IsRevalidatedWithItsETag()
    {
        var (first, _) = await GetAsync("/explore");
        Assert.Equal(TimeSpan.FromMinutes(5), first.Headers.CacheControl?.MaxAge);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/explore", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task UnknownAsset_Is404()
    {
        var (response, _) = await GetAsync("/explore/explore-NOTBUILT.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
