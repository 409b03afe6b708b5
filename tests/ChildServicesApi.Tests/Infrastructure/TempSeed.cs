using ChildServicesApi.Data.Import.Sources;
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

    /// <summary>
    /// A copy of the real seed/ whose LAIT data files keep only their header and the rows of <paramref name="measures"/>,
    /// with those of the measures whose listed cells the import requires (<see cref="OtherMeasuresSource.NotFigures"/>),
    /// so an import reads a few thousand LAIT rows rather than 280,000. <paramref name="change"/> may rewrite a kept row
    /// (file, line), or drop it with null.
    /// </summary>
    public static TempSeed CopyOfRealSeedWithLaitMeasures(IEnumerable<string> measures, Func<string, string, string?>? change = null)
    {
        var seed = CopyOfRealSeed();
        var kept = measures.Concat(OtherMeasuresSource.NotFigures.Select(c => c.MeasureCode)).Select(code => code + ",").ToHashSet(StringComparer.Ordinal);
        foreach (var (path, _) in LaitSource.DataFiles)
        {
            var full = Path.Combine(seed.Directory, path);
            var lines = File.ReadLines(full).Where((line, i) => i == 0 || kept.Any(code => line.StartsWith(code, StringComparison.Ordinal)))
                .Select((line, i) => i == 0 || change is null ? line : change(path, line))
                .OfType<string>().ToList();
            File.WriteAllLines(full, lines);
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
