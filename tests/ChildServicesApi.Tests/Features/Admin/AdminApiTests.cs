using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Features.Admin;

/// <summary>
/// Each test that imports runs its own API over its own copy of the store and the seed, since refreshes write. The
/// refusals share one such API (<see cref="UntouchedApi"/>): nothing they send reaches the store or the seed.
/// </summary>
[Collection(Collection)]
public sealed class AdminApiTests(AdminApiTests.UntouchedApi untouched) : IClassFixture<AdminApiTests.UntouchedApi>, IDisposable
{
    /// <summary>The admin tests run one at a time: the API allows one import per process, and they would get 409s.</summary>
    public const string Collection = "Admin imports";
    private const string Key = "test-admin-key-0123456789";
    private const string B1 = "children-in-need/b1_children_in_need_2013_to_2025.csv";
    private AdminApi? own;

    /// <summary>An admin API over its own copy of the store and of the seed.</summary>
    public sealed class AdminApi : IDisposable
    {
        private readonly ApiFactory factory;

        public AdminApi()
        {
            Database = Path.Combine(TestFolders.Create("admin"), "childservices.db");
            File.Copy(SeededStore.DatabasePath, Database);
            factory = new ApiFactory(Database, new Dictionary<string, string?> { ["Admin:ApiKey"] = Key, ["Store:SeedDirectory"] = Seed.Directory });
            Client = factory.CreateClient();
        }

        internal TempSeed Seed { get; } = TempSeed.CopyOfRealSeed();

        public string Database { get; }

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            factory.Dispose();
            Seed.Dispose();
        }
    }

    /// <summary>The API the refusal tests share.</summary>
    public sealed class UntouchedApi : IDisposable
    {
        public AdminApi Api { get; } = new();

        public void Dispose() => Api.Dispose();
    }

    /// <summary>This test's own API, for a test that imports.</summary>
    private AdminApi Own => own ??= new AdminApi();

    private static async Task<HttpResponseMessage> PostImportAsync(AdminApi api, string? key, HttpContent? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/admin/imports", UriKind.Relative)) { Content = body };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return await api.Client.SendAsync(request);
    }

    private static async Task<double> England2025ChildrenInNeedAsync(AdminApi api) =>
        (await api.Client.GetJsonAsync("/api/v1/indicators/children-in-need/values?year=2025&level=national")).Items().Single().GetProperty("value").GetDouble();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    [InlineData("test-admin-key-012345678")]
    public async Task MissingOrWrongKey_Is401ProblemAndImportsNothing(string? key)
    {
        var api = untouched.Api;
        var before = File.GetLastWriteTimeUtc(api.Database);

        using var response = await PostImportAsync(api, key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, File.GetLastWriteTimeUtc(api.Database));
    }

    [Fact]
    public async Task RightKey_ImportsTheRevisedSeedAndServesItAtOnce()
    {
        var api = Own;
        Assert.Equal(402400, await England2025ChildrenInNeedAsync(api));
        var oldTag = (await api.Client.GetAsync(new Uri("/api/v1/meta", UriKind.Relative))).Headers.ETag;
        // A revised release: b1 line 2 (England 2025 At31_episodes) corrected.
        api.Seed.ReplaceCell(B1, 2, "At31_episodes", "402401");

        using var response = await PostImportAsync(api, Key);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SeededStore.ImportReport.DataVersion, body.GetProperty("previousDataVersion").GetString());
        Assert.NotEqual(SeededStore.ImportReport.DataVersion, body.GetProperty("dataVersion").GetString());
        Assert.Equal(402401, await England2025ChildrenInNeedAsync(api));
        var meta = await api.Client.GetAsync(new Uri("/api/v1/meta", UriKind.Relative));
        Assert.NotEqual(oldTag, meta.Headers.ETag);
        // The refresh also wrote the new version's artifact (this copy of the store had none): the downloads follow it.
        var downloads = await api.Client.GetJsonAsync("/api/v1/downloads");
        var version = body.GetProperty("dataVersion").GetString();
        Assert.Equal([version, version], downloads.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("dataVersion").GetString()));
        using var store = await api.Client.GetAsync(new Uri("/api/v1/downloads/childservices.db", UriKind.Relative));
        Assert.Equal(await File.ReadAllBytesAsync(api.Database), await store.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task BrokenSeed_Is422WithTheImportersReportAndTheOldDataStillServed()
    {
        var api = Own;
        api.Seed.ReplaceCell(B1, 2, "At31_episodes", "40240O");

        using var response = await PostImportAsync(api, Key);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal((B1, 2, "At31_episodes"), (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetString()));
        Assert.Equal(402400, await England2025ChildrenInNeedAsync(api));
        Assert.Equal(SeededStore.ImportReport.DataVersion, (await api.Client.GetJsonAsync("/api/v1/meta")).GetProperty("dataVersion").GetString());
    }

    [Fact]
    public async Task UploadedZip_IsImported()
    {
        var api = Own;
        api.Seed.ReplaceCell(B1, 2, "At31_episodes", "402402");
        var zip = Path.Combine(TestFolders.Create("zip"), "seed.zip");
        ZipFile.CreateFromDirectory(api.Seed.Directory, zip, CompressionLevel.Fastest, includeBaseDirectory: true);
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(zip));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");

        using var response = await PostImportAsync(api, Key, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(402402, await England2025ChildrenInNeedAsync(api));
    }

    [Fact]
    public async Task ZipSlipEntry_IsRefused()
    {
        var api = untouched.Api;
        await using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var writer = new StreamWriter(archive.CreateEntry("../../escape.csv").Open());
            await writer.WriteAsync("a,b\n1,2\n");
        }
        using var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");

        using var response = await PostImportAsync(api, Key, content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(402400, await England2025ChildrenInNeedAsync(api));
    }

    public void Dispose() => own?.Dispose();

    /// <summary>The public API, as the shared host runs it: no admin key is configured.</summary>
    [Collection(SeededApi.Features)]
    public sealed class WithoutAKey(ApiFactory factory)
    {
        [Fact]
        public async Task NoKeyConfigured_TheEndpointDoesNotExist()
        {
            using var publicClient = factory.CreateClient();

            using var response = await publicClient.PostAsync(new Uri("/api/admin/imports", UriKind.Relative), null);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
