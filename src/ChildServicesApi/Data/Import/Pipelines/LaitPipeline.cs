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
    private const string Measure = "Short Desc";
    private const string Years = "Years";
    private const string AreaName = "LA and Regions";
    private const string Values = "Values";
    private const string AreaNumber = "LA Number";
    private const string EnglandNumber = "970";

    public static void Run(ImportContext context)
    {
        var labels = ReadDictionaryLabels(context);
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
            SourceTable = $"LAIT measure {r.MeasureCode} ('{labels[r.MeasureCode]}'), from DfE's {r.Publication}",
            SourceUrl = r.Url,
            Licence = Publication.Licence,
        })));
        var finance = LaitSource.Finance.ToDictionary(f => f.MeasureCode);
        var republished = LaitSource.ChildrenLookedAfter.ToDictionary(r => r.MeasureCode, r => context.Indicators.FirstOrDefault(i => i.Id == r.IndicatorId)
            ?? throw new InvalidOperationException($"indicator '{r.IndicatorId}' must be defined before LAIT is read"));
        var republishedRows = new List<RepublishedRow>();

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
                if (!isRate && !isFinance && !isRepublished)
                {
                    continue;
                }
                var yearText = record.Required(Years);
                int year;
                if (isRate || isRepublished)
                {
                    year = record.RequiredYear(Years);
                }
                else
                {
                    year = Periods.ParseFinancialYear(yearText) ?? throw record.Error(Years, $"'{yearText}' is not a financial year such as 2024-25");
                }
                var value = PublishedValue.Read(record, Values, PublishedValue.LaitSymbols);
                var periodKind = isRate ? rate.Rate.PeriodKind : isRepublished ? republishedIndicator!.PeriodKind : PeriodKind.FinancialYear;
                var geography = ResolveArea(context.Geographies, record, Periods.End(periodKind, year), value);
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
                        Label = labels[code],
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
    }

    private sealed record RepublishedRow(Indicator Indicator, Geography Geography, int Year, PublishedValue Value, SourceFile File, int Line);

    /// <summary>
    /// The rule for LAIT's copies of published figures: the publication's own file is the source wherever seed/ holds
    /// one for that indicator and year, and LAIT's figure is only compared with it (a difference, or a figure for an
    /// area the file has no row for, is recorded in <see cref="ImportContext.Disagreements"/>); in the years no
    /// publication file gives, LAIT's figure is stored, cited to LAIT.
    /// </summary>
    private static void FillOrCompare(ImportContext context, List<RepublishedRow> rows)
    {
        var indicators = rows.Select(r => r.Indicator.Id).ToHashSet(StringComparer.Ordinal);
        var published = context.Observations
            .Where(o => indicators.Contains(o.IndicatorId))
            .GroupBy(o => (o.IndicatorId, o.Geography, o.Year))
            .ToDictionary(g => g.Key, g => g.MaxBy(o => o.SourceFile.ReleaseOrder)!);
        var publishedYears = published.Keys.Select(k => (k.IndicatorId, k.Year)).ToHashSet();
        foreach (var row in rows)
        {
            if (!publishedYears.Contains((row.Indicator.Id, row.Year)))
            {
                context.AddObservation(row.Indicator, row.Geography, row.Year, row.Value, row.File, row.Line);
                continue;
            }
            var observation = published.GetValueOrDefault((row.Indicator.Id, row.Geography, row.Year));
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
    private static Geography? ResolveArea(GeographyRegistry registry, CsvRecord record, DateOnly periodEnd, PublishedValue value)
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

    /// <summary>Each measure's own name, from LAIT's data dictionary.</summary>
    private static Dictionary<string, string> ReadDictionaryLabels(ImportContext context)
    {
        var (csv, _) = context.Open(LaitSource.DictionaryFile, LaitSource.DictionaryCitation);
        csv.RequireColumns("Measure_short", "Measure");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in csv.Records)
        {
            labels.TryAdd(record["Measure_short"], record["Measure"]);
        }
        foreach (var code in LaitSource.Rates.Select(r => r.MeasureCode).Concat(LaitSource.Finance.Select(f => f.MeasureCode)))
        {
            if (!labels.ContainsKey(code))
            {
                throw new SourceDataException(LaitSource.DictionaryFile, 0, "Measure_short", $"measure '{code}' is not in the data dictionary");
            }
        }
        return labels;
    }
}
