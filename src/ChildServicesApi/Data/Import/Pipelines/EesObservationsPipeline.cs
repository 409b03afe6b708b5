using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>Reads an EES tidy CSV (one row per geography and year, one column per measure) into observations.</summary>
internal static class EesObservationsPipeline
{
    public static void Run(ImportContext context, EesFileSpec spec)
    {
        var (csv, file) = context.Open(spec.Path, spec.Citation);
        var categoryColumns = spec.CategoryColumn is null ? [] : new[] { spec.CategoryColumn };
        csv.RequireColumns([.. EesColumns.Geography, .. categoryColumns, .. spec.Measures.Select(m => m.Column).Distinct()]);

        var indicators = spec.Measures.ToDictionary(
            m => (m.Column, m.Category),
            m => context.DefineIndicator(new Indicator
            {
                Id = m.IndicatorId,
                Title = m.Title,
                Description = m.Description,
                Topic = spec.Topic,
                Unit = m.Unit,
                PeriodKind = m.PeriodKind ?? spec.PeriodKind,
                Publisher = spec.Citation.Publication.Publisher,
                Publication = spec.Citation.Publication.Title,
                SourceTable = $"{spec.Citation.Table}: column {m.Column}{(m.Category is null ? "" : $" where {spec.CategoryColumn} is '{m.Category}'")}",
                SourceUrl = spec.Citation.Publication.Url,
                Licence = Publication.Licence,
            }));
        var categories = spec.Measures.Select(m => m.Category).ToHashSet();

        var seen = new Dictionary<(Geography Geography, int Year, string? Category), int>();
        foreach (var record in csv.Records)
        {
            var year = record.RequiredYear(EesColumns.TimePeriod);
            if (record[EesColumns.TimeIdentifier] != EesColumns.ReportingYear)
            {
                throw record.Error(EesColumns.TimeIdentifier, $"'{record[EesColumns.TimeIdentifier]}' is not '{EesColumns.ReportingYear}'");
            }
            var category = spec.CategoryColumn is null ? null : record.Required(spec.CategoryColumn);
            if (!categories.Contains(category))
            {
                throw record.Error(spec.CategoryColumn, $"unknown category '{category}'");
            }
            var geography = ResolveGeography(context.Geographies, record);
            if (seen.TryGetValue((geography, year, category), out var firstLine))
            {
                throw record.Error(EesColumns.NewLaCode, $"duplicate row for {geography.Name}, {year}{(category is null ? "" : $", '{category}'")}: first given on line {firstLine}");
            }
            seen.Add((geography, year, category), record.Line);

            foreach (var measure in spec.Measures.Where(m => m.Category == category))
            {
                var value = PublishedValue.Read(record, measure.Column, PublishedValue.EesSymbols);
                context.AddObservation(indicators[(measure.Column, measure.Category)], geography, year, value, file, record.Line);
            }
        }
    }

    /// <summary>Finds the row's geography by its GSS code, checking the DfE code agrees.</summary>
    public static Geography ResolveGeography(GeographyRegistry registry, CsvRecord record)
    {
        switch (record[EesColumns.Level])
        {
            case EesColumns.National:
                return registry.ByGss(record.Required(EesColumns.CountryCode))
                    ?? throw record.Error(EesColumns.CountryCode, $"unknown country code '{record[EesColumns.CountryCode]}'");
            case EesColumns.Regional:
                return registry.ByGss(record.Required(EesColumns.RegionCode)) is { Level: GeographyLevel.Region or GeographyLevel.Subregion } region
                    ? region
                    : throw record.Error(EesColumns.RegionCode, $"unknown region code '{record[EesColumns.RegionCode]}'");
            case EesColumns.LocalAuthority:
                var gss = record.Required(EesColumns.NewLaCode);
                var laCode = record.Required(EesColumns.OldLaCode);
                if (gss.Contains('/', StringComparison.Ordinal))
                {
                    return registry.Group(record, laCode, gss, record.Required(EesColumns.LaName), EesColumns.NewLaCode);
                }
                var authority = registry.ByGss(gss) is { Level: GeographyLevel.Authority } found
                    ? found
                    : throw record.Error(EesColumns.NewLaCode, $"unknown authority code '{gss}'");
                return authority.LaCode == laCode
                    ? authority
                    : throw record.Error(EesColumns.OldLaCode, $"DfE code '{laCode}' does not match {authority.Name} ({gss}), which is {authority.LaCode}");
            default:
                throw record.Error(EesColumns.Level, $"unknown geographic level '{record[EesColumns.Level]}'");
        }
    }
}
