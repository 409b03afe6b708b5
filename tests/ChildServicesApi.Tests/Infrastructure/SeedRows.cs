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

    /// <summary>A seed file's records by their cell in one column, in file order, built once per run for the column a lookup names first.</summary>
    private static readonly ConcurrentDictionary<(string Path, string Column), Lazy<ILookup<string, CsvRecord>>> Indexes = new();

    /// <summary>The one record matching every column = value pair.</summary>
    public static CsvRecord Single(string path, params (string Column, string Value)[] match) => Where(path, match).Single();

    /// <summary>The records matching every column = value pair, in file order.</summary>
    public static IEnumerable<CsvRecord> Where(string path, params (string Column, string Value)[] match)
    {
        if (match.Length == 0)
        {
            return Open(path).Records;
        }
        var (column, value) = match[0];
        var index = Indexes.GetOrAdd((path, column),
            key => new Lazy<ILookup<string, CsvRecord>>(() => Open(key.Path).Records.ToLookup(r => r[key.Column], StringComparer.Ordinal))).Value;
        return index[value].Where(r => match.Skip(1).All(m => r[m.Column] == m.Value));
    }
}
