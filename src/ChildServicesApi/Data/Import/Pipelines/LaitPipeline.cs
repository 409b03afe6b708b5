using System.Globalization;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>Reads LAIT's long-format data (one row per measure, area and year): published rates and S251 block totals.</summary>
internal static class LaitPipeline
{
    internal const string Measure = "Short Desc";
    internal const string Years = "Years";
    internal const string AreaName = "LA and Regions";
    internal const string Values = "Values";
    internal const string AreaNumber = "LA Number";
    internal const string EnglandNumber = "970";

    public static void Run(ImportContext context)
    {
        var dictionary = ReadDictionary(context);
        var rates = LaitSource.Rates.ToDictionary(r => r.MeasureCode, r => (Rate: r, Indicator: context.DefineIndicator(new Indicator
        {
            Id = r.IndicatorId,
            Title = r.Title,
            Description = r.Description,
            Topic = "Children in need and child protection",
            Unit = IndicatorUnit.RatePer10000Children,
            PeriodKind = r.PeriodKind,
            Publisher = Publications.Dfe,
            Publication = r.Publication,
            SourceTable = $"LAIT measure {r.MeasureCode} ('{dictionary[r.MeasureCode].Label}'), from DfE's {r.Publication}",
            SourceUrl = r.Url,
            Licence = Publication.Licence,
        })));
        var finance = LaitSource.Finance.ToDictionary(f => f.MeasureCode);
        var republished = LaitSource.ChildrenLookedAfter.ToDictionary(r => r.MeasureCode, r => context.Defined(r.IndicatorId, "LAIT"));
        var measures = LaitSource.Measures.ToDictionary(m => m.Code, m => (Measure: m, Indicator: MeasureIndicator(context, m, dictionary[m.Code])));
        var republishedRows = new List<RepublishedRow>();
        var groupRows = new List<RepublishedRow>();
        // The few measures with cells left out or filed on a group, looked up once per record rather than searched for.
        var screened = LaitSource.MisfiledCells.Select(c => c.MeasureCode).Concat(LaitSource.RepeatedCells.Select(c => c.MeasureCode)).ToHashSet(StringComparer.Ordinal);
        var jointReturns = LaitSource.JointReturnsUnderPredecessor.Select(j => j.MeasureCode).ToHashSet(StringComparer.Ordinal);

        foreach (var (path, citation) in LaitSource.DataFiles)
        {
            var (csv, file) = context.Open(path, citation);
            csv.RequireColumns(Measure, Years, AreaName, Values, AreaNumber);
            var seen = new Dictionary<(string, Geography, int), int>();
            foreach (var record in csv.Records)
            {
                var code = record.Required(Measure);
                var isRate = rates.TryGetValue(code, out var rate);
                var isFinance = finance.TryGetValue(code, out var line);
                var isRepublished = republished.TryGetValue(code, out var republishedIndicator);
                var isMeasure = measures.TryGetValue(code, out var measure);
                if (!isRate && !isFinance && !isRepublished && !isMeasure)
                {
                    continue;
                }
                var periodKind = isRate ? rate.Rate.PeriodKind : isRepublished ? republishedIndicator!.PeriodKind : isMeasure ? measure.Measure.PeriodKind : PeriodKind.FinancialYear;
                var yearText = record.Required(Years);
                var year = periodKind == PeriodKind.FinancialYear
                    ? Periods.ParseFinancialYear(yearText) ?? throw record.Error(Years, $"'{yearText}' is not a financial year such as 2024-25")
                    : record.RequiredYear(Years);
                var value = PublishedValue.Read(record, Values, PublishedValue.LaitSymbols);
                if (isMeasure && screened.Contains(code) && (LaitSource.MisfiledCells.Contains((code, record.Required(AreaNumber), yearText))
                    || LaitSource.RepeatedCells.Contains((code, path, yearText))))
                {
                    continue;
                }
                if (isMeasure && value.Value is { } number)
                {
                    // LAIT's floats carry binary artefacts (and its 2016 workforce FTEs up to 14 decimals): the figure is the published precision.
                    value = value with { Value = Math.Round(number, measure.Measure.Decimals, MidpointRounding.AwayFromZero) };
                }
                var periodEnd = Periods.End(periodKind, year);
                var geography = isMeasure ? MeasureArea(context.Geographies, record, code, periodEnd, value) : ResolveArea(context.Geographies, record, periodEnd, value);
                if (geography is null)
                {
                    continue;
                }
                if (seen.TryGetValue((code, geography, year), out var firstLine))
                {
                    throw record.Error(AreaNumber, $"duplicate row for {code}, {geography.Name}, {yearText}: first given on line {firstLine}");
                }
                seen.Add((code, geography, year), record.Line);

                if (isRepublished)
                {
                    republishedRows.Add(new(republishedIndicator!, geography, year, value, file, record.Line));
                }
                else if (isMeasure && measure.Measure.Title is null)
                {
                    republishedRows.Add(new(measure.Indicator, geography, year, value, file, record.Line));
                }
                else if (isMeasure && (measure.Measure.RepeatedForGroups || jointReturns.Contains(code)))
                {
                    groupRows.Add(new(measure.Indicator, geography, year, value, file, record.Line));
                }
                else if (isMeasure)
                {
                    context.AddObservation(measure.Indicator, geography, year, value, file, record.Line);
                }
                else if (isRate)
                {
                    context.AddObservation(rate.Indicator, geography, year, value, file, record.Line);
                }
                else
                {
                    context.SpendingLines.Add(new SpendingLine
                    {
                        Geography = geography,
                        Year = year,
                        FinancialYear = Periods.FinancialYear(year),
                        LineReference = code,
                        Label = dictionary[code].Label,
                        Category = line!.Category,
                        Role = line.Role,
                        GrossExpenditure = value.Value,
                        Status = value.Status,
                        SourceFile = file,
                        SourceLine = record.Line,
                    });
                }
            }
        }
        FillOrCompare(context, republishedRows);
        foreach (var row in OnGroups(groupRows, context.Geographies.GroupMembers))
        {
            context.AddObservation(row.Indicator, row.Geography, row.Year, row.Value, row.File, row.Line);
        }
    }

