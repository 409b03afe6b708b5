using System.Net;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Http;

/// <summary>Kestrel's request line and header limits, on a real Kestrel listener (the in-process test server has none).</summary>
public sealed class RequestLimitTests : IDisposable
{
    private readonly ApiFactory api = new();
    private readonly HttpClient client;

    public RequestLimitTests()
    {
        api.UseKestrel(0);
        api.StartServer();
        client = api.CreateClient();
    }

    [Fact]
    public async Task RequestLineOverTheLimit_Is414()
    {
        using var response = await client.GetAsync(new Uri($"/api/v1/authorities?q={new string('a', 9000)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Fact]
    public async Task HeadersOverTheLimit_Are431()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/regions", UriKind.Relative));
        request.Headers.Add("X-Padding", new string('a', 40_000));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task RequestUnderTheLimits_IsServedByKestrelWithoutABanner()
    {
        using var response = await client.GetAsync(new Uri("/api/v1/regions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    public void Dispose()
    {
        client.Dispose();
        api.Dispose();
    }
}
