using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Downloads;

public sealed class DownloadsApiTests
{
    private const string Store = "/api/v1/downloads/childservices.db";
    private const string Zip = "/api/v1/downloads/childservices-csv.zip";

    private static string StoreFolder => Path.GetDirectoryName(SeededStore.DatabasePath)!;

    private static string ZipPath => Path.Combine(StoreFolder, SeededStore.Manifest.CsvZip.File);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, Action<HttpRequestHeaders>? headers = null, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(url, UriKind.Relative));
        headers?.Invoke(request.Headers);
        return await client.SendAsync(request);
    }

    [Collection(SeededApi.Features)]
    public sealed class ListDownloads(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Fact]
        public async Task ListsTheStoreAndTheCsvZip_WithSizeSha256AndTheLicence()
        {
            var version = SeededStore.ImportReport.DataVersion;

            var list = await client.GetJsonAsync("/api/v1/downloads");

            Assert.Equal(version, list.GetProperty("dataVersion").GetString());
            var files = list.GetProperty("files").EnumerateArray().ToList();
            Assert.Equal(["childservices.db", "childservices-csv.zip"], files.Select(f => f.GetProperty("name").GetString()));
            foreach (var (file, path, mediaType) in new[] { (files[0], SeededStore.DatabasePath, "application/vnd.sqlite3"), (files[1], ZipPath, "application/zip") })
            {
                Assert.Equal($"/api/v1/downloads/{file.GetProperty("name").GetString()}?dataVersion={version}", file.GetProperty("url").GetString());
                Assert.Equal(mediaType, file.GetProperty("mediaType").GetString());
                Assert.Equal(new FileInfo(path).Length, file.GetProperty("bytes").GetInt64());
                Assert.Equal(Sha256(await File.ReadAllBytesAsync(path)), file.GetProperty("sha256").GetString());
                Assert.Equal(version, file.GetProperty("dataVersion").GetString());
                Assert.Equal("Open Government Licence v3.0", file.GetProperty("licence").GetString());
                Assert.Contains("licensed under the Open Government Licence v3.0", file.GetProperty("attribution").GetString(), StringComparison.Ordinal);
            }
        }

        [Fact]
        public async Task StoreWithoutAManifest_ListsNothing_AndItsFilesAre404()
        {
            var bare = Path.Combine(TestFolders.Create("bare"), "childservices.db");
            File.Copy(SeededStore.DatabasePath, bare);
            await using var api = new ApiFactory(bare);
            using var bareClient = api.CreateClient();

            var list = await bareClient.GetJsonAsync("/api/v1/downloads");

            Assert.Equal(0, list.GetProperty("files").GetArrayLength());
            var problem = await bareClient.GetProblemAsync(Store, HttpStatusCode.NotFound, "file");
            Assert.Contains("no bulk downloads", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Collection(SeededApi.Features)]
    public sealed class GetDownload(ApiFactory factory)
    {
        private readonly HttpClient client = factory.CreateClient();

        [Theory]
        [InlineData(Store, "application/vnd.sqlite3", ".db")]
        [InlineData(Zip, "application/zip", "-csv.zip")]
        public async Task File_IsTheArtifactByteForByte_WithItsSha256AsETag(string url, string mediaType, string extension)
        {
            var manifest = SeededStore.Manifest;
            var expected = url == Store ? manifest.Store : manifest.CsvZip;

            using var response = await SendAsync(client, url);
            var body = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(StoreFolder, expected.File)), body);
            Assert.Equal(expected.Sha256, Sha256(body));
            Assert.Equal($"\"{expected.Sha256}\"", response.Headers.ETag?.ToString());
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(manifest.BuiltAt.ToUnixTimeSeconds(), response.Content.Headers.LastModified?.ToUnixTimeSeconds());
            Assert.Equal(["bytes"], response.Headers.AcceptRanges);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal($"childservices-{manifest.DataVersion}{extension}", response.Content.Headers.ContentDisposition?.FileNameStar);
            Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        }

        [Fact]
        public async Task IfNoneMatchWithTheSha256_Returns304WithoutABody()
        {
            using var response = await SendAsync(client, Zip, h => h.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{SeededStore.Manifest.CsvZip.Sha256}\"")));

            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal($"\"{SeededStore.Manifest.CsvZip.Sha256}\"", response.Headers.ETag?.ToString());
        }

        [Fact]
        public async Task IfNoneMatchWithAnotherTag_GetsTheFile()
        {
            using var response = await SendAsync(client, Zip, h => h.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000\"")));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public async Task Range_Returns206WithExactlyThoseBytes()
        {
            var file = await File.ReadAllBytesAsync(SeededStore.DatabasePath);

            using var response = await SendAsync(client, Store, h => h.Range = new RangeHeaderValue(100, 4195));
            var body = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
            Assert.Equal(file[100..4196], body);
            Assert.Equal($"bytes 100-4195/{file.Length}", response.Content.Headers.ContentRange?.ToString());
            Assert.Equal($"\"{SeededStore.Manifest.Store.Sha256}\"", response.Headers.ETag?.ToString());
        }

        [Fact]
        public async Task ResumeFromTheMiddle_WithIfRange_GetsTheRest()
        {
            var file = await File.ReadAllBytesAsync(ZipPath);
            var half = file.Length / 2;

            using var response = await SendAsync(client, Zip, h =>
            {
                h.Range = new RangeHeaderValue(half, null);
                h.IfRange = new RangeConditionHeaderValue($"\"{SeededStore.Manifest.CsvZip.Sha256}\"");
            });

            Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
            Assert.Equal(file[half..], await response.Content.ReadAsByteArrayAsync());
        }

        [Theory]
        [InlineData("items=0-5", null)]             // a unit other than bytes is ignored (RFC 9110 §14.2)
        [InlineData("bytes=0-9", "garbage")]        // an If-Range that is neither a tag nor a date matches nothing (§13.1.5)
        [InlineData("bytes=0-9", "\"0000\"")]       // another tag: the file has changed, so all of it
        [InlineData("bytes=0-9", "Tue, 01 Jan 2030 00:00:00 GMT")]   // a date matches only Last-Modified exactly, never a later one
        public async Task ARangeThatCannotApply_GetsTheWholeFile(string range, string? ifRange)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Store, UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Range", range);
            if (ifRange is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Range", ifRange);
            }
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Content.Headers.ContentRange);
            Assert.Equal(SeededStore.Manifest.Store.Bytes, response.Content.Headers.ContentLength);
        }

        [Theory]
        [InlineData("If-Match", "\"0000\"")]
        [InlineData("If-Unmodified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")]
        public async Task AFailedPrecondition_Is412ProblemNamingTheHeader_AndTheFilesValidators(string header, string value)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Store, UriKind.Relative));
            request.Headers.TryAddWithoutValidation(header, value);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"\"parameter\":\"{header}\"", body, StringComparison.Ordinal);
            Assert.Contains(SeededStore.Manifest.Store.Sha256, body, StringComparison.Ordinal);
        }

        [Fact]
        public async Task IfRange_WithTheFilesOwnLastModified_GetsTheRange()
        {
            using var head = await SendAsync(client, Store, method: HttpMethod.Head);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Store, UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Range", "bytes=0-9");
            request.Headers.TryAddWithoutValidation("If-Range", head.Content.Headers.LastModified!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
            Assert.Equal(10, (await response.Content.ReadAsByteArrayAsync()).Length);
        }

        [Fact]
        public async Task IfMatchThatMatches_OverridesAnIfUnmodifiedSinceThatWouldFail()
        {
            // RFC 9110 §13.2.2: If-Unmodified-Since is evaluated only without If-Match.
            using var response = await SendAsync(client, Store, h =>
            {
                h.IfMatch.Add(new EntityTagHeaderValue($"\"{SeededStore.Manifest.Store.Sha256}\""));
                h.IfUnmodifiedSince = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
            }, HttpMethod.Head);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public async Task RangeBeyondTheEnd_Returns416ProblemWithTheLength()
        {
            var length = new FileInfo(SeededStore.DatabasePath).Length;

            using var response = await SendAsync(client, Store, h => h.Range = new RangeHeaderValue(length + 10, null));
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("\"parameter\":\"Range\"", body, StringComparison.Ordinal);
            Assert.Equal($"bytes */{length}", response.Content.Headers.ContentRange?.ToString());
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }

        [Fact]
        public async Task Head_GivesTheHeadersWithoutTheBody()
        {
            using var response = await SendAsync(client, Store, method: HttpMethod.Head);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(SeededStore.Manifest.Store.Bytes, response.Content.Headers.ContentLength);
            Assert.Equal($"\"{SeededStore.Manifest.Store.Sha256}\"", response.Headers.ETag?.ToString());
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }

        [Fact]
        public async Task AcceptThatRulesOutJson_StillGetsTheFile()
        {
            using var response = await SendAsync(client, Zip, h => h.Accept.ParseAdd("application/zip"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        }

        [Fact]
        public async Task RepeatedRequest_IsNotServedFromTheResponseCache()
        {
            using var first = await SendAsync(client, Zip);
            using var second = await SendAsync(client, Zip);

            // The response cache marks what it serves with Age; files are sent from disk each time.
            Assert.False(second.Headers.Contains("Age"));
            using var cached = await SendAsync(client, "/api/v1/regions");
            using var again = await SendAsync(client, "/api/v1/regions");
            Assert.True(again.Headers.Contains("Age"), "the response cache is on in this factory, so the check above can fail");
        }

        [Fact]
        public async Task PinnedToAnotherDataVersion_Returns410()
        {
            await client.GetProblemAsync($"{Store}?dataVersion=1.0000000000000000", HttpStatusCode.Gone, "dataVersion");
        }

        [Fact]
        public async Task UnknownFile_Returns404ProblemNamingTheParameterAndTheFilesThereAre()
        {
            var problem = await client.GetProblemAsync("/api/v1/downloads/childservices.sqlite", HttpStatusCode.NotFound, "file");

            Assert.Equal(["childservices.db", "childservices-csv.zip"], problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        }

        /// <summary>Only the two listed names are servable: nothing else in the store's folder, and nothing outside it.</summary>
        [Theory]
        [InlineData("/api/v1/downloads/..%2fchildservices.db")]
        [InlineData("/api/v1/downloads/..%2F..%2F..%2Fetc%2Fpasswd")]
        [InlineData("/api/v1/downloads/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
        [InlineData("/api/v1/downloads/..%5c..%5cchildservices.db")]
        [InlineData("/api/v1/downloads/%2Fetc%2Fpasswd")]
        [InlineData("/api/v1/downloads//etc/passwd")]
        [InlineData("/api/v1/downloads/childservices.db.manifest.json")]
        public async Task TraversalAndUnlistedNames_Return404Problems(string url)
        {
            using var response = await SendAsync(client, url);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        }

        [Fact]
        public async Task CsvZipsNameOnDisk_IsNotServable()
        {
            await client.GetProblemAsync($"/api/v1/downloads/{SeededStore.Manifest.CsvZip.File}", HttpStatusCode.NotFound, "file");
            await client.GetProblemAsync($"/api/v1/downloads/{Uri.EscapeDataString(ZipPath)}", HttpStatusCode.NotFound, "file");
        }
    }
}
