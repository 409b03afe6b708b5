using ChildServicesApi.Data.Import;

namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>Reads a row of a seed file in a test, so an expected value comes from the published file rather than from the code under test.</summary>
internal static class SeedRows
{
    public static CsvFile Open(string path) => CsvFile.Read(Path.Combine(SeededStore.SeedDirectory, path), path);

    /// <summary>The one record matching every column = value pair.</summary>
    public static CsvRecord Single(string path, params (string Column, string Value)[] match) =>
        Open(path).Records.Single(r => match.All(m => r[m.Column] == m.Value));

    public static IEnumerable<CsvRecord> Where(string path, params (string Column, string Value)[] match) =>
        Open(path).Records.Where(r => match.All(m => r[m.Column] == m.Value));
}
