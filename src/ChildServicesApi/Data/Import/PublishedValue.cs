using System.Globalization;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Data.Import;

/// <summary>A cell read as a number or as the publisher's symbol for why there is no number.</summary>
internal readonly record struct PublishedValue(double? Value, ObservationStatus Status, string SourceText)
{
    /// <summary>The symbols of DfE's Explore Education Statistics files (and their bracketed GSS forms).</summary>
    public static readonly IReadOnlyDictionary<string, ObservationStatus> EesSymbols = new Dictionary<string, ObservationStatus>
    {
        ["c"] = ObservationStatus.Suppressed,
        ["[c]"] = ObservationStatus.Suppressed,
        ["x"] = ObservationStatus.NotAvailable,
        ["[x]"] = ObservationStatus.NotAvailable,
        ["z"] = ObservationStatus.NotApplicable,
        ["[z]"] = ObservationStatus.NotApplicable,
        ["u"] = ObservationStatus.LowReliability,
        ["[u]"] = ObservationStatus.LowReliability,
        ["low"] = ObservationStatus.RoundsToZero,
        ["[low]"] = ObservationStatus.RoundsToZero,
    };

    /// <summary>LAIT marks every missing figure with a dash and does not say why.</summary>
    public static readonly IReadOnlyDictionary<string, ObservationStatus> LaitSymbols = new Dictionary<string, ObservationStatus>
    {
        ["-"] = ObservationStatus.NotAvailable,
    };

    /// <summary>The 2010-2017 SFR underlying data of children looked after write <c>x</c> where a figure is withheld to protect confidentiality.</summary>
    public static readonly IReadOnlyDictionary<string, ObservationStatus> SfrSymbols = new Dictionary<string, ObservationStatus>
    {
        ["x"] = ObservationStatus.Suppressed,
    };

    /// <summary>The S251 line-level files leave a cell empty, or write NULL, where an authority returned nothing.</summary>
    public static readonly IReadOnlyDictionary<string, ObservationStatus> S251Symbols = new Dictionary<string, ObservationStatus>
    {
        [""] = ObservationStatus.NotAvailable,
        ["NULL"] = ObservationStatus.NotAvailable,
    };

    public static PublishedValue Read(CsvRecord record, string column, IReadOnlyDictionary<string, ObservationStatus> symbols)
    {
        var text = record[column];
        if (symbols.TryGetValue(text, out var status))
        {
            return new PublishedValue(null, status, text);
        }
        if (text.Length == 0)
        {
            throw record.Error(column, "the cell is empty; a number or a published symbol was expected");
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return new PublishedValue(number, ObservationStatus.Published, text);
        }
        var known = string.Join(", ", symbols.Keys.Where(k => k.Length > 0).Select(k => $"'{k}'"));
        throw record.Error(column, $"'{text}' is neither a number nor a known symbol ({known})");
    }
}
