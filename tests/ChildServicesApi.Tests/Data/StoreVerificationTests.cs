using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using ChildServicesApi.Data;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChildServicesApi.Tests.Data;

/// <summary>The store artifact: the manifest the importer writes, and the check a replica makes before serving.</summary>
public sealed class StoreVerificationTests
{
    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static void FlipOneByte(string path, long offset)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        file.Position = offset;
        var original = file.ReadByte();
        file.Position = offset;
        file.WriteByte((byte)(original ^ 0x01));
    }

    public sealed class Manifest
    {
        [Fact]
        public void Import_WritesAManifestNamingTheStoreAndItsCsvZip_WithTheirSizesAndSha256()
        {
            var path = StoreManifest.PathFor(SeededStore.DatabasePath);
            var folder = Path.GetDirectoryName(path)!;

            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var manifest = json.RootElement;

            Assert.Equal(SeededStore.ImportReport.DataVersion, manifest.GetProperty("dataVersion").GetString());
            Assert.Equal(StoreImporter.ImporterVersion, manifest.GetProperty("importerVersion").GetInt32());
            Assert.True(manifest.GetProperty("builtAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(-1));
            foreach (var name in new[] { "store", "csvZip" })
            {
                var file = Path.Combine(folder, manifest.GetProperty(name).GetProperty("file").GetString()!);
                Assert.Equal(new FileInfo(file).Length, manifest.GetProperty(name).GetProperty("bytes").GetInt64());
                Assert.Equal(Sha256(file), manifest.GetProperty(name).GetProperty("sha256").GetString());
            }
            Assert.Equal(SeededStore.DatabasePath, Path.Combine(folder, manifest.GetProperty("store").GetProperty("file").GetString()!));
            Assert.Equal($"childservices-{SeededStore.ImportReport.DataVersion}-csv.zip", manifest.GetProperty("csvZip").GetProperty("file").GetString());
        }
    }

    public sealed class Check
    {
        [Fact]
        public void UntouchedCopyOfTheArtifact_IsVerified()
        {
            var database = SeededStore.CopyArtifact();

            var check = StoreVerification.Check(database, requireManifest: true);

            Assert.Null(check.Refusal);
            Assert.Equal(SeededStore.Manifest.Store.Sha256, check.Manifest?.Store.Sha256);
        }

        [Fact]
        public void OneByteOfTheStoreChanged_IsRefusedNamingTheMismatch()
        {
            var database = SeededStore.CopyArtifact();
            FlipOneByte(database, new FileInfo(database).Length / 2);

            var check = StoreVerification.Check(database, requireManifest: false);

            Assert.NotNull(check.Refusal);
            Assert.Contains("SHA-256 mismatch", check.Refusal, StringComparison.Ordinal);
            Assert.Contains(database, check.Refusal, StringComparison.Ordinal);
            Assert.Contains(Sha256(database), check.Refusal, StringComparison.Ordinal);
            Assert.Contains(SeededStore.Manifest.Store.Sha256, check.Refusal, StringComparison.Ordinal);
        }

        [Fact]
        public void OneByteOfTheCsvZipChanged_IsRefused()
        {
            var database = SeededStore.CopyArtifact();
            var zip = Path.Combine(Path.GetDirectoryName(database)!, SeededStore.Manifest.CsvZip.File);
            FlipOneByte(zip, 100);

            var check = StoreVerification.Check(database, requireManifest: true);

            Assert.Contains($"SHA-256 mismatch: {zip}", check.Refusal, StringComparison.Ordinal);
        }

        [Fact]
        public void StoreOfAnotherSize_IsRefusedBeforeHashing()
        {
            var database = SeededStore.CopyArtifact();
            using (var file = new FileStream(database, FileMode.Append))
            {
                file.WriteByte(0);
            }

            var check = StoreVerification.Check(database, requireManifest: true);

            Assert.Contains($"is {SeededStore.Manifest.Store.Bytes + 1:N0} bytes; the manifest says {SeededStore.Manifest.Store.Bytes:N0}", check.Refusal, StringComparison.Ordinal);
        }

        [Fact]
        public void NoManifest_IsServedAsBefore_UnlessOneIsRequired()
        {
            var database = Path.Combine(TestFolders.Create("bare"), "childservices.db");
            File.Copy(SeededStore.DatabasePath, database);

            var open = StoreVerification.Check(database, requireManifest: false);

            Assert.Null(open.Refusal);
            Assert.Null(open.Manifest);
            Assert.Contains("Store:RequireManifest is set and there is no manifest", StoreVerification.Check(database, requireManifest: true).Refusal, StringComparison.Ordinal);
        }

        [Fact]
        public void ManifestOfAnotherImporterVersion_IsRefused()
        {
            var database = SeededStore.CopyArtifact();
            (SeededStore.Manifest with { ImporterVersion = StoreImporter.ImporterVersion - 1 }).Write(database);

            var check = StoreVerification.Check(database, requireManifest: false);

            Assert.Contains($"importer version {StoreImporter.ImporterVersion - 1} built it", check.Refusal, StringComparison.Ordinal);
        }

        [Fact]
        public void UnreadableManifest_IsRefused()
        {
            var database = SeededStore.CopyArtifact();
            File.WriteAllText(StoreManifest.PathFor(database), "{ not json");

            Assert.Contains("manifest cannot be read", StoreVerification.Check(database, requireManifest: false).Refusal, StringComparison.Ordinal);
        }
    }

    public sealed class HostStart
    {
        [Fact]
        public async Task Replica_ServesAnUntouchedArtifact()
        {
            await using var api = new ApiFactory(SeededStore.CopyArtifact(), new Dictionary<string, string?> { ["Store:RequireManifest"] = "true" });
            using var client = api.CreateClient();

            var meta = await client.GetJsonAsync("/api/v1/meta");

            Assert.Equal(SeededStore.Manifest.DataVersion, meta.GetProperty("dataVersion").GetString());
        }

        /// <summary>The real process, as a replica runs it: a critical log line naming the mismatch, then exit code 1 before listening.</summary>
        [Fact]
        public async Task TamperedStore_MakesTheProcessRefuseToStart_NamingTheMismatch()
        {
            var database = SeededStore.CopyArtifact();
            FlipOneByte(database, 4096 * 3 + 17);
            var (exitCode, log) = await ApiProcess.RunUntilExitAsync(("Store__DatabasePath", database), ("Store__RequireManifest", "true"));

            Assert.Equal(1, exitCode);
            Assert.Contains($"Refusing to serve the store at {database}: SHA-256 mismatch", log, StringComparison.Ordinal);
            Assert.Contains(SeededStore.Manifest.Store.Sha256, log, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening", log, StringComparison.Ordinal);
        }

        [Fact]
        public void NoSeedFolder_IsNeededWhenTheDatabasePathIsGiven_ButOneOfTheTwoIs()
        {
            var nowhere = TestFolders.Create("no-seed-above");
            var database = Path.Combine(nowhere, "childservices.db");

            var resolved = new StoreOptions { DatabasePath = database }.Resolve(nowhere);
            var neither = Assert.Throws<StoreNotLocatedException>(() => new StoreOptions().Resolve(nowhere));

            Assert.Null(resolved.SeedDirectory);
            Assert.Equal(database, resolved.DatabasePath);
            Assert.False(resolved.RequireManifest);
            Assert.Contains("Store:SeedDirectory", neither.Message, StringComparison.Ordinal);
            Assert.Contains("Store:DatabasePath", neither.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task NoSeedFolder_ServesACopiedStoreOfThisImporterVersion()
        {
            var database = SeededStore.CopyArtifact();
            File.Delete(StoreManifest.PathFor(database));    // no manifest either: nothing to check it against, nothing to build it from
            await using var api = WithoutSeed(database);
            using var client = api.CreateClient();

            var meta = await client.GetJsonAsync("/api/v1/meta");

            Assert.Equal(SeededStore.Manifest.DataVersion, meta.GetProperty("dataVersion").GetString());
        }

        [Fact]
        public void NoSeedFolder_RefusesAMissingStore_OrOneOfAnotherImporterVersion_NamingWhatToSet()
        {
            var missing = Path.Combine(TestFolders.Create("no-seed-no-store"), "childservices.db");
            var older = SeededStore.CopyArtifact();
            using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={older};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "UPDATE ImportRecords SET ImporterVersion = ImporterVersion - 1";
                command.ExecuteNonQuery();
            }

            var noStore = StoreSetup.SeedlessRefusal(new StorePaths(null, missing));
            var otherVersion = StoreSetup.SeedlessRefusal(new StorePaths(null, older));
            var withSeed = StoreSetup.SeedlessRefusal(new StorePaths(SeededStore.SeedDirectory, missing));

            Assert.Contains("no seed/ folder to build one from: set Store:SeedDirectory", noStore, StringComparison.Ordinal);
            Assert.Contains($"importer version {StoreImporter.ImporterVersion - 1} built it and this build reads version {StoreImporter.ImporterVersion}", otherVersion, StringComparison.Ordinal);
            Assert.Null(withSeed);
            Assert.False(File.Exists(missing));
        }

        [Fact]
        public async Task NoSeedFolder_AndNoStore_RefusesToStart_BuildingNothing_WithOneCriticalLine()
        {
            var database = Path.Combine(TestFolders.Create("no-seed-empty"), "childservices.db");
            var log = new CriticalLog();
            await using var api = WithoutSeed(database, log);

            var refused = Record.Exception(() => api.CreateClient());

            Assert.NotNull(refused);
            Assert.False(File.Exists(database));
            var line = Assert.Single(log.Lines);
            Assert.Equal($"Refusing to serve the store at {database}: there is no store there, and no seed/ folder to build one from: set Store:SeedDirectory, or copy the store artifact from where it was imported", line);
        }

        [Fact]
        public async Task Replica_WithNoStore_RefusesRatherThanBuildingOne()
        {
            var database = Path.Combine(TestFolders.Create("empty-replica"), "childservices.db");
            await using var api = new ApiFactory(database, new Dictionary<string, string?> { ["Store:RequireManifest"] = "true" });

            var refused = Record.Exception(() => api.CreateClient());

            Assert.NotNull(refused);
            Assert.False(File.Exists(database));
        }

        /// <summary>
        /// The API as it starts where no seed/ folder lies above it (a copied published build): its store paths resolved
        /// from a folder with none above, so only the store's path is known.
        /// </summary>
        private static WebApplicationFactory<Program> WithoutSeed(string database, CriticalLog? log = null) =>
            new ApiFactory(database).WithWebHostBuilder(builder => builder
                .ConfigureTestServices(services => services.AddSingleton(new StoreOptions { DatabasePath = database }.Resolve(TestFolders.Create("no-seed-above"))))
                .ConfigureLogging(logging => logging.AddProvider(log ?? new CriticalLog())));
    }
}
