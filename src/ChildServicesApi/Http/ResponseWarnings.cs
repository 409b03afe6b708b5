using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Http;

/// <summary>Something a reader should know about an answer that is not an error: asked beyond the data, or a figure held elsewhere.</summary>
/// <param name="Code">What kind of warning: after-latest-period or published-in-group. <example>after-latest-period</example></param>
/// <param name="Parameter">The request parameter it is about; null when it is about the answer as a whole. <example>year</example></param>
/// <param name="Message">The warning in plain words, naming the latest period held where that is the point.</param>
internal sealed record ResponseWarning(string Code, string? Parameter, string Message);

/// <summary>
/// The one way answers carry warnings. A JSON body has a <c>warnings</c> array (empty when there is nothing to say):
/// a response record declares <c>IReadOnlyList&lt;ResponseWarning&gt; Warnings</c>, a page sets <see cref="Paged{T}.Warnings"/>,
/// and a problem gets the same array as an RFC 9457 extension member with <see cref="WithWarnings"/>. CSV has no
/// place for notes outside its rows (a column would vanish when there are none, which is when a warning matters most),
/// so <see cref="CsvOutput"/> sends each warning as a <see cref="Header"/> response header instead.
/// </summary>
internal static class ResponseWarnings
{
    public const string Header = "Data-Warning";

    public static ProblemHttpResult WithWarnings(this ProblemHttpResult problem, IReadOnlyList<ResponseWarning> warnings)
    {
        if (warnings.Count > 0)
        {
            problem.ProblemDetails.Extensions["warnings"] = warnings;
        }
        return problem;
    }

    /// <summary>The warnings a response body carries, wherever its record declares them.</summary>
    public static IReadOnlyList<ResponseWarning> Of(object value) =>
        value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(IReadOnlyList<ResponseWarning>))
            .SelectMany(p => (IReadOnlyList<ResponseWarning>?)p.GetValue(value) ?? [])
            .ToList();

    public static bool IsWarnings(PropertyInfo property) => property.PropertyType == typeof(IReadOnlyList<ResponseWarning>);

    /// <summary>Header values must be visible ASCII: anything else becomes '?', and line breaks spaces.</summary>
    public static string HeaderValue(ResponseWarning warning)
    {
        var text = new StringBuilder(warning.Message.Length);
        foreach (var c in warning.Message)
        {
            text.Append(c switch { '\r' or '\n' or '\t' => ' ', >= ' ' and <= '~' => c, _ => '?' });
        }
        return text.ToString();
    }
}