    /// <summary>
    /// Where a measure's row is filed. LAIT files some measures' figures under the code of an authority that no longer
    /// existed: a successor's (<see cref="LaitSource.SuccessorsUnderPredecessor"/>: the successor's own cell beside it is a
    /// dash, left out; a figure there as well fails the import) or a joint return's, filed on its group
    /// (<see cref="LaitSource.JointReturnsUnderPredecessor"/>). Any other row is read as <see cref="ResolveArea"/> reads it.
    /// </summary>
    internal static Geography? MeasureArea(GeographyRegistry registry, CsvRecord record, string code, DateOnly periodEnd, PublishedValue value)
    {
        var laCode = record.Required(AreaNumber);
        if (LaitSource.SuccessorsUnderPredecessor.FirstOrDefault(s => s.MeasureCode == code && s.SuccessorLaCode == laCode).LaCode is { } predecessor
            && registry.AuthorityOn(predecessor, periodEnd) is null)
        {
            return value.Status == ObservationStatus.NotAvailable
                ? null
                : throw record.Error(Values, $"a figure for {laCode} beside its {code} figure under {predecessor}");
        }
        if (registry.AuthorityOn(laCode, periodEnd) is null)
        {
            if (LaitSource.JointReturnsUnderPredecessor.FirstOrDefault(j => j.MeasureCode == code && j.LaCode == laCode).GroupLaCodes is { } groupCodes)
            {
                return registry.All.SingleOrDefault(g => g.Level == GeographyLevel.AuthorityGroup && g.LaCode == groupCodes)
                    ?? throw record.Error(AreaNumber, $"no authority group '{groupCodes}' to file {code}'s joint return on");
            }
            if (LaitSource.SuccessorsUnderPredecessor.FirstOrDefault(s => s.MeasureCode == code && s.LaCode == laCode).SuccessorLaCode is { } successor)
            {
                return registry.AuthorityOn(successor, periodEnd)
                    ?? throw record.Error(AreaNumber, $"no authority {successor} on {periodEnd:yyyy-MM-dd} to file {code} on");
            }
        }
        return ResolveArea(registry, record, periodEnd, value);
    }

