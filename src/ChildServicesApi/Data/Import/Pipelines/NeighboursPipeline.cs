using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Neighbours;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>Reads DfE's statistical neighbour models: ten neighbours per authority, each with a closeness band.</summary>
internal static class NeighboursPipeline
{
    private static readonly Dictionary<string, Closeness> Bands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Extremely close"] = Closeness.ExtremelyClose,
        ["Very close"] = Closeness.VeryClose,
        ["Close"] = Closeness.Close,
        ["Somewhat close"] = Closeness.SomewhatClose,
        ["Not close"] = Closeness.NotClose,
    };

    public static void Run(ImportContext context)
    {
        foreach (var model in NeighbourSource.Models)
        {
            Read(context, model);
        }
    }

    private static void Read(ImportContext context, NeighbourModelSpec model)
    {
        var (csv, file) = context.Open(model.File, model.Citation);
        csv.RequireColumns([model.CodeColumn, model.NameColumn, .. model.NeighbourColumns]);
        var seen = new HashSet<Geography>();
        foreach (var record in csv.Records)
        {
            if (record[model.CodeColumn].Length == 0)
            {
                // The 2021 file's "Old SNs:" heading row, between the current and the predecessor authorities.
                continue;
            }
            var authority = Resolve(context, model, record, model.CodeColumn);
            if (!seen.Add(authority))
            {
                throw record.Error(model.CodeColumn, $"{authority.Name} is listed twice in the {model.Year} model");
            }
            var neighbours = new HashSet<Geography>();
            for (var rank = 1; rank <= model.NeighbourColumns.Count; rank++)
            {
                var column = model.NeighbourColumns[rank - 1];
                var neighbour = Resolve(context, model, record, column);
                if (neighbour == authority || !neighbours.Add(neighbour))
                {
                    throw record.Error(column, $"{neighbour.Name} cannot be {authority.Name}'s neighbour twice or its own neighbour");
                }
                var band = record.NextTo(column);
                context.Neighbours.Add(new StatisticalNeighbour
                {
                    ModelYear = model.Year,
                    Authority = authority,
                    Rank = rank,
                    Neighbour = neighbour,
                    Closeness = Bands.TryGetValue(band, out var closeness)
                        ? closeness
                        : throw record.Error(column, $"the closeness band right of it, '{band}', is not one of {string.Join(", ", Bands.Keys)}"),
                    SourceValue = band,
                    SourceFile = file,
                    SourceLine = record.Line,
                });
            }
        }
    }

    /// <summary>
    /// A DfE code as it stood when the model was published (825 was Buckinghamshire's new unitary by 2021); the
    /// 2021 file also lists predecessor authorities that had gone by then, which match the one authority with the code.
    /// </summary>
    private static Geography Resolve(ImportContext context, NeighbourModelSpec model, CsvRecord record, string column)
    {
        var code = record.Required(column);
        return context.Geographies.AuthorityOn(code, model.CodesAsAt)
            ?? context.Geographies.Authorities.SingleOrDefault(g => g.LaCode == code)
            ?? throw record.Error(column, $"no authority has DfE code '{code}'");
    }
}
