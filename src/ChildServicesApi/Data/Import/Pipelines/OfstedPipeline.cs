using System.Globalization;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Inspections;
using ChildServicesApi.Features.Meta;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>Reads Ofsted's inspection sheets: ILACS history 2018-2025, the 2024-25 visits, and the 2009-2023 history (SLAC to SIF).</summary>
internal static class OfstedPipeline
{
    private const string WebLink = "Web link";
    private const string AreaCode = "Local authority area code";
    private const string AuthorityName = "Local authority name";

    public static void Run(ImportContext context)
    {
        ReadIlacsHistory(context);
        ReadInYearVisits(context);
        ReadHistory(context);
        ReadSifDates(context);
        ReadSnapshots(context);
    }

    /// <summary>
    /// The official SIF record gives publication dates only. The reports print their inspection dates ("29 April - 22 May
    /// 2014"): each report row is matched to the official SIF or SIF re-inspection of the same DfE code published on the
    /// row's publication date or, where the row has none (or another), the only one published within
    /// <see cref="ReportDelayDays"/> days after the printed last day. The first day is noted as derived.
    /// </summary>
    private static void ReadSifDates(ImportContext context)
    {
        var (csv, file) = context.Open(OfstedSource.SifDatesFile, OfstedSource.SifDatesCitation);
        csv.RequireColumns(["old_la_code", "report_type", "inspection_dates", "report_published_date"]);
        foreach (var record in csv.Records)
        {
            if (record.Required("report_type") is not ("SIF inspection" or "SIF re-inspection"))
            {
                throw record.Error("report_type", $"'{record["report_type"]}' is not a SIF report type");
            }
            if (InspectionDates.Parse(record["inspection_dates"]) is not var (first, last))
            {
                continue;
            }
            var sifs = context.Inspections.Where(i => i.Framework is InspectionFramework.Sif or InspectionFramework.SifReinspection
                && i.Geography.LaCode == record["old_la_code"]).ToList();
            var published = record["report_published_date"].Length > 0 ? ReadDate(record, "report_published_date") : (DateOnly?)null;
            var afterwards = sifs.Where(i => i.PublicationDate > last && i.PublicationDate.DayNumber - last.DayNumber <= ReportDelayDays).ToList();
            var inspection = sifs.SingleOrDefault(i => i.PublicationDate == published) ?? (afterwards is [var only] ? only : null);
            if (inspection is null || inspection.InspectionDate is not null)
            {
                continue;
            }
            inspection.InspectionDate = first;
            inspection.InspectionDateSource = $"Derived: read from the SIF report's printed dates (\"{record["inspection_dates"]}\"), {file.Path} line {record.Line}";
        }
    }

    /// <summary>SIF reports came out within about four months of the inspection's last day.</summary>
    private const int ReportDelayDays = 120;

    /// <summary>Ofsted's official snapshots of judgements in force, kept as published so a reader can set them beside the API's own answer.</summary>
    private static void ReadSnapshots(ImportContext context)
    {
        foreach (var snapshot in OfstedSource.Snapshots)
        {
            var (csv, file) = context.Open(snapshot.File, snapshot.Citation);
            csv.RequireColumns([WebLink, AuthorityName, "Inspection date", "Overall effectiveness", .. new[] { snapshot.CodeColumn }.OfType<string>()]);
            foreach (var record in csv.Records)
            {
                var authority = snapshot.CodeColumn is { } codeColumn
                    ? context.Geographies.ByGss(record.Required(codeColumn)) is { Level: GeographyLevel.Authority } byCode
                        ? byCode
                        : throw record.Error(codeColumn, $"unknown authority code '{record[codeColumn]}'")
                    : AuthorityNamed(context, record, snapshot.AsAt);
                var notYet = record["Inspection date"] == OfstedSource.NotYetInspected;
                var judgement = new Features.Inspections.OfficialJudgement
                {
                    AsAt = snapshot.AsAt,
                    Geography = authority,
                    Grade = notYet ? null : ReadGrade(record, "Overall effectiveness") ?? throw record.Error("Overall effectiveness", "an inspected authority needs a grade"),
                    InspectionDate = notYet ? null : ReadDate(record, "Inspection date"),
                    PublicationDate = csv.HasColumn("Publication date") && !notYet ? ReadDate(record, "Publication date") : null,
                    SourceValue = notYet ? OfstedSource.NotYetInspected : record["Overall effectiveness"],
                    SourceFile = file,
                    SourceLine = record.Line,
                };
                if (!authority.ExistedOn(snapshot.AsAt) || context.OfficialJudgements.Any(j => j.AsAt == snapshot.AsAt && j.Geography == authority))
                {
                    throw record.Error(AuthorityName, $"{authority.Name} did not exist on {snapshot.AsAt:yyyy-MM-dd} or is listed twice");
                }
                context.OfficialJudgements.Add(judgement);
            }
        }
    }