    /// <summary>
    /// The rows of a measure LAIT gives per reporting unit, with each unit's figure on its authority group. A joint return
    /// already filed on the group (<see cref="LaitSource.JointReturnsUnderPredecessor"/>) stands for its members, whose
    /// dashes are left out (a number under a member as well fails the import). For a measure LAIT repeats under each member
    /// (<see cref="LaitSource.Measure.RepeatedForGroups"/>), a year in which every member of a group has a row is the unit's
    /// figure (or dash) repeated: stored once, on the group, citing the line of the member the unit reports under (the
    /// first of its codes). Members whose cells differ are not one unit's figure: the import fails rather than guess.
    /// </summary>
    private static IEnumerable<RepublishedRow> OnGroups(List<RepublishedRow> rows, List<AuthorityGroupMember> members)
    {
        var repeated = LaitSource.Measures.Where(m => m.RepeatedForGroups).Select(m => m.IndicatorId).ToHashSet(StringComparer.Ordinal);
        var moved = new HashSet<RepublishedRow>();
        foreach (var unit in members.GroupBy(m => m.Group))
        {
            var memberSet = unit.Select(m => m.Member).ToHashSet();
            var reportsUnder = unit.Key.LaCode?.Split('/', StringSplitOptions.TrimEntries)[0];
            foreach (var year in rows.Where(r => memberSet.Contains(r.Geography) || r.Geography == unit.Key).GroupBy(r => (r.Indicator, r.Year)))
            {
                var cells = year.Where(r => r.Geography != unit.Key).ToList();
                if (year.Any(r => r.Geography == unit.Key))
                {
                    if (cells.FirstOrDefault(c => c.Value.Value is not null) is { } both)
                    {
                        throw new SourceDataException(both.File.Path, both.Line, Values,
                            $"{year.Key.Indicator.Id} {year.Key.Year}: a figure for {both.Geography.Name} beside the joint return of {unit.Key.Name}");
                    }
                    moved.UnionWith(cells);
                    continue;
                }
                if (!repeated.Contains(year.Key.Indicator.Id) || cells.Count != memberSet.Count)
                {
                    continue;
                }
                if (cells.Select(c => (c.Value.Value, c.Value.Status)).Distinct().Count() != 1)
                {
                    var lines = string.Join(", ", cells.Select(c => $"{c.Geography.Name} '{c.Value.SourceText}' (line {c.Line})"));
                    throw new SourceDataException(cells[0].File.Path, cells[0].Line, Values,
                        $"{year.Key.Indicator.Id} {year.Key.Year}: the members of {unit.Key.Name} report as one unit, but LAIT gives them different cells: {lines}");
                }
                moved.UnionWith(cells);
                yield return cells.Single(c => c.Geography.LaCode == reportsUnder) with { Geography = unit.Key };
            }
        }
        foreach (var row in rows.Where(r => !moved.Contains(r)))
        {
            yield return row;
        }
    }

    /// <summary>
    /// The dictionary's entry must name the publication the table says, and where it gives them, the same decimals and
    /// (for a measure whose meaning rests on it) the same publisher's table.
    /// </summary>
    internal static void CheckDictionary(LaitSource.Measure measure, DictionaryEntry entry)
    {
        CheckLinkAndDecimals(entry, measure.Code, measure.Original.Url, measure.Decimals);
        if (measure.PublisherTable is { } table && entry.Table != table)
        {
            throw new SourceDataException(LaitSource.DictionaryFile, entry.Line, "Table_status", $"measure '{measure.Code}' comes from '{entry.Table}', not '{table}'");
        }
    }

