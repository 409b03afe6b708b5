namespace ChildServicesApi.Data.Import;

/// <summary>A source file the importer cannot trust, with the place that is wrong.</summary>
internal sealed class SourceDataException(string file, int line, string? column, string problem)
    : Exception(Describe(file, line, column, problem))
{
    public string File { get; } = file;
    /// <summary>1-based physical line where the offending record starts; 0 for the file as a whole.</summary>
    public int Line { get; } = line;
    public string? Column { get; } = column;
    public string Problem { get; } = problem;

    private static string Describe(string file, int line, string? column, string problem) => (line, column) switch
    {
        (<= 0, _) => $"{file}: {problem}",
        (_, null) => $"{file}, line {line}: {problem}",
        _ => $"{file}, line {line}, column '{column}': {problem}",
    };
}