    /// <summary>The authority of a sheet's name that existed on a date (DfE's name where Ofsted words it differently).</summary>
    private static Geography AuthorityNamed(ImportContext context, CsvRecord record, DateOnly on)
    {
        var name = record.Required(AuthorityName);
        var dfeName = OfstedSource.HistoryNames.GetValueOrDefault(name, name);
        return context.Geographies.Authorities.SingleOrDefault(a => Slugs.MatchKey(a.Name) == Slugs.MatchKey(dfeName) && a.ExistedOn(on))
            ?? throw record.Error(AuthorityName, $"no authority called '{name}' existed on {on:yyyy-MM-dd}");
    }

    private static void ReadIlacsHistory(ImportContext context)
    {
        var (csv, file) = context.Open(OfstedSource.IlacsHistoryFile, OfstedSource.IlacsHistoryCitation);
        const string type = "Inspection type";
        csv.RequireColumns([WebLink, AreaCode, "Inspection date", "Publication date", type, "Overall effectiveness", .. OfstedSource.IlacsJudgements.Select(j => j.Column)]);
        foreach (var record in csv.Records)
        {
            var framework = ReadFramework(record, type);
            if (framework is not (InspectionFramework.IlacsStandard or InspectionFramework.IlacsShort))
            {
                throw record.Error(type, $"'{record[type]}' is not an ILACS inspection");
            }
            var inspection = ReadIlacsRow(context, record, file, framework, "Inspection date");
            inspection.OverallEffectiveness = ReadGrade(record, "Overall effectiveness") ?? throw record.Error("Overall effectiveness", "an inspection needs an overall effectiveness grade");
            Add(context, record, inspection);
        }
    }

    /// <summary>The 2024-25 sheet repeats that year's inspections, which must agree with the history; its visits are new.</summary>
    private static void ReadInYearVisits(ImportContext context)
    {
        var (csv, file) = context.Open(OfstedSource.InYearFile, OfstedSource.InYearCitation);
        const string type = "Inspection/Visit type";
        csv.RequireColumns([WebLink, AreaCode, "Inspection/Visit date", "Publication date", type, "Overall effectiveness", "Visit Theme", .. OfstedSource.IlacsJudgements.Select(j => j.Column)]);
        foreach (var record in csv.Records)
        {
            var framework = ReadFramework(record, type);
            var row = ReadIlacsRow(context, record, file, framework, "Inspection/Visit date");
            if (framework is InspectionFramework.IlacsStandard or InspectionFramework.IlacsShort)
            {
                var grade = ReadGrade(record, "Overall effectiveness");
                var known = context.Inspections.FirstOrDefault(i =>
                    i.Geography == row.Geography && i.Framework == framework && i.PublicationDate == row.PublicationDate);
                if (known is null || known.OverallEffectiveness != grade)
                {
                    throw record.Error(type, $"this {record[type]} of {row.Geography.Name} published {row.PublicationDate:yyyy-MM-dd} does not match the ILACS history sheet");
                }
                continue;
            }
            if (record["Overall effectiveness"].Length > 0)
            {
                throw record.Error("Overall effectiveness", "a visit has no overall effectiveness grade");
            }
            row.VisitTheme = record["Visit Theme"] is { Length: > 0 } theme ? theme : null;
            Add(context, record, row);
        }
    }

    private static Inspection ReadIlacsRow(ImportContext context, CsvRecord record, SourceFile file, InspectionFramework framework, string dateColumn)
    {
        var code = record.Required(AreaCode);
        var authority = context.Geographies.ByGss(code) is { Level: GeographyLevel.Authority } found
            ? found
            : throw record.Error(AreaCode, $"unknown authority code '{code}'");
        var inspection = new Inspection
        {
            Geography = authority,
            Framework = framework,
            InspectionDate = ReadDate(record, dateColumn),
            PublicationDate = ReadDate(record, "Publication date"),
            WebLink = record[WebLink] is { Length: > 0 } link ? link : null,
            SourceFile = file,
            SourceLine = record.Line,
        };
        AddJudgements(record, inspection, OfstedSource.IlacsJudgements);
        return inspection;
    }