    /// <summary>The dictionary's entry for <paramref name="code"/> must link <paramref name="url"/> and, where it gives decimals, give <paramref name="decimals"/>.</summary>
    internal static void CheckLinkAndDecimals(DictionaryEntry entry, string code, string url, int decimals)
    {
        if (!entry.Hyperlinks.Contains(url, StringComparison.Ordinal))
        {
            throw new SourceDataException(LaitSource.DictionaryFile, entry.Line, "Hyperlink(s)", $"measure '{code}' links to '{entry.Hyperlinks}', not {url}");
        }
        if (entry.Decimals is { } dps && dps != decimals)
        {
            throw new SourceDataException(LaitSource.DictionaryFile, entry.Line, "dps", $"measure '{code}' has {dps} decimals, not {decimals}");
        }
    }

    /// <summary>
    /// A measure's indicator: a new one defined from the table, or the one a publication file already feeds, which must
    /// have the unit, period kind and publication the table says. Either way the dictionary must agree (<see cref="CheckDictionary"/>).
    /// </summary>
    private static Indicator MeasureIndicator(ImportContext context, LaitSource.Measure measure, DictionaryEntry entry)
    {
        CheckDictionary(measure, entry);
        if (measure.Title is null)
        {
            var indicator = context.Defined(measure.IndicatorId, "LAIT");
            return indicator.Unit == measure.Unit && indicator.PeriodKind == measure.PeriodKind && indicator.Publication == measure.Original.Title
                ? indicator
                : throw new InvalidOperationException($"LAIT measure '{measure.Code}' does not match indicator '{indicator.Id}' (unit, period kind or publication)");
        }
        return context.DefineIndicator(new Indicator
        {
            Id = measure.IndicatorId,
            Title = measure.Title,
            Description = measure.Description!,
            Topic = measure.Topic!,
            Unit = measure.Unit,
            PeriodKind = measure.PeriodKind,
            Publisher = measure.Original.Publisher,
            Publication = measure.Original.Title,
            // Another publisher's figures are LAIT's copy of that publisher's, not a computation of DfE's.
            SourceTable = (measure.Original.Publisher == Publications.Dfe
                ? $"LAIT measure {measure.Code} ('{entry.Label}'), computed by DfE for LAIT from its {measure.Original.Title}"
                : $"LAIT measure {measure.Code} ('{entry.Label}'), republished from {measure.Original.Title} ({measure.Original.Publisher})")
                // Only a table the import checks is cited: the dictionary names some wrongly (its rates of child
                // protection plans name the referrals by source table, c5).
                + (measure.PublisherTable is { } table ? $", table {table} (as LAIT's data dictionary names it)" : ""),
            SourceUrl = measure.Original.Url,
            Licence = Publication.Licence,
        });
    }

    private sealed record RepublishedRow(Indicator Indicator, Geography Geography, int Year, PublishedValue Value, SourceFile File, int Line);

