using ChildServicesApi.Data.Import.Sources;

namespace ChildServicesApi.Features.Admin;

/// <summary>
/// Which files an uploaded seed may hold: <c>PROVENANCE.md</c> at the top, and files of a kind the importer reads
/// (<c>.csv</c>, <c>.geojson</c>, <c>.ods</c>) in a folder it reads from (<c>children-in-need/</c>, <c>boundaries/</c>, ...) or one
/// level below it (<c>children-looked-after/release-2023/</c>). The folders and kinds are taken from the source
/// declarations in <c>Data/Import/Sources</c>, so a new source folder is accepted as soon as the importer reads it.
/// Names are plain relative paths: no absolute path, drive letter, <c>..</c> or <c>.</c> segment, and only letters,
/// digits, <c>. _ -</c> and spaces.
/// </summary>
internal static class SeedLayout
{
    public const string ProvenanceFile = "PROVENANCE.md";
    private const int MaxSegments = 3;

    /// <summary>The top-level folders of every file the importer reads.</summary>
    public static IReadOnlySet<string> Folders { get; } = ImportedFiles().Select(path => path[..path.IndexOf('/', StringComparison.Ordinal)])
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The extensions of the files the importer reads (.csv, .geojson, .ods).</summary>
    public static IReadOnlySet<string> FileExtensions { get; } = ImportedFiles().Select(Path.GetExtension).OfType<string>()
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static string Describe() =>
        $"{ProvenanceFile}, and {string.Join(" or ", FileExtensions.Order(StringComparer.Ordinal))} files in {string.Join(", ", Folders.Order(StringComparer.Ordinal).Select(f => f + "/"))} or one folder below them";

    /// <summary>True when <paramref name="relativePath"/> (separated by '/') is a file an uploaded seed may hold.</summary>
    public static bool Accepts(string relativePath)
    {
        var segments = relativePath.Split('/');
        return relativePath == ProvenanceFile
            || (segments.Length is >= 2 and <= MaxSegments
                && Folders.Contains(segments[0])
                && FileExtensions.Contains(Path.GetExtension(segments[^1])));
    }

    /// <summary>True for a path segment made only of safe characters, not <c>.</c> or <c>..</c>.</summary>
    public static bool IsPlainSegment(string segment) =>
        segment.Length > 0 && segment is not ("." or "..")
        && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or ' ');

    private static IEnumerable<string> ImportedFiles() =>
        ChildrenInNeedSource.Files().Select(f => f.Path)
            .Concat(ChildrenLookedAfterSource.Files().Select(f => f.Path))
            .Append(WorkforceSource.File.Path)
            .Append(PopulationSource.File.Path)
            .Append(LaitSource.DictionaryFile)
            .Concat(LaitSource.DataFiles.Select(f => f.Path))
            .Concat(S251Source.Files.Select(f => f.Path))
            .Concat(RevenueOutturnSource.Files.Select(f => f.Path))
            .Append(OfstedSource.IlacsHistoryFile)
            .Append(OfstedSource.InYearFile)
            .Append(OfstedSource.HistoryFile)
            .Concat(NeighbourSource.Models.Select(m => m.File))
            .Append(BoundariesSource.File);
}
