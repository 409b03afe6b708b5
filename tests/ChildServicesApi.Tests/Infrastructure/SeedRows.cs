using System.Collections.Concurrent;
using ChildServicesApi.Data.Import;

namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>Reads a row of a seed file in a test, so an expected value comes from the published file rather than from the code under test.</summary>
internal static class SeedRows
{
    private static readonly ConcurrentDictionary<string, Lazy<CsvFile>> Files = new(StringComparer.Ordinal);

    /// <summary>A seed file, parsed once per run: seed/ does not change while the tests run, and LAIT's 265,000 lines take a while.</summary>
    public static CsvFile Open(string path) =>
        Files.GetOrAdd(path, p => new Lazy<CsvFile>(() => CsvFile.Read(Path.Combine(SeededStore.SeedDirectory, p), p))).Value;

    /// <summary>The one record matching every column = value pair.</summary>
    public static CsvRecord Single(string path, params (string Column, string Value)[] match) =>
        Open(path).Records.Single(r => match.All(m => r[m.Column] == m.Value));

    public static IEnumerable<CsvRecord> Where(string path, params (string Column, string Value)[] match) =>
        Open(path).Records.Where(r => match.All(m => r[m.Column] == m.Value));
}
