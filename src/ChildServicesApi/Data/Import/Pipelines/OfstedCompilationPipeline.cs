using System.Globalization;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Inspections;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>
/// Reads Data to Insight's compilation of Ofsted's ILACS reports. Runs after <see cref="OfstedPipeline"/>: a row that is
/// an inspection in Ofsted's own ILACS sheet (same authority, same first day on site) is only compared with it, and
/// every difference is listed in <see cref="ImportContext.InspectionDisagreements"/>; the official row is always the one
/// served. Only reports published after the official sheet's coverage (31 March 2025) and absent from it are added,
/// each flagged <see cref="InspectionSource.ThirdPartyCompilation"/>.
/// </summary>
internal static class OfstedCompilationPipeline
{
    private const string Urn = "urn";
    private const string Link = "inspection_link";
    private const string Published = "publication_date";
    private const string Framework = "inspection_framework";
    private const string Start = "inspection_start_date";
    private const string End = "inspection_end_date";

    /// <summary>The overall grade's column, then the sub-judgements'.</summary>
    private static readonly string[] GradeColumns = [OfstedCompilationSource.OverallColumn, .. OfstedCompilationSource.JudgementColumns];

    public static void Run(ImportContext context)
    {
        var codes = ReadLookup(context);
        var (csv, file) = context.Open(OfstedCompilationSource.HistoryFile, OfstedCompilationSource.HistoryCitation);
        csv.RequireColumns([Urn, Link, Published, Framework, Start, End, .. GradeColumns]);
        var (officialCsv, officialFile) = context.Open(OfstedSource.IlacsHistoryFile, OfstedSource.IlacsHistoryCitation);
        foreach (var record in csv.Records)
        {
            var published = ReadDate(record, Published, "dd/MM/yy");
            if (record[Start].Length == 0)
            {
                // Reports before ILACS (SIF and earlier, to 2018) carry no dates and mostly data_unreadable: Ofsted's own sheets hold them.
                if (published > OfstedCompilationSource.OfficialCoverageEnd)
                {
                    throw record.Error(Start, "a report published after Ofsted's sheets end needs its inspection dates");
                }
                continue;
            }
            var start = ReadDate(record, Start, "dd/MM/yyyy");
            if (ReadDate(record, End, "dd/MM/yyyy") < start)
            {
                throw record.Error(End, $"the inspection ends before it starts ({record[Start]})");
            }
            var authority = AuthorityOf(context, record, codes, start);
            var matches = context.Inspections.Where(i => i.Source == InspectionSource.Official && i.Geography == authority
                && i.Framework is InspectionFramework.IlacsStandard or InspectionFramework.IlacsShort && i.InspectionDate == start).ToList();
            if (matches.Count > 1)
            {
                throw record.Error(Start, $"Ofsted's sheet has {matches.Count} ILACS inspections of {authority.Name} starting {start:yyyy-MM-dd} (lines {string.Join(", ", matches.Select(m => m.SourceLine))}), so this report cannot be matched to one");
            }
            if (matches.SingleOrDefault() is { } official)
            {
                Compare(context, record, file, authority, start, official, officialCsv.Records.Single(r => r.Line == official.SourceLine));
                continue;
            }
            if (published <= OfstedCompilationSource.OfficialCoverageEnd)
            {
                context.InspectionDisagreements.Add(new(authority, start, "inspection", officialFile.Path, null, null, file.Path, record.Line,
                    $"{record[Framework]} inspection published {record[Published]}"));
                continue;
            }
            if (Unreadable(record))
            {
                continue;
            }
            if (context.Inspections.FirstOrDefault(i => i.Geography == authority && i.InspectionDate == start) is { } twice)
            {
                throw record.Error(Start, $"{authority.Name}'s inspection starting {start:yyyy-MM-dd} is listed twice: first at {twice.SourceFile.Path} line {twice.SourceLine}");
            }
            context.Inspections.Add(ReadInspection(record, file, authority, start, published));
        }
    }

    /// <summary>Ofsted URN to the authority's DfE and GSS codes.</summary>
    private static Dictionary<string, (string LaCode, string GssCode, CsvRecord Record)> ReadLookup(ImportContext context)
    {
        var (csv, _) = context.Open(OfstedCompilationSource.LookupFile, OfstedCompilationSource.LookupCitation);
        csv.RequireColumns([Urn, "la_code", "la_code_new"]);
        var codes = new Dictionary<string, (string, string, CsvRecord)>(StringComparer.Ordinal);
        foreach (var record in csv.Records)
        {
            if (!codes.TryAdd(record.Required(Urn), (record.Required("la_code"), record["la_code_new"], record)))
            {
                throw record.Error(Urn, $"URN {record[Urn]} is listed twice");
            }
        }
        return codes;
    }

    /// <summary>The authority with the lookup's DfE code on the first day on site; its GSS code, where the lookup gives one, must name the same authority.</summary>
    private static Geography AuthorityOf(ImportContext context, CsvRecord record, Dictionary<string, (string LaCode, string GssCode, CsvRecord Record)> codes, DateOnly start)
    {
        if (!codes.TryGetValue(record.Required(Urn), out var code))
        {
            throw record.Error(Urn, $"URN {record[Urn]} is not in {OfstedCompilationSource.LookupFile}");
        }
        var authority = context.Geographies.AuthorityOn(code.LaCode, start)
            ?? throw record.Error(Urn, $"no authority with DfE code {code.LaCode} (URN {record[Urn]}) existed on {start:yyyy-MM-dd}");
        if (code.GssCode.Length > 0 && context.Geographies.ByGss(code.GssCode) is { } byGss && byGss != authority)
        {
            throw code.Record.Error("la_code_new", $"{code.GssCode} is {byGss.Name}, but DfE code {code.LaCode} is {authority.Name}");
        }
        return authority;
    }

