using ChildServicesApi.Data.Import;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>The <c>import</c> command line: what a missing seed folder gets.</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public void MissingSeedFolder_PrintsOneLineNamingIt_AndExits1_WritingNothing()
    {
        var folder = TestFolders.Create("import-command");
        var seed = Path.Combine(folder, "no-such-seed");
        var database = Path.Combine(folder, "store.db");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = ImportCommand.Run(["--seed", seed, "--database", database], output, errors);

        Assert.Equal(1, exit);
        var line = Assert.Single(errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(seed, line, StringComparison.Ordinal);
        Assert.Contains("absolute path", line, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
        Assert.Equal("", output.ToString());
    }
}