    /// <summary>
    /// The rule for LAIT's copies of published figures: the publication's own file is the source wherever seed/ holds
    /// one for that indicator and year, and LAIT's figure is only compared with it (a difference, or a figure for an
    /// area the file has no row for, is recorded in <see cref="ImportContext.Disagreements"/>); in the years no
    /// publication file gives, LAIT's figure is stored, cited to LAIT. Where the file reports several authorities as one
    /// unit (Kingston upon Thames and Richmond upon Thames), LAIT repeats the unit's figure under each member, which is
    /// compared with the unit's; and a year in which LAIT gives one member a figure and the others a dash is that
    /// member's joint return, stored on the unit (<see cref="JointReturns"/>).
    /// </summary>
    private static void FillOrCompare(ImportContext context, List<RepublishedRow> rows)
    {
        var indicators = rows.Select(r => r.Indicator.Id).ToHashSet(StringComparer.Ordinal);
        var published = context.Observations
            .Where(o => indicators.Contains(o.IndicatorId))
            .GroupBy(o => (o.IndicatorId, o.Geography, o.Year))
            .ToDictionary(g => g.Key, g => g.MaxBy(o => o.SourceFile.ReleaseOrder)!);
        var publishedYears = published.Keys.Select(k => (k.IndicatorId, k.Year)).ToHashSet();
        var unitOf = context.Geographies.GroupMembers.ToLookup(m => m.Member, m => m.Group);
        var fills = JointReturns(rows.Where(r => !publishedYears.Contains((r.Indicator.Id, r.Year))).ToList(), context.Geographies.GroupMembers, published.Keys);
        foreach (var row in fills)
        {
            context.AddObservation(row.Indicator, row.Geography, row.Year, row.Value, row.File, row.Line);
        }
        foreach (var row in rows.Where(r => publishedYears.Contains((r.Indicator.Id, r.Year))))
        {
            var observation = published.GetValueOrDefault((row.Indicator.Id, row.Geography, row.Year))
                ?? unitOf[row.Geography].Select(unit => published.GetValueOrDefault((row.Indicator.Id, unit, row.Year))).FirstOrDefault(o => o is not null);
            if (observation is not null && Agree(observation, row.Value))
            {
                continue;
            }
            var file = observation?.SourceFile.Path
                ?? context.Observations.First(o => o.IndicatorId == row.Indicator.Id && o.Year == row.Year).SourceFile.Path;
            context.Disagreements.Add(new(row.Indicator.Id, row.Geography, row.Year, file, observation?.SourceLine, observation?.SourceValue,
                row.File.Path, row.Line, row.Value.SourceText));
        }
    }

    /// <summary>
    /// The rows to store in the years LAIT fills, with each joint return moved to its unit: for an indicator whose file
    /// reports a group of authorities as one unit, a year in which the member the unit reports under (the first of its
    /// codes: DfE reports Kingston and Richmond's joint return against Kingston) has a figure and every other a dash.
    /// </summary>
    private static IEnumerable<RepublishedRow> JointReturns(List<RepublishedRow> fills, List<AuthorityGroupMember> members,
        IEnumerable<(string IndicatorId, Geography Geography, int Year)> published)
    {
        var units = published.Where(k => k.Geography.Level == GeographyLevel.AuthorityGroup).Select(k => (k.IndicatorId, k.Geography)).ToHashSet();
        var moved = new HashSet<RepublishedRow>();
        foreach (var unit in members.GroupBy(m => m.Group))
        {
            var memberSet = unit.Select(m => m.Member).ToHashSet();
            foreach (var year in fills.Where(r => memberSet.Contains(r.Geography) && units.Contains((r.Indicator.Id, unit.Key))).GroupBy(r => (r.Indicator, r.Year)))
            {
                var rows = year.ToList();
                var reportsUnder = unit.Key.LaCode?.Split('/', StringSplitOptions.TrimEntries)[0];
                var withFigure = rows.Where(r => r.Value.Value is not null).ToList();
                if (rows.Count == memberSet.Count && withFigure is [var joint] && joint.Geography.LaCode == reportsUnder
                    && rows.All(r => r == joint || r.Value.Status == ObservationStatus.NotAvailable))
                {
                    moved.UnionWith(rows);
                    yield return joint with { Geography = unit.Key };
                }
            }
        }
        foreach (var row in fills.Where(r => !moved.Contains(r)))
        {
            yield return row;
        }
    }

    /// <summary>Equal numbers (LAIT's floats carry binary artefacts), or no number in either: LAIT's dash does not say why, so any symbol matches it.</summary>
    private static bool Agree(Observation published, PublishedValue lait) =>
        (published.Value, lait.Value) switch
        {
            (null, null) => true,
            ({ } a, { } b) => Math.Abs(a - b) < 1e-6,
            _ => false,
        };

