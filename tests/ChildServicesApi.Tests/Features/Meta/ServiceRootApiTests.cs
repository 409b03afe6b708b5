using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildServicesApi.Tests.Features.Meta;

public sealed class ServiceRootApiTests
{
    [Collection(SeededApi.Features)]
    public sealed class GetServiceRoot(ApiFactory factory)
    {
        [Fact]
        public async Task Root_ReportsTheDataVersionAndTheLicenceAttribution()
        {
            using var client = factory.CreateClient();

            var root = await client.GetFromJsonAsync<JsonElement>("/");

            Assert.Equal(SeededStore.ImportReport.DataVersion, root.GetProperty("dataVersion").GetString());
            Assert.Equal("Open Government Licence v3.0", root.GetProperty("licence").GetString());
            Assert.Contains("Open Government Licence v3.0", root.GetProperty("attribution").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Api_OpensTheStoreReadOnly()
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ChildServicesApi.Data.AppDbContext>();

            var error = Assert.Throws<SqliteException>(() => db.Database.ExecuteSqlRaw("DELETE FROM \"Indicators\""));

            Assert.Equal(8, error.SqliteErrorCode); // SQLITE_READONLY
        }
    }

    [Collection(FirstStartStore.Collection)]
    public sealed class FirstStart(FirstStartStore firstStart)
    {
        [Fact]
        public async Task FirstStartWithNoDatabase_BuildsItFromSeedThenServes()
        {
            var response = await firstStart.Client.GetAsync(new Uri("/", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(File.Exists(firstStart.DatabasePath));
            var root = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(SeededStore.ImportReport.DataVersion, root.GetProperty("dataVersion").GetString());
        }
    }
}
