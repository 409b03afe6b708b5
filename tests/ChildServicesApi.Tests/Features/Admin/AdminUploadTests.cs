using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChildServicesApi.Features.Admin;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChildServicesApi.Tests.Features.Admin;

/// <summary>
/// The limits on zips uploaded to <c>POST /api/admin/imports</c> (issue 11). Each API runs over its own copy of the
/// store, with its own upload folder and configured seed, so the upload folders a test finds are its API's. The tests
/// that need no setting of their own share one such API with the default limits (<see cref="DefaultLimits"/>): they run
/// one after another, and each starts by finding its upload folder empty. The others start one with small limits.
/// </summary>
[Collection(AdminApiTests.Collection)]
public sealed class AdminUploadTests(AdminUploadTests.DefaultLimits defaults) : IClassFixture<AdminUploadTests.DefaultLimits>, IDisposable
{
    private const string Key = "test-admin-key-0123456789";
    private const string B1 = "children-in-need/b1_children_in_need_2013_to_2025.csv";
    private const int MiB = 1024 * 1024;
    private readonly List<IDisposable> disposables = [];
    private readonly List<Pipe> bodies = [];
    private UploadApi api = null!;

    /// <summary>An admin API over its own copy of the store, with its own upload folder and a configured seed without source files.</summary>
    public sealed class UploadApi : IDisposable
    {
        private readonly string database = Path.Combine(TestFolders.Create("admin-upload"), "childservices.db");
        private ApiFactory? factory;

        public UploadApi() => File.Copy(SeededStore.DatabasePath, database);

        public string Uploads { get; } = TestFolders.Create("uploads");

        internal TempSeed ConfiguredSeed { get; } = TempSeed.WithFiles(("PROVENANCE.md", "# A seed without its source files\n"));

        public HttpClient Client { get; private set; } = null!;

        public UploadApi Start(params (string Key, string? Value)[] settings)
        {
            var all = new Dictionary<string, string?>
            {
                ["Admin:ApiKey"] = Key,
                ["Admin:UploadDirectory"] = Uploads,
                ["Store:SeedDirectory"] = ConfiguredSeed.Directory,
            };
            foreach (var (key, value) in settings)
            {
                all[key] = value;
            }
            factory = new ApiFactory(database, all);
            // No redirect handler: it buffers request bodies to be able to resend them, and these tests stream theirs.
            Client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            return this;
        }

        public void Dispose()
        {
            Client?.Dispose();
            factory?.Dispose();
            ConfiguredSeed.Dispose();
        }
    }

    /// <summary>The admin API with the default upload limits, shared by the tests that set none.</summary>
    public sealed class DefaultLimits : IDisposable
    {
        public UploadApi Api { get; } = new UploadApi().Start();

        public void Dispose() => Api.Dispose();
    }

    /// <summary>Uses the shared API with the default limits; the tests before left its upload folder empty.</summary>
    private void UseDefaultLimits()
    {
        api = defaults.Api;
        Assert.Empty(UploadFolders());
    }

    /// <summary>Starts an API of this test's own, with these settings.</summary>
    private void StartApi(params (string Key, string? Value)[] settings)
    {
        api = new UploadApi().Start(settings);
        disposables.Add(api);
    }

    private string[] UploadFolders() => Directory.GetDirectories(api.Uploads, UploadFolder.Prefix + "*");