    /// <summary>The wide sheet names authorities, not codes: a name means the authority of that name on the publication date.</summary>
    private static void ReadHistory(ImportContext context)
    {
        var (csv, file) = context.Open(OfstedSource.HistoryFile, OfstedSource.HistoryCitation);
        csv.RequireColumns([WebLink, AuthorityName, .. OfstedSource.HistoryFrameworks.SelectMany(f =>
            new[] { f.DateColumn, f.OverallColumn }.OfType<string>().Concat(f.Judgements.Select(j => j.Column)))]);
        foreach (var record in csv.Records)
        {
            var name = record.Required(AuthorityName);
            var dfeName = OfstedSource.HistoryNames.GetValueOrDefault(name, name);
            var candidates = context.Geographies.Authorities.Where(a => Slugs.MatchKey(a.Name) == Slugs.MatchKey(dfeName)).ToList();
            if (candidates.Count == 0)
            {
                throw record.Error(AuthorityName, $"no authority is called '{name}'");
            }
            foreach (var framework in OfstedSource.HistoryFrameworks)
            {
                if (record[framework.DateColumn].Length == 0)
                {
                    var stray = new[] { framework.OverallColumn }.OfType<string>().Concat(framework.Judgements.Select(j => j.Column))
                        .FirstOrDefault(c => record[c].Length > 0);
                    if (stray is not null)
                    {
                        throw record.Error(framework.DateColumn, $"a {framework.Framework} grade is given but no publication date");
                    }
                    continue;
                }
                var published = ReadDate(record, framework.DateColumn);
                var authority = candidates.SingleOrDefault(a => a.ExistedOn(published))
                    ?? throw record.Error(AuthorityName, $"no authority called '{name}' existed on {published:yyyy-MM-dd}");
                var inspection = new Inspection
                {
                    Geography = authority,
                    Framework = framework.Framework,
                    PublicationDate = published,
                    OverallEffectiveness = framework.OverallColumn is null ? null : ReadGrade(record, framework.OverallColumn),
                    WebLink = record[WebLink] is { Length: > 0 } link ? link : null,
                    SourceFile = file,
                    SourceLine = record.Line,
                };
                AddJudgements(record, inspection, framework.Judgements);
                Add(context, record, inspection);
            }
        }
    }

    private static void Add(ImportContext context, CsvRecord record, Inspection inspection)
    {
        var duplicate = context.Inspections.FirstOrDefault(i =>
            i.Geography == inspection.Geography && i.Framework == inspection.Framework && i.PublicationDate == inspection.PublicationDate);
        if (duplicate is not null)
        {
            throw record.Error(null, $"duplicate {inspection.Framework} of {inspection.Geography.Name} published {inspection.PublicationDate:yyyy-MM-dd}: first given in {duplicate.SourceFile.Path} line {duplicate.SourceLine}");
        }
        var file = inspection.SourceFile;
        inspection.Citation = $"{file.Publisher}, {file.Publication}: {file.Release}, {file.Table}; {file.Path} line {inspection.SourceLine}.";
        context.Inspections.Add(inspection);
    }

    /// <summary>Adds each judgement the row gives, in the sheet's order; an empty cell is a judgement not part of that inspection.</summary>
    private static void AddJudgements(CsvRecord record, Inspection inspection, IReadOnlyList<OfstedSource.Judgement> judgements)
    {
        for (var i = 0; i < judgements.Count; i++)
        {
            var (column, name) = judgements[i];
            if (record[column] is { Length: > 0 } text)
            {
                inspection.Judgements.Add(new InspectionJudgement { Order = i + 1, Name = name, Grade = ReadGrade(record, column), SourceValue = text });
            }
        }
    }

    private static InspectionFramework ReadFramework(CsvRecord record, string column) =>
        OfstedSource.IlacsTypes.TryGetValue(record.Required(column), out var framework)
            ? framework
            : throw record.Error(column, $"unknown inspection type '{record[column]}'");

    /// <summary>Ofsted's four grades; "-" is "not judged" and reads as no grade.</summary>
    private static OfstedGrade? ReadGrade(CsvRecord record, string column) => record[column] switch
    {
        var text when OfstedSource.Grades.TryGetValue(text, out var grade) => grade,
        "-" or "" => null,
        var other => throw record.Error(column, $"'{other}' is not an Ofsted grade"),
    };

    private static DateOnly ReadDate(CsvRecord record, string column)
    {
        var text = record.Required(column);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw record.Error(column, $"'{text}' is not a date in the form YYYY-MM-DD");
    }
}
