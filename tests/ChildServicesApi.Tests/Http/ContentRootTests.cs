using ChildServicesApi.Http;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Http;

/// <summary>Where a published build started from another folder finds its settings and the explorer's files.</summary>
public sealed class ContentRootTests
{
    private static string FolderWithSettings(string purpose)
    {
        var folder = TestFolders.Create(purpose);
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), "{}");
        return folder;
    }

    [Fact]
    public void StartedFromAnotherFolder_UsesTheAppsOwnFolder()
    {
        var app = FolderWithSettings("published");
        var elsewhere = TestFolders.Create("elsewhere");

        Assert.Equal(app, ContentRoot.Choose(elsewhere, app, [], configured: null));
    }

    [Fact]
    public void StartedWhereTheSettingsAre_KeepsTheDefault()
    {
        // dotnet run (the project folder) and the container (WORKDIR /app) start where appsettings.json is.
        var here = FolderWithSettings("project");
        var app = FolderWithSettings("bin");

        Assert.Null(ContentRoot.Choose(here, app, [], configured: null));
    }

    [Fact]
    public void AContentRootGiven_IsLeftToTheHost()
    {
        var app = FolderWithSettings("published");
        var elsewhere = TestFolders.Create("elsewhere");

        Assert.Null(ContentRoot.Choose(elsewhere, app, ["--contentRoot", elsewhere], configured: null));
        Assert.Null(ContentRoot.Choose(elsewhere, app, [], configured: elsewhere));
    }

    [Fact]
    public void NoSettingsBesideTheAppEither_KeepsTheDefault()
    {
        Assert.Null(ContentRoot.Choose(TestFolders.Create("a"), TestFolders.Create("b"), [], configured: null));
    }
}