    /// <summary>
    /// LAIT numbers England 970 and the regions 980-990 (with its own spellings), authorities by DfE code. LAIT keeps a
    /// full grid, giving an authority a "-" for years before it was created or after it was abolished: those
    /// placeholders are skipped (null), but a number in such a year is an error.
    /// </summary>
    internal static Geography? ResolveArea(GeographyRegistry registry, CsvRecord record, DateOnly periodEnd, PublishedValue value)
    {
        var number = record.Required(AreaNumber);
        if (number == EnglandNumber)
        {
            return registry.ByGss(GeographyRegistry.EnglandCode)!;
        }
        if (number.Length == 3 && number[0] == '9' && number[1] >= '8')
        {
            var name = record.Required(AreaName) switch
            {
                "London (Inner)" => "Inner London",
                "London (Outer)" => "Outer London",
                var other => other,
            };
            return registry.Regions.FirstOrDefault(r => r.Slug == Slugs.From(name))
                ?? throw record.Error(AreaName, $"unknown region '{record[AreaName]}'");
        }
        if (registry.AuthorityOn(number, periodEnd) is { } authority)
        {
            return authority;
        }
        if (!registry.Authorities.Any(a => a.LaCode == number))
        {
            throw record.Error(AreaNumber, $"unknown authority code '{number}'");
        }
        return value.Status == ObservationStatus.NotAvailable
            ? null
            : throw record.Error(Values, $"a figure for authority {number} in a period ending {periodEnd:yyyy-MM-dd}, when no authority had that code");
    }

    /// <summary>
    /// A measure's row in LAIT's data dictionary: its name, the source links, the decimals it is published to (null for
    /// NA), its year type, description and methodology, and the publisher's table LAIT took it from (<c>Table_status</c>).
    /// </summary>
    internal sealed record DictionaryEntry(string Label, string Hyperlinks, int? Decimals, int Line, string YearType, string Description, string Methodology, string Table, string Topic, string Polarity);

    /// <summary>
    /// Each measure's entry in LAIT's data dictionary (the first, where a measure is listed under two topics): read once
    /// per import and shared by the pipelines that serve LAIT measures (indicators, school outcomes, other measures).
    /// </summary>
    internal static IReadOnlyDictionary<string, DictionaryEntry> ReadDictionary(ImportContext context) => context.LaitDictionary ??= ParseDictionary(context);

    private static Dictionary<string, DictionaryEntry> ParseDictionary(ImportContext context)
    {
        var (csv, _) = context.Open(LaitSource.DictionaryFile, LaitSource.DictionaryCitation);
        csv.RequireColumns("Measure_short", "Topic", "Measure", "Polarity", "Hyperlink(s)", "dps", "Year_Type", "Description", "Methodology", "Table_status");
        var entries = new Dictionary<string, DictionaryEntry>(StringComparer.Ordinal);
        foreach (var record in csv.Records)
        {
            var dps = record["dps"];
            int? decimals = dps == "NA" ? null
                : int.TryParse(dps, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d
                : throw record.Error("dps", $"'{dps}' is neither a number of decimals nor NA");
            entries.TryAdd(record["Measure_short"], new(record["Measure"], record["Hyperlink(s)"], decimals, record.Line,
                record["Year_Type"], record["Description"], record["Methodology"], record["Table_status"], record["Topic"], record["Polarity"]));
        }
        var served = LaitSource.Rates.Select(r => r.MeasureCode).Concat(LaitSource.Finance.Select(f => f.MeasureCode)).Concat(LaitSource.Measures.Select(m => m.Code))
            .Concat(SchoolOutcomesSource.Measures.Select(m => m.Code)).Concat(OtherMeasuresSource.Measures.Select(m => m.Code));
        foreach (var code in served)
        {
            if (!entries.ContainsKey(code))
            {
                throw new SourceDataException(LaitSource.DictionaryFile, 0, "Measure_short", $"measure '{code}' is not in the data dictionary");
            }
        }
        return entries;
    }
}
