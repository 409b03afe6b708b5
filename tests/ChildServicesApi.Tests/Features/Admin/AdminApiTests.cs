using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Tests.Features.Admin;

/// <summary>
/// Each test that imports runs its own API over its own copy of the store and the seed, since refreshes write. The one
/// successful import is made once for the collection (<see cref="RevisedImport"/>): an import of the whole seed takes
/// seconds, and the tests only read what it left. The refusals share one API (<see cref="UntouchedApi"/>): nothing they
/// send reaches the store or the seed.
/// </summary>
[Collection(Collection)]
public sealed class AdminApiTests(AdminApiTests.UntouchedApi untouched, AdminApiTests.RevisedImport revised)
    : IClassFixture<AdminApiTests.UntouchedApi>, IClassFixture<AdminApiTests.RevisedImport>, IDisposable
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

    /// <summary>
    /// The admin API's successful import, shared by the collection: a revised seed (b1 line 2, England's 2025
    /// At31_episodes, corrected as a later release would) imported from the configured seed folder, into a folder that
    /// holds the previous live file and the half-built file of a killed import. What was served before is kept.
    /// </summary>
    public sealed class RevisedImport : IAsyncLifetime
    {
        public AdminApi Api { get; } = new();

        public string Folder => Path.GetDirectoryName(Api.Database)!;

        public string Abandoned => Path.Combine(Folder, $".childservices.db.{int.MaxValue}.0123456789abcdef.building");

        public double EnglandBefore { get; private set; }

        public EntityTagHeaderValue? MetaTagBefore { get; private set; }

        public HttpStatusCode Status { get; private set; }

        public JsonElement Body { get; private set; }

        public string DataVersion => Body.GetProperty("dataVersion").GetString()!;

        /// <summary>The files the import left in its folder: the store, and the artifact built with it (the manifest and the CSV zip it names).</summary>
        public IEnumerable<string> Expected =>
            new[] { Api.Database, StoreManifest.PathFor(Api.Database), StoreManifest.PathOf(Api.Database, StoreManifest.Read(Api.Database)!.CsvZip) }
                .Order(StringComparer.Ordinal);

        public async Task InitializeAsync()
        {
            await File.WriteAllTextAsync(Abandoned, "half a database");
            EnglandBefore = await England2025ChildrenInNeedAsync(Api);
            using (var meta = await Api.Client.GetAsync(new Uri("/api/v1/meta", UriKind.Relative)))
            {
                MetaTagBefore = meta.Headers.ETag;
            }
            Api.Seed.ReplaceCell(B1, 2, "At31_episodes", "402401");
            using var response = await PostImportAsync(Api, Key);
            Status = response.StatusCode;
            Body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        }

        public Task DisposeAsync()
        {
            Api.Dispose();
            return Task.CompletedTask;
        }
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
        var api = revised.Api;

        Assert.Equal(HttpStatusCode.OK, revised.Status);
        Assert.Equal(402400, revised.EnglandBefore);
        Assert.Equal(SeededStore.ImportReport.DataVersion, revised.Body.GetProperty("previousDataVersion").GetString());
        Assert.NotEqual(SeededStore.ImportReport.DataVersion, revised.DataVersion);
        Assert.Equal(402401, await England2025ChildrenInNeedAsync(api));
        var meta = await api.Client.GetAsync(new Uri("/api/v1/meta", UriKind.Relative));
        Assert.NotEqual(revised.MetaTagBefore, meta.Headers.ETag);
        // The refresh also wrote the new version's artifact (this copy of the store had none): the downloads follow it.
        var downloads = await api.Client.GetJsonAsync("/api/v1/downloads");
        Assert.Equal([revised.DataVersion, revised.DataVersion], downloads.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("dataVersion").GetString()));
        using var store = await api.Client.GetAsync(new Uri("/api/v1/downloads/childservices.db", UriKind.Relative));
        Assert.Equal(await File.ReadAllBytesAsync(api.Database), await store.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void SuccessfulImport_ReplacesTheLiveFileWholeAndLeavesNothingBehind()
    {
        Assert.Equal(revised.Expected, Directory.GetFiles(revised.Folder).Order(StringComparer.Ordinal));
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={revised.Api.Database};Mode=ReadOnly;Pooling=False").Options);
        Assert.Equal(revised.DataVersion, db.ImportRecords.Single().DataVersion);
    }

    [Fact]
    public void HalfBuiltFileOfAKilledImport_IsRemovedByTheNextImport()
    {
        Assert.False(File.Exists(revised.Abandoned));
        Assert.Equal(revised.Expected, Directory.GetFiles(revised.Folder).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ChangedSeedFile_ChangesTheDataVersion() =>
        Assert.Matches($"^{StoreImporter.ImporterVersion}\\.[0-9a-f]{{16}}$", revised.DataVersion);

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

    /// <summary>
    /// The zip, not the configured seed folder, is what is imported: a cell broken only in the zip is the one the problem
    /// names. The zip unpacks to the seed byte for byte (<see cref="SeedUploadTests"/>), and from there takes the same
    /// import as the configured folder, whose success RightKey_ImportsTheRevisedSeedAndServesItAtOnce shows.
    /// </summary>
    [Fact]
    public async Task UploadedZip_IsWhatIsImported()
    {
        var api = Own;
        var zipped = TempSeed.CopyOfRealSeed();
        zipped.ReplaceCell(B1, 2, "At31_episodes", "40240Z");
        var zip = Path.Combine(TestFolders.Create("zip"), "seed.zip");
        ZipFile.CreateFromDirectory(zipped.Directory, zip, CompressionLevel.Fastest, includeBaseDirectory: true);
        zipped.Dispose();
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(zip));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");

        using var response = await PostImportAsync(api, Key, content);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal((B1, 2, "At31_episodes"), (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetString()));
        Assert.Contains("'40240Z'", problem.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Equal(402400, await England2025ChildrenInNeedAsync(api));
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
