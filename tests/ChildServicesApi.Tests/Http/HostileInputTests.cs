using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Http;

/// <summary>
/// Generates requests from the served OpenAPI document (every operation, every parameter) filled with hostile values:
/// wrong types, huge and negative numbers, empty and 10 KB strings, SQL and path-traversal shapes, unicode, repeated
/// and unknown parameters, unsupported versions and methods. Whatever a client sends, the answer is never a 5xx,
/// never leaks an exception, and every error is a valid problem+json.
/// </summary>
[Collection(SeededApi.Http)]
public sealed class HostileInputTests(ApiFactory factory)
{
    private const int MinimumRequests = 10_000;

    private static readonly string[] HostileValues =
    [
        "", " ", "0", "-1", "1", "-2147483649", "2147483648", "99999999999999999999", "1e308", "1e400", "-1e400", "NaN",
        "Infinity", "0x10", "1.5", "1,5", "abc", "true", "null", "[]", "{}", "' OR '1'='1", "1; DROP TABLE \"Observations\";--",
        "\" OR \"\"=\"", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f", "\0", "\u202e", "ü", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "😀",
        "\ud800", "ﬁ", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "%s%s%s%n", new string('a', 10_000), new string('9', 10_000),
        "2025-02-30", "0001-01-01", "9999-12-31", "-", "--name", "E09000003", "302", "barnet", "2025", "children-in-need",
    ];

    private static readonly string[] BadVersions = ["v2", "v0", "vX", "v1.5", "v-1", "v999999999999"];
    private static readonly HttpMethod[] BadMethods = [HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch];

    private sealed record Operation(string Path, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters);

    [Fact]
    public async Task TenThousandHostileRequests_GetNo5xxNoExceptionAndOnlyProblemErrors()
    {
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var operations = document["paths"]!.AsObject()
            .Select(p => (Path: p.Key, Parameters: p.Value!["get"]!["parameters"]?.AsArray().Select(x => OpenApiDocumentTests.Resolve(document, x!)) ?? []))
            .Select(p => new Operation(p.Path,
                p.Parameters.Where(x => x["in"]!.GetValue<string>() == "path").Select(x => x["name"]!.GetValue<string>()).ToList(),
                p.Parameters.Where(x => x["in"]!.GetValue<string>() == "query").Select(x => x["name"]!.GetValue<string>()).ToList()))
            .ToList();
        Assert.Equal(38, operations.Count);

        var requests = Generate(operations).ToList();
        Assert.True(requests.Count >= MinimumRequests, $"only {requests.Count} requests generated");

        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, ct) =>
        {
            using var message = new HttpRequestMessage(request.Method, new Uri(request.Url, UriKind.Relative));
            using var response = await client.SendAsync(message, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var fault = Check((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
            if (fault is not null)
            {
                failures.Add($"{request.Method} {request.Url[..Math.Min(request.Url.Length, 160)]} -> {(int)response.StatusCode}: {fault}");
            }
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} of {requests.Count} requests failed:\n{string.Join('\n', failures.Take(20))}");
    }

    /// <summary>What is wrong with a response, or null.</summary>
    private static string? Check(int status, string? mediaType, string body)
    {
        if (status >= 500)
        {
            return "server error";
        }
        if (body.Contains("Exception", StringComparison.Ordinal) || body.Contains("   at ", StringComparison.Ordinal) || body.Contains("System.", StringComparison.Ordinal))
        {
            return "the body leaks an exception or stack trace";
        }
        if (status < 400)
        {
            return null;
        }
        if (mediaType != "application/problem+json")
        {
            return $"error with content type {mediaType ?? "none"}";
        }
        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            return problem.GetProperty("status").GetInt32() == status && problem.TryGetProperty("title", out _) && problem.TryGetProperty("traceId", out _)
                ? null
                : "problem body lacks status, title or traceId";
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "error body is not a problem object";
        }
    }

    private sealed record HostileRequest(HttpMethod Method, string Url);

    private static IEnumerable<HostileRequest> Generate(IReadOnlyList<Operation> operations)
    {
        var random = new Random(20261123);
        static string Encode(string value) => Uri.EscapeDataString(value.Replace("\ud800", "\ufffd", StringComparison.Ordinal));
        static string PathFor(Operation operation, string? parameter = null, string? value = null) =>
            operation.PathParameters.Aggregate(operation.Path, (path, name) =>
                path.Replace($"{{{name}}}", name == parameter ? Encode(value!) : name == "id" ? "barnet" : "children-in-need", StringComparison.Ordinal));
        HostileRequest Get(string url) => new(HttpMethod.Get, url);

        var count = 0;
        foreach (var operation in operations)
        {
            foreach (var value in HostileValues)
            {
                // The in-process test server refuses a NUL in the path before the app sees it (Kestrel answers 400).
                foreach (var parameter in operation.PathParameters.Where(_ => !value.Contains('\0', StringComparison.Ordinal)))
                {
                    count++;
                    yield return Get(PathFor(operation, parameter, value));
                }
                foreach (var parameter in operation.QueryParameters)
                {
                    count++;
                    yield return Get($"{PathFor(operation)}?{parameter}={Encode(value)}");
                }
                var repeated = operation.QueryParameters.Count > 0 ? operation.QueryParameters[0] : "x";
                count += 2;
                yield return Get($"{PathFor(operation)}?{Encode("unknown" + value)}=1");
                yield return Get($"{PathFor(operation)}?{repeated}={Encode(value)}&{repeated}=2");
            }
            foreach (var version in BadVersions)
            {
                count++;
                yield return Get(PathFor(operation).Replace("/api/v1/", $"/api/{version}/", StringComparison.Ordinal));
            }
            foreach (var method in BadMethods)
            {
                count++;
                yield return new HostileRequest(method, PathFor(operation));
            }
        }
        // Random combinations of several hostile parameters at once, until there are enough.
        var withQuery = operations.Where(o => o.QueryParameters.Count > 0).ToList();
        while (count < MinimumRequests + 500)
        {
            var operation = withQuery[random.Next(withQuery.Count)];
            var pairs = Enumerable.Range(0, random.Next(2, 5))
                .Select(_ => $"{operation.QueryParameters[random.Next(operation.QueryParameters.Count)]}={Encode(HostileValues[random.Next(HostileValues.Length)])}");
            var pathValue = HostileValues[random.Next(HostileValues.Length)];
            var path = operation.PathParameters.Count > 0 && random.Next(4) == 0 && !pathValue.Contains('\0', StringComparison.Ordinal)
                ? PathFor(operation, operation.PathParameters[0], pathValue)
                : PathFor(operation);
            count++;
            yield return Get($"{path}?{string.Join('&', pairs)}");
        }
    }
}
