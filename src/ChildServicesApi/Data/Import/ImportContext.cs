using System.Security.Cryptography;
using System.Text;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Inspections;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Spending;

namespace ChildServicesApi.Data.Import;

/// <summary>Everything one import run has read so far; written to the new store in one go at the end.</summary>
internal sealed class ImportContext(string seedDirectory)
{
    private readonly Dictionary<string, Indicator> indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (CsvFile, SourceFile)> opened = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> prefetched = new(StringComparer.Ordinal);

    public string SeedDirectory { get; } = seedDirectory;
    public GeographyRegistry Geographies { get; } = new();
    public List<SourceFile> Files { get; } = [];
    public IReadOnlyCollection<Indicator> Indicators => indicators.Values;
    public List<Observation> Observations { get; } = [];
    public List<Inspection> Inspections { get; } = [];
    public List<SpendingLine> SpendingLines { get; } = [];
    public List<OutturnFigure> OutturnFigures { get; } = [];
    public List<Features.SchoolOutcomes.SchoolOutcome> SchoolOutcomes { get; } = [];
    public List<Features.SchoolOutcomes.SchoolOutcomeFigure> SchoolOutcomeFigures { get; } = [];
    public List<Features.OtherMeasures.OtherMeasure> OtherMeasures { get; } = [];

    /// <summary>LAIT's data dictionary, by measure code, once a pipeline has read it (<see cref="Pipelines.LaitPipeline.ReadDictionary"/>).</summary>
    public IReadOnlyDictionary<string, Pipelines.LaitPipeline.DictionaryEntry>? LaitDictionary { get; set; }
    public List<Features.OtherMeasures.OtherMeasureFigure> OtherMeasureFigures { get; } = [];
    public List<Features.Authorities.AuthorityChange> AuthorityChanges { get; } = [];
    public List<Features.Neighbours.StatisticalNeighbour> Neighbours { get; } = [];
    public List<Derivation> Derivations { get; } = [];
    public List<Features.Statistics.CoverageEntry> Coverage { get; } = [];
    public List<Features.Inspections.OfficialJudgement> OfficialJudgements { get; } = [];
    public List<Features.Boundaries.Boundary> Boundaries { get; } = [];

    /// <summary>Figures a republication gives differently from the publication's own file; reported, never stored.</summary>
    public List<SourceDisagreement> Disagreements { get; } = [];

    /// <summary>Inspections the third-party compilation gives differently from Ofsted's own sheet; reported, never stored.</summary>
    public List<InspectionDisagreement> InspectionDisagreements { get; } = [];

    /// <summary>Where RSX's and RO3's children's social care totals differ; reported, both served.</summary>
    public List<OutturnDisagreement> OutturnDisagreements { get; } = [];

    /// <summary>Reads a seed file once, recording its hash and citation so every figure from it can be traced.</summary>
    public (CsvFile Csv, SourceFile File) Open(string relativePath, SourceCitation citation, Encoding? encoding = null)
    {
        if (opened.TryGetValue(relativePath, out var already))
        {
            return already;
        }
        var bytes = ReadSeedFile(relativePath);
        var text = (encoding ?? Encoding.UTF8).GetString(bytes);
        var csv = CsvFile.Parse(text, relativePath);
        var file = Record(relativePath, bytes, citation, csv.Records.Count);
        opened.Add(relativePath, (csv, file));
        return (csv, file);
    }

    /// <summary>
    /// Reads a seed file that is not CSV (the GeoJSON boundaries), recording its hash and citation as <see cref="Open"/>
    /// does; the caller parses it and sets <see cref="SourceFile.DataRows"/> to what it counts as rows.
    /// </summary>
    public (byte[] Bytes, SourceFile File) OpenDocument(string relativePath, SourceCitation citation)
    {
        var path = relativePath.Replace('\\', '/');
        if (Files.Any(f => f.Path == path))
        {
            throw new InvalidOperationException($"{relativePath} is read twice");
        }
        var bytes = prefetched.Remove(relativePath, out var early) ? early : ReadSeedFile(relativePath);
        return (bytes, Record(relativePath, bytes, citation, 0));
    }

    /// <summary>
    /// Reads a seed file ahead of its pipeline, so work on its bytes can start early (<see cref="Pipelines.RevenueOutturnPipeline.StartParsing"/>).
    /// It is recorded, from these same bytes, when its pipeline opens it with <see cref="OpenDocument"/>. Null when the
    /// file is missing: that is reported when the pipeline opens it, after the errors of the files read before it.
    /// </summary>
    public byte[]? Prefetch(string relativePath) =>
        System.IO.File.Exists(Path.Combine(SeedDirectory, relativePath)) ? prefetched[relativePath] = ReadSeedFile(relativePath) : null;

    private byte[] ReadSeedFile(string relativePath)
    {
        var path = Path.Combine(SeedDirectory, relativePath);
        if (!System.IO.File.Exists(path))
        {
            throw new SourceDataException(relativePath, 0, null, $"the file is missing from the seed directory {SeedDirectory}");
        }
        return System.IO.File.ReadAllBytes(path);
    }

    private SourceFile Record(string relativePath, byte[] bytes, SourceCitation citation, int dataRows)
    {
        var file = new SourceFile
        {
            Path = relativePath.Replace('\\', '/'),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Bytes = bytes.LongLength,
            DataRows = dataRows,
            Publisher = citation.Publication.Publisher,
            Publication = citation.Publication.Title,
            Release = citation.Release,
            ReleaseOrder = citation.ReleaseOrder,
            Table = citation.Table,
            Url = citation.Publication.Url,
            Licence = Publication.Licence,
        };
        Files.Add(file);
        return file;
    }

    /// <summary>Records one published cell as an observation of <paramref name="indicator"/>.</summary>
    public void AddObservation(Indicator indicator, Features.Authorities.Geography geography, int year, PublishedValue value, SourceFile file, int line) =>
        Observations.Add(new Observation
        {
            IndicatorId = indicator.Id,
            Indicator = indicator,
            Geography = geography,
            Year = year,
            Period = Periods.Label(indicator.PeriodKind, year),
            Value = value.Value,
            Status = value.Status,
            SourceValue = value.SourceText,
            SourceFile = file,
            SourceLine = line,
        });

    /// <summary>An indicator an earlier pipeline defined, for a later one (<paramref name="reader"/>) that adds figures to it.</summary>
    public Indicator Defined(string indicatorId, string reader) =>
        indicators.GetValueOrDefault(indicatorId) ?? throw new InvalidOperationException($"indicator '{indicatorId}' must be defined before {reader} adds figures to it");

    /// <summary>Adds an indicator to the catalogue; a second source for the same id must describe it the same way.</summary>
    public Indicator DefineIndicator(Indicator indicator)
    {
        if (indicators.TryGetValue(indicator.Id, out var existing))
        {
            if (existing.Unit != indicator.Unit || existing.PeriodKind != indicator.PeriodKind)
            {
                throw new InvalidOperationException($"indicator '{indicator.Id}' is defined twice with different units or periods");
            }
            return existing;
        }
        indicators.Add(indicator.Id, indicator);
        return indicator;
    }
}
