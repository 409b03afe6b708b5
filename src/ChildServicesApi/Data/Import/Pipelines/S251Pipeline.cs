using System.Text;
using System.Text.RegularExpressions;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>
/// Reads the S251 line-level files. Each authority's lines come in blocks that end with the block's own total line
/// ("Total Children Looked After"); a line takes the category of the total that closes its block. The four
/// children's social care totals are found by their wording, which is stable across years (see <see cref="CategoryTotals"/>).
/// </summary>
internal static partial class S251Pipeline
{
    /// <summary>Wording of the category total lines, after <see cref="Normalise"/>.</summary>
    private static readonly (Regex Pattern, SpendingCategory Category)[] CategoryTotals =
    [
        (TotalLookedAfter(), SpendingCategory.ChildrenLookedAfter),
        (TotalSafeguarding(), SpendingCategory.Safeguarding),
        (TotalFamilySupport(), SpendingCategory.FamilySupport),
        (TotalOtherChildrensServices(), SpendingCategory.OtherChildrensAndFamilyServices),
    ];

    /// <summary>The line-level files are Windows-1252: byte 0x92 is a right single quote, as in "Children’s Centres".</summary>
    private static readonly Encoding WindowsLatin = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static void Run(ImportContext context)
    {
        foreach (var spec in S251Source.Files)
        {
            var (csv, file) = context.Open(spec.Path, S251Source.Citation(spec), WindowsLatin);
            csv.RequireColumns(new[] { spec.LaColumn, spec.LineColumn, spec.LabelColumn, spec.GrossColumn, spec.NetColumn }.OfType<string>());
            // 2012-13 and 2013-14 give "Other children's and families services" as one line with no total line.
            var hasOtherServicesTotal = csv.Records.Any(r => Normalise(r[spec.LabelColumn]).StartsWith("total other childrens", StringComparison.Ordinal));

            var periodEnd = Periods.End(PeriodKind.FinancialYear, spec.Year);
            var seen = new Dictionary<(Geography, string), int>();
            foreach (var authorityLines in csv.Records.GroupBy(r => r.Required(spec.LaColumn)))
            {
                var first = authorityLines.First();
                var authority = context.Geographies.AuthorityOn(authorityLines.Key, periodEnd)
                    ?? throw first.Error(spec.LaColumn, $"unknown authority code '{authorityLines.Key}' for {Periods.FinancialYear(spec.Year)}");
                var block = new List<SpendingLine>();
                var totals = new List<SpendingLine>();
                foreach (var record in authorityLines)
                {
                    var (reference, label) = ReadLine(record, spec);
                    if (seen.TryGetValue((authority, reference), out var firstLine))
                    {
                        throw record.Error(spec.LineColumn ?? spec.LabelColumn, $"duplicate line {reference} for {authority.Name}: first given on line {firstLine}");
                    }
                    seen.Add((authority, reference), record.Line);
                    var gross = PublishedValue.Read(record, spec.GrossColumn, PublishedValue.S251Symbols);
                    var net = PublishedValue.Read(record, spec.NetColumn, PublishedValue.S251Symbols);
                    var line = new SpendingLine
                    {
                        Geography = authority,
                        Year = spec.Year,
                        FinancialYear = Periods.FinancialYear(spec.Year),
                        LineReference = reference,
                        Label = label,
                        GrossExpenditure = gross.Value,
                        NetCurrentExpenditure = net.Value,
                        Status = gross.Status,
                        SourceFile = file,
                        SourceLine = record.Line,
                        Role = SpendingLineRole.OutsideSocialCare,
                    };
                    context.SpendingLines.Add(line);
                    block.Add(line);

                    var normalised = Normalise(label);
                    var category = CategoryOf(normalised, hasOtherServicesTotal);
                    if (category is not null)
                    {
                        foreach (var component in block)
                        {
                            component.Category = category;
                            component.Role = SpendingLineRole.Component;
                        }
                        line.Role = SpendingLineRole.CategoryTotal;
                        totals.Add(line);
                        block.Clear();
                    }
                    else if (normalised.StartsWith("total", StringComparison.Ordinal))
                    {
                        block.Clear();
                    }
                }
                CheckOneTotalPerCategory(first, authority, totals, spec);
            }
        }
    }

    private static SpendingCategory? CategoryOf(string normalised, bool hasOtherServicesTotal)
    {
        if (!hasOtherServicesTotal && StandaloneOtherServices().IsMatch(normalised))
        {
            return SpendingCategory.OtherChildrensAndFamilyServices;
        }
        return CategoryTotals.Where(t => t.Pattern.IsMatch(normalised)).Select(t => (SpendingCategory?)t.Category).FirstOrDefault();
    }

    private static void CheckOneTotalPerCategory(CsvRecord first, Geography authority, List<SpendingLine> totals, S251Source.YearFile spec)
    {
        foreach (var (_, category) in CategoryTotals)
        {
            var count = totals.Count(t => t.Category == category);
            if (count != 1)
            {
                throw first.Error(spec.LabelColumn, $"{authority.Name} has {count} total lines for {category}; exactly one was expected");
            }
        }
    }

    /// <summary>The line's own number and label; 2008-09 writes the number in front of the label.</summary>
    private static (string Reference, string Label) ReadLine(CsvRecord record, S251Source.YearFile spec)
    {
        var text = WhiteSpace().Replace(record.Required(spec.LabelColumn), " ").Trim();
        var prefix = LeadingNumber().Match(text);
        var reference = spec.LineColumn is null
            ? (prefix.Success ? prefix.Groups[1].Value : throw record.Error(spec.LabelColumn, $"'{text}' does not start with its line number"))
            : record.Required(spec.LineColumn);
        // 2012-13 onwards repeat the line number at the start of the label.
        var label = prefix.Success && prefix.Groups[1].Value == reference ? text[prefix.Length..].Trim() : text;
        return (reference, label);
    }

    /// <summary>Lower case, no punctuation, no leading line number, single spaces: "20 Total  Safeguarding ..." → "total safeguarding ...".</summary>
    internal static string Normalise(string label)
    {
        var letters = new StringBuilder(label.Length);
        foreach (var ch in label.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch) || ch == ' ')
            {
                letters.Append(ch);
            }
            else if (ch is not '\'' and not '\u2019' and not '\u0092')
            {
                letters.Append(' ');
            }
        }
        var collapsed = WhiteSpace().Replace(letters.ToString(), " ").Trim();
        return LeadingNumber().Replace(collapsed, "");
    }

    [GeneratedRegex(@"^(\d+)\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("^total children looked after$")]
    private static partial Regex TotalLookedAfter();

    [GeneratedRegex("^total (children and young peoples safety|safeguarding children and young peoples services)")]
    private static partial Regex TotalSafeguarding();

    [GeneratedRegex("^total family support services$")]
    private static partial Regex TotalFamilySupport();

    [GeneratedRegex("^total other childrens and families services$")]
    private static partial Regex TotalOtherChildrensServices();

    [GeneratedRegex("^other childrens and famil(y|ies) services$")]
    private static partial Regex StandaloneOtherServices();
}
