namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>A throwaway seed folder: small hand-written files, or a copy of the real seed/ to break on purpose.</summary>
internal sealed class TempSeed : IDisposable
{
    private TempSeed(string directory) => Directory = directory;

    public string Directory { get; }

    public static TempSeed WithFiles(params (string Path, string Text)[] files)
    {
        var seed = new TempSeed(TestFolders.Create("seed"));
        foreach (var (path, text) in files)
        {
            seed.Write(path, text);
        }
        return seed;
    }

    public static TempSeed CopyOfRealSeed()
    {
        var seed = new TempSeed(TestFolders.Create("seed"));
        foreach (var file in System.IO.Directory.EnumerateFiles(SeededStore.SeedDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(seed.Directory, Path.GetRelativePath(SeededStore.SeedDirectory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return seed;
    }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Directory, path);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Replaces one cell of a seed CSV (1-based line, column by header name), as a broken release would.</summary>
    public void ReplaceCell(string path, int line, string column, string value)
    {
        var full = Path.Combine(Directory, path);
        var lines = File.ReadAllLines(full);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var cells = lines[line - 1].Split(',');
        cells[Array.IndexOf(header, column)] = value;
        lines[line - 1] = string.Join(',', cells);
        File.WriteAllLines(full, lines);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