    private async Task<HttpResponseMessage> PostAsync(HttpContent? body, bool chunked = false, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/admin/imports", UriKind.Relative)) { Content = body };
        request.Headers.Add("X-Api-Key", Key);
        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }
        return await api.Client.SendAsync(request, ct);
    }

    private Task<HttpResponseMessage> PostZipAsync(byte[] zip) => PostAsync(ZipContent(new ByteArrayContent(zip)));

    private static T ZipContent<T>(T content) where T : HttpContent
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }

    /// <summary>Asserts an RFC 9457 problem with the status that shows no server folder, and returns it.</summary>
    private async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        foreach (var folder in new[] { Path.GetTempPath(), Path.TrimEndingDirectorySeparator(Path.GetTempPath()), api.Uploads, api.ConfiguredSeed.Directory, SeededStore.SeedDirectory })
        {
            Assert.DoesNotContain(folder, body, StringComparison.Ordinal);
        }
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    private static async Task<JsonElement> AssertRefusedAsync(Task<JsonElement> problem, string limit, string? entry = null)
    {
        var refusal = await problem;
        Assert.Equal(limit, refusal.GetProperty("limit").GetString());
        if (entry is not null)
        {
            Assert.Equal(entry, refusal.GetProperty("entry").GetString());
            Assert.Contains($"'{entry}'", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        return refusal;
    }

    private static byte[] Zip(params (string Name, byte[] Data)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(data);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A request body the test writes as it goes; it holds what the server has not read yet, however much.</summary>
    private Pipe Body()
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        bodies.Add(pipe);
        return pipe;
    }

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>CSV-like lines of random figures: about 2.5 times compressible, like the seed's own files.</summary>
    private static byte[] Figures(int bytes)
    {
        var random = new Random(11);
        var text = new StringBuilder(bytes + 64);
        while (text.Length < bytes)
        {
            text.Append("E0900000").Append(random.Next(10)).Append(',').Append(random.Next(100000)).Append(',').Append(random.Next(1000)).Append('\n');
        }
        return Encoding.ASCII.GetBytes(text.ToString(0, bytes));
    }

    private static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        for (var waited = 0; waited < 10_000 && !condition(); waited += 20)
        {
            await Task.Delay(20);
        }
        Assert.True(condition(), what);
    }

    [Fact]
    public async Task Upload_IsWrittenToDiskAsItArrives()
    {
        UseDefaultLimits();
        var pipe = Body();
        var firstPart = Figures(600_000);
        await pipe.Writer.WriteAsync(firstPart);

        var sending = PostAsync(ZipContent(new StreamContent(pipe.Reader.AsStream())), chunked: true);

        // While the client still holds the rest, the part sent so far is already in a file on disk.
        await EventuallyAsync(() => UploadFolders() is [var folder] && File.Exists(Path.Combine(folder, "upload.zip"))
            && new FileInfo(Path.Combine(folder, "upload.zip")).Length == firstPart.Length, "the first 600,000 bytes should be on disk before the body ends");
        await pipe.Writer.CompleteAsync();
        using var response = await sending;
        await AssertRefusedAsync(AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity), "zip-format");
        Assert.Empty(UploadFolders());
    }

    [Fact]
    public async Task ContentLengthOverTheLimit_Is413ProblemNamingTheLimit()
    {
        StartApi(("Admin:MaxUploadMegabytes", "1"));

        using var response = await PostZipAsync(new byte[MiB + 1]);

        var problem = await AssertRefusedAsync(AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge), "Admin:MaxUploadMegabytes");
        Assert.Equal(1, problem.GetProperty("maximum").GetInt32());
        Assert.Contains("1 MiB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(UploadFolders());
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimit_Is413ProblemBeforeTheBodyEnds()
    {
        StartApi(("Admin:MaxUploadMegabytes", "1"));
        var pipe = Body();
        // 1.5 MiB of a body that has not ended: only counting what has arrived so far can refuse it.
        await pipe.Writer.WriteAsync(new byte[3 * MiB / 2]);

        using var response = await PostAsync(ZipContent(new StreamContent(pipe.Reader.AsStream())), chunked: true).WaitAsync(TimeSpan.FromSeconds(10));
        await pipe.Writer.CompleteAsync();

        var problem = await AssertRefusedAsync(AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge), "Admin:MaxUploadMegabytes");
        Assert.Equal(1, problem.GetProperty("maximum").GetInt32());
        Assert.Empty(UploadFolders());
    }

    [Fact]
    public async Task ZipBomb_Is422NamingTheEntryAndTheRatio()
    {
        UseDefaultLimits();
        // 8 MiB of zeros deflate to about 8 KB: a ratio near 1000, where the seed's files are below 20.
        var zip = Zip(("PROVENANCE.md", Text("# Provenance\n")), (B1, new byte[8 * MiB]));
        Assert.True(zip.Length < 64 * 1024);

        using var response = await PostZipAsync(zip);

        var problem = await AssertRefusedAsync(AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity), "Admin:MaxCompressionRatio", B1);
        Assert.Equal(100, problem.GetProperty("maximum").GetInt32());
        Assert.Empty(UploadFolders());
    }

    [Fact]
    public async Task UnpackedTotalOverTheLimit_Is422NamingTheEntryThatPassedIt()
    {
        StartApi(("Admin:MaxUncompressedMegabytes", "2"));
        // Each entry is well within the ratio; together they pass 2 MiB during the third.
        var zip = Zip(
            ("children-in-need/c1.csv", Figures(900_000)),
            ("children-in-need/c3.csv", Figures(900_000)),
            ("children-in-need/c4.csv", Figures(900_000)));

        using var response = await PostZipAsync(zip);

        var problem = await AssertRefusedAsync(AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity), "Admin:MaxUncompressedMegabytes", "children-in-need/c4.csv");
        Assert.Equal(2, problem.GetProperty("maximum").GetInt32());
        Assert.Empty(UploadFolders());
    }

    [Fact]
    public async Task MoreEntriesThanTheLimit_Is422NamingTheLimit()
    {
        StartApi(("Admin:MaxZipEntries", "3"));
        var zip = Zip([.. Enumerable.Range(1, 4).Select(i => ($"s251/outturn_{i}.csv", Text("a,b\n1,2\n")))]);

        using var response = await PostZipAsync(zip);

        var problem = await AssertRefusedAsync(AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity), "Admin:MaxZipEntries");
        Assert.Equal(3, problem.GetProperty("maximum").GetInt32());
        Assert.Contains("4 entries", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(UploadFolders());
    }

    [Theory]
    [InlineData("../../escape.csv", "relative-paths")]
    [InlineData("children-in-need/../../escape.csv", "relative-paths")]
    [InlineData("children-in-need\\..\\..\\escape.csv", "relative-paths")]
    [InlineData("/etc/cron.d/escape.csv", "relative-paths")]
    [InlineData("C:/Windows/escape.csv", "relative-paths")]
    [InlineData("children-in-need/./b1.csv", "relative-paths")]
    [InlineData("children-in-need/b1;rm.csv", "relative-paths")]
    [InlineData("scripts/run.sh", "seed-layout")]
    [InlineData("children-in-need/notes.txt", "seed-layout")]
    [InlineData("unknown-folder/data.csv", "seed-layout")]
    [InlineData("children-in-need/a/b/deep.csv", "seed-layout")]
    public async Task EntryOutsideTheSeedLayout_Is422NamingTheEntry(string entry, string rule)
    {
        UseDefaultLimits();
        var zip = Zip(("PROVENANCE.md", Text("# Provenance\n")), (B1, Text("a,b\n1,2\n")), (entry, Text("a,b\n1,2\n")));

        using var response = await PostZipAsync(zip);

        await AssertRefusedAsync(AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity), rule, entry);
        Assert.Empty(UploadFolders());
    }

    [Fact]
    public async Task SameFileTwice_Is422NamingTheEntry()
    {
        UseDefaultLimits();
        var zip = Zip((B1, Text("a,b\n1,2\n")), (B1, Text("a,b\n3,4\n")));

        using var response = await PostZipAsync(zip);

        await AssertRefusedAsync(AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity), "unique-names", B1);
    }

    [Fact]
    public async Task EntryDamagedMidExtraction_Is422NamingItAndLeavesNothingBehind()
    {
        UseDefaultLimits();
        var zip = Zip(("PROVENANCE.md", Text("# Provenance\n")), (B1, Figures(200_000)));
        // Overwrite the start of b1's compressed data (after its local header) with bytes no deflate stream begins with.
        var header = FindLocalHeader(zip, B1);
        var data = header + 30 + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(header + 26)) + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(header + 28));
        zip.AsSpan(data, 16).Fill(0xFF);

        using var response = await PostZipAsync(zip);

        await AssertRefusedAsync(AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity), "zip-format", B1);
        Assert.Empty(UploadFolders());
    }

    [Fact]
    public async Task TruncatedZip_Is422AndLeavesNothingBehind()
    {
        UseDefaultLimits();
        var zip = Zip(("PROVENANCE.md", Text("# Provenance\n")), (B1, Figures(200_000)));

        using var response = await PostZipAsync(zip[..(zip.Length / 2)]);

        await AssertRefusedAsync(AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity), "zip-format");
        Assert.Empty(UploadFolders());
    }

    [Fact]
    public async Task SlowUpload_IsNotCutShortByTheQueryTimeLimit()
    {
        StartApi(("Limits:QueryTimeoutMilliseconds", "100"));
        var zip = Zip(("scripts/run.sh", Text("echo hello\n")));
        var pipe = Body();

        var sending = PostAsync(ZipContent(new StreamContent(pipe.Reader.AsStream())), chunked: true);
        foreach (var part in zip.Chunk(zip.Length / 5 + 1))
        {
            await pipe.Writer.WriteAsync(part);
            await Task.Delay(100);
        }
        await pipe.Writer.CompleteAsync();
        using var response = await sending;

        // Reaching the layout check means the body was read whole, past the 100 ms query limit (a 503 otherwise).
        await AssertRefusedAsync(AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity), "seed-layout", "scripts/run.sh");
    }

    [Fact]
    public async Task UploadOverItsTimeLimit_Is408ProblemAndLeavesNothingBehind()
    {
        StartApi(("Admin:UploadTimeoutSeconds", "1"));
        var pipe = Body();
        await pipe.Writer.WriteAsync(Figures(100_000));

        using var response = await PostAsync(ZipContent(new StreamContent(pipe.Reader.AsStream())), chunked: true).WaitAsync(TimeSpan.FromSeconds(10));
        await pipe.Writer.CompleteAsync();

        var problem = await AssertRefusedAsync(AssertProblemAsync(response, HttpStatusCode.RequestTimeout), "Admin:UploadTimeoutSeconds");
        Assert.Equal("Upload time limit exceeded", problem.GetProperty("title").GetString());
        Assert.Equal(1, problem.GetProperty("maximum").GetInt32());
        Assert.Empty(UploadFolders());
    }

    [Fact]
    public async Task ClientDisconnectMidUpload_LeavesNothingBehindAndFreesTheEndpoint()
    {
        UseDefaultLimits();
        var pipe = Body();
        await pipe.Writer.WriteAsync(Figures(100_000));
        using var disconnect = new CancellationTokenSource();

        var sending = PostAsync(ZipContent(new StreamContent(pipe.Reader.AsStream())), chunked: true, disconnect.Token);
        await EventuallyAsync(() => UploadFolders() is [var folder] && new FileInfo(Path.Combine(folder, "upload.zip")) is { Exists: true, Length: 100_000 },
            "the upload should have started");
        await disconnect.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        await EventuallyAsync(() => UploadFolders().Length == 0, "the upload folder should be removed when the client goes");
        // The next upload is served (not 409): the import slot was released.
        using var next = await PostZipAsync(Zip(("scripts/run.sh", Text("echo\n"))));
        await AssertRefusedAsync(AssertProblemAsync(next, HttpStatusCode.UnprocessableEntity), "seed-layout");
        await pipe.Writer.CompleteAsync();
    }

    [Fact]
    public void FoldersLeftByStoppedProcesses_AreRemovedAtStartUp()
    {
        // An API of its own: what it finds in its upload folder at start-up is the point.
        var own = new UploadApi();
        disposables.Add(own);
        var uploads = own.Uploads;
        var stopped = Directory.CreateDirectory(Path.Combine(uploads, $"{UploadFolder.Prefix}{int.MaxValue}-0123")).FullName;
        File.WriteAllText(Path.Combine(stopped, "upload.zip"), "left by a killed process");
        var earlierVersion = Directory.CreateDirectory(Path.Combine(uploads, $"{UploadFolder.Prefix}a1B2c3")).FullName;
        // Same process id as ours but written before we started: a restarted container reuses its PID.
        var reusedId = Directory.CreateDirectory(Path.Combine(uploads, $"{UploadFolder.Prefix}{Environment.ProcessId}-old")).FullName;
        Directory.SetLastWriteTimeUtc(reusedId, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var ours = Directory.CreateDirectory(Path.Combine(uploads, $"{UploadFolder.Prefix}{Environment.ProcessId}-live")).FullName;
        var unrelated = Directory.CreateDirectory(Path.Combine(uploads, "someone-else")).FullName;

        api = own.Start();

        Assert.False(Directory.Exists(stopped));
        Assert.False(Directory.Exists(earlierVersion));
        Assert.False(Directory.Exists(reusedId));
        Assert.True(Directory.Exists(ours));
        Assert.True(Directory.Exists(unrelated));
    }

    [Fact]
    public async Task SourceErrorsInAnUpload_NameTheFileRelativeToTheUploadNotAServerPath()
    {
        UseDefaultLimits();
        // Only b1, with line 2 broken: the importer fails on it, then would miss every other file.
        var b1 = File.ReadAllLines(Path.Combine(SeededStore.SeedDirectory, B1));
        var missing = Zip(("seed/PROVENANCE.md", Text("# Provenance\n")));
        var broken = Zip(("seed/" + B1, Text(string.Join('\n', b1[0], "not,a,row"))));

        using var missingResponse = await PostZipAsync(missing);
        using var brokenResponse = await PostZipAsync(broken);

        var missingProblem = await AssertProblemAsync(missingResponse, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(B1, missingProblem.GetProperty("file").GetString());
        Assert.Contains("(the uploaded zip)", missingProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var brokenProblem = await AssertProblemAsync(brokenResponse, HttpStatusCode.UnprocessableEntity);
        Assert.Equal((B1, 2), (brokenProblem.GetProperty("file").GetString(), brokenProblem.GetProperty("line").GetInt32()));
        Assert.Equal(SeededStore.ImportReport.DataVersion, (await api.Client.GetJsonAsync("/api/v1/meta")).GetProperty("dataVersion").GetString());
    }

    [Fact]
    public async Task SourceErrorsInTheConfiguredSeed_DoNotShowItsPath()
    {
        UseDefaultLimits();

        using var response = await PostAsync(null);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(B1, problem.GetProperty("file").GetString());
        Assert.Contains("(the configured seed folder)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFileOfTheRepositorySeed_FitsTheLayout()
    {
        var files = Directory.EnumerateFiles(SeededStore.SeedDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SeededStore.SeedDirectory, f).Replace('\\', '/'))
            .ToList();

        Assert.All(files, f => Assert.True(SeedLayout.Accepts(f), f));
        Assert.Equal(
            Directory.GetDirectories(SeededStore.SeedDirectory).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal),
            SeedLayout.Folders.Order(StringComparer.Ordinal));
    }

    private static int FindLocalHeader(byte[] zip, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var at = 0; at < zip.Length - 30; at++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)) == 0x04034b50 && zip.AsSpan(at + 30, nameBytes.Length).SequenceEqual(nameBytes))
            {
                return at;
            }
        }
        throw new InvalidOperationException($"no local header for {name}");
    }

    public void Dispose()
    {
        // A test that failed half-way may leave a body open; ending it lets the server stop.
        foreach (var body in bodies)
        {
            body.Writer.Complete();
        }
        foreach (var disposable in Enumerable.Reverse(disposables))
        {
            disposable.Dispose();
        }
    }
}