    private static bool Unreadable(CsvRecord record) => GradeColumns.Any(c => record[c] == OfstedCompilationSource.DataUnreadable);

    private static Inspection ReadInspection(CsvRecord record, SourceFile file, Geography authority, DateOnly start, DateOnly published)
    {
        var link = record.Required(Link);
        var inspection = new Inspection
        {
            Geography = authority,
            Framework = OfstedCompilationSource.Frameworks.TryGetValue(record.Required(Framework), out var framework)
                ? framework
                : throw record.Error(Framework, $"'{record[Framework]}' is not an ILACS inspection (standard or short)"),
            InspectionDate = start,
            PublicationDate = published,
            WebLink = link,
            SourceFile = file,
            SourceLine = record.Line,
            Source = InspectionSource.ThirdPartyCompilation,
            Citation = $"Ofsted, children's services inspection report of {authority.Name} published {published:yyyy-MM-dd}: {link}. " +
                $"Compiled by {OfstedCompilationSource.Compilation.Publisher}, {OfstedCompilationSource.Compilation.Title} " +
                $"({OfstedCompilationSource.Repository} @ {OfstedCompilationSource.Commit[..7]}; code MIT, report data Ofsted under the Open Government Licence v3.0), " +
                $"{file.Path} line {record.Line}. Not an Ofsted statistics table.",
        };
        var overall = record[OfstedCompilationSource.OverallColumn];
        if (overall == OfstedCompilationSource.NotReportedPostReform)
        {
            if (start < OfstedCompilationSource.ReformStart)
            {
                throw record.Error(OfstedCompilationSource.OverallColumn, $"an inspection that started on {start:yyyy-MM-dd}, before the April 2026 reform, needs an overall grade");
            }
            inspection.OverallEffectivenessReason = OfstedCompilationSource.NotReportedPostReformReason;
        }
        else
        {
            inspection.OverallEffectiveness = ReadGrade(record, OfstedCompilationSource.OverallColumn)
                ?? throw record.Error(OfstedCompilationSource.OverallColumn, $"an inspection needs an overall effectiveness grade or {OfstedCompilationSource.NotReportedPostReform}");
        }
        for (var i = 0; i < OfstedCompilationSource.JudgementColumns.Count; i++)
        {
            var column = OfstedCompilationSource.JudgementColumns[i];
            if (record[column] is { Length: > 0 } text && text != OfstedCompilationSource.PreDatesJudgement)
            {
                inspection.Judgements.Add(new InspectionJudgement
                {
                    Order = i + 1,
                    Name = OfstedSource.IlacsJudgements[i].Name,
                    Grade = ReadGrade(record, column) ?? throw record.Error(column, "a sub-judgement needs a grade"),
                    SourceValue = text,
                });
            }
        }
        return inspection;
    }

    /// <summary>Lists each field the compilation gives differently from Ofsted's row for the same inspection.</summary>
    private static void Compare(ImportContext context, CsvRecord record, SourceFile file, Geography authority, DateOnly start, Inspection official, CsvRecord officialRow)
    {
        void Differs(string field, string officialText, string compiledText) => context.InspectionDisagreements.Add(new(
            authority, start, field, official.SourceFile.Path, official.SourceLine, officialText, file.Path, record.Line, compiledText));

        if (!OfstedCompilationSource.Frameworks.TryGetValue(record[Framework], out var framework) || framework != official.Framework)
        {
            Differs(Framework, officialRow["Inspection type"], record[Framework]);
        }
        if (ReadDate(record, Published, "dd/MM/yy") != official.PublicationDate)
        {
            Differs(Published, officialRow["Publication date"], record[Published]);
        }
        if (GradeOrText(OfstedCompilationSource.Grades, record[OfstedCompilationSource.OverallColumn]) != GradeOrText(OfstedSource.Grades, officialRow["Overall effectiveness"]))
        {
            Differs(OfstedCompilationSource.OverallColumn, officialRow["Overall effectiveness"], record[OfstedCompilationSource.OverallColumn]);
        }
        for (var i = 0; i < OfstedCompilationSource.JudgementColumns.Count; i++)
        {
            var column = OfstedCompilationSource.JudgementColumns[i];
            var officialText = officialRow[OfstedSource.IlacsJudgements[i].Column];
            // The tool's "inspection_pre_dates_judgement" and the official sheet's empty cell both say: not judged separately.
            var compiled = record[column] == OfstedCompilationSource.PreDatesJudgement ? "" : record[column];
            if (GradeOrText(OfstedCompilationSource.Grades, compiled) != GradeOrText(OfstedSource.Grades, officialText))
            {
                Differs(column, officialText, record[column]);
            }
        }
    }

    /// <summary>The grade a cell gives in a source's own words, or its text where it is not one, so that only equal grades or equal blanks compare equal.</summary>
    private static string GradeOrText(IReadOnlyDictionary<string, OfstedGrade> words, string text) => words.TryGetValue(text, out var grade) ? grade.ToString() : text;

    private static OfstedGrade? ReadGrade(CsvRecord record, string column) => record[column] switch
    {
        "" => null,
        var text when OfstedCompilationSource.Grades.TryGetValue(text, out var grade) => grade,
        var other => throw record.Error(column, $"'{other}' is not one of the compilation's grades ({string.Join(", ", OfstedCompilationSource.Grades.Keys)})"),
    };

    private static DateOnly ReadDate(CsvRecord record, string column, string format)
    {
        var text = record.Required(column);
        return DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw record.Error(column, $"'{text}' is not a date in the form {format.ToUpperInvariant()}");
    }
}
