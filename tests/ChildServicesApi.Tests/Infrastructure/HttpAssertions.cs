using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChildServicesApi.Tests.Infrastructure;

internal static class HttpAssertions
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 problem with the status, naming the parameter at fault (in errors or as "parameter").</summary>
    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string url, HttpStatusCode status, string parameter)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"GET {url}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("traceId", out _), "a problem carries a traceId");
        var named = (problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(parameter, out _))
            || (problem.TryGetProperty("parameter", out var p) && p.GetString() == parameter);
        Assert.True(named, $"the problem should name '{parameter}': {body}");
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        return problem;
    }

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();

    public static int TotalItems(this JsonElement page) => page.GetProperty("paging").GetProperty("totalItems").GetInt32();

    public static async Task<string> LinkHeaderAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return string.Join(", ", response.Headers.GetValues("Link"));
    }
}
