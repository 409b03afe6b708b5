using System.Globalization;
using System.Text.RegularExpressions;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Data.Import;

/// <summary>
/// Gives every indicator what a reader needs beside its figures, once per import: its caveats (from
/// <see cref="Caveats"/>), the latest period it holds, and when its next release is expected and on what basis
/// (<see cref="ReleaseCalendar"/>). A caveat that can be checked is given only where the figures bear it out, and a
/// quotation only while LAIT's dictionary still says it, so a revised file drops a note rather than contradicting it.
/// An indicator with no caveat at all is a gap in the catalogue and fails the import.
/// </summary>
internal static partial class IndicatorNotes
{
    private const string MeasureColumn = "Measure_short";

    public static void Add(ImportContext context)
    {
        var (dictionary, _) = context.Open(LaitSource.DictionaryFile, LaitSource.DictionaryCitation);
        var measures = dictionary.Records.GroupBy(r => r[MeasureColumn]).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var observations = context.Observations.ToLookup(o => o.IndicatorId);
        foreach (var indicator in context.Indicators)
        {
            var figures = observations[indicator.Id].ToList();
            AddCaveats(indicator, figures, measures);
            AddLatest(indicator, figures);
            AddNextRelease(indicator, measures);
        }
    }

    private static void AddCaveats(Indicator indicator, List<Observation> figures, Dictionary<string, CsvRecord> measures)
    {
        foreach (var note in Caveats.Notes.Where(n => n.AppliesTo(indicator)))
        {
            if (note.Check?.Invoke(figures.Where(f => f.Status == ObservationStatus.Published)) is null)
            {
                Append(indicator, note.Text, note.Source);
            }
        }
        foreach (var quote in Caveats.Quotes.Where(q => q.IndicatorId == indicator.Id))
        {
            if (measures.GetValueOrDefault(quote.Measure) is not { } record || !record.File.HasColumn(quote.Column)
                || record[quote.Column].Split('\n').Select(line => ListNumber().Replace(Spaces().Replace(line, " ").Trim(), ""))
                    .FirstOrDefault(line => line.Contains(quote.Phrase, StringComparison.Ordinal)) is not { } sentence)
            {
                continue;
            }
            Append(indicator, sentence.EndsWith('.') ? sentence : sentence + ".",
                $"LAIT data dictionary, measure {quote.Measure} ('{record["Measure"]}'), {quote.Column} (seed/{LaitSource.DictionaryFile} line {record.Line})");
        }
        if (indicator.Caveats.Count == 0)
        {
            throw new InvalidOperationException($"indicator '{indicator.Id}' has no caveat: add a note for it (or its publication) to Caveats");
        }
    }

    private static void Append(Indicator indicator, string text, string source) =>
        indicator.Caveats.Add(new IndicatorCaveat { IndicatorId = indicator.Id, Position = indicator.Caveats.Count + 1, Text = text, Source = source });

    private static void AddLatest(Indicator indicator, List<Observation> figures)
    {
        var latest = figures.Where(f => f.IsCurrent).MaxBy(f => (f.Year, f.SourceFile.ReleaseOrder));
        indicator.LatestYear = latest?.Year;
        indicator.LatestPeriod = latest?.Period;
        indicator.LatestRelease = latest?.SourceFile.Release;
    }

    private static void AddNextRelease(Indicator indicator, Dictionary<string, CsvRecord> measures)
    {
        var inputs = ReleaseCalendar.For(indicator);
        var bases = new List<string>();
        var dates = new List<DateOnly?>();
        foreach (var input in inputs)
        {
            if (input.LaitMeasure is null)
            {
                bases.Add($"No file in seed/ records when {input.What} will next be published.");
                dates.Add(null);
                continue;
            }
            if (measures.GetValueOrDefault(input.LaitMeasure) is not { } record)
            {
                bases.Add($"LAIT's data dictionary (seed/{LaitSource.DictionaryFile}) has no measure {input.LaitMeasure} to date {input.What}'s next release.");
                dates.Add(null);
                continue;
            }
            string Cell(string column) => record.File.HasColumn(column) ? record[column] : "";
            var (last, next) = (ExcelDate(Cell("Last Update")), ExcelDate(Cell("Next Update")));
            bases.Add($"LAIT's data dictionary (seed/{LaitSource.DictionaryFile} line {record.Line}) dates its last update of measure {input.LaitMeasure} " +
                $"('{Cell("Measure")}', from {input.What}) {Month(last, Cell("Last Update"))} and its next update {Month(next, Cell("Next Update"))}.");
            dates.Add(next);
        }
        var prefix = inputs.Count > 1 ? "The next figure needs a new release of each input. " : "";
        indicator.NextReleaseExpected = dates.All(d => d is not null) ? dates.Max()!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null;
        indicator.NextReleaseBasis = prefix + string.Join(" ", bases);
    }

    /// <summary>LAIT's dictionary keeps dates as spreadsheet serial numbers (days since 30 December 1899); text such as "TBC" is no date.</summary>
    private static DateOnly? ExcelDate(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and < 100_000
            ? new DateOnly(1899, 12, 30).AddDays(days)
            : null;

    private static string Month(DateOnly? date, string text) =>
        date?.ToString("MMMM yyyy", CultureInfo.InvariantCulture) ?? $"as '{text}'";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\d+\.\s+")]
    private static partial Regex ListNumber();
}
