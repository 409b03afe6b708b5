using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ChildServicesApi.Data.Import.Pipelines;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Spending;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Data.Import;

/// <summary>What an import produced: the store, and the manifest naming it and its CSV zip with their SHA-256.</summary>
internal sealed record ImportReport(string DatabasePath, string DataVersion, TimeSpan Duration, IReadOnlyDictionary<string, int> RowCounts, StoreManifest Manifest);

/// <summary>
/// Builds the store from seed/: every pipeline reads and validates its files into memory, the result is written to a
/// new database file beside the live one, and only a complete file is renamed over the live one. A failure at any
/// point (bad data, a crash, a kill) leaves the live database as it was. Beside the store it publishes the store
/// artifact: a zip of one CSV per table (<see cref="CsvZipExport"/>) and the manifest (<see cref="StoreManifest"/>).
/// </summary>
internal static partial class StoreImporter
{
    /// <summary>Bump when a mapping changes what the same files produce, so the data version (and every ETag) changes.</summary>
    public const int ImporterVersion = 26;

    public static ImportReport Import(string seedDirectory, string databasePath, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var started = clock.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        return Publish(Read(seedDirectory), databasePath, clock, started, stopwatch);
    }

    /// <summary>
    /// Builds and publishes the store from what <see cref="Read"/> read: the tests read the seed once, for the shared
    /// store and for their checks of what the pipelines found.
    /// </summary>
    internal static ImportReport Import(ImportContext context, string databasePath)
    {
        var clock = TimeProvider.System;
        return Publish(context, databasePath, clock, clock.GetUtcNow(), Stopwatch.StartNew());
    }

    private static ImportReport Publish(ImportContext context, string databasePath, TimeProvider clock, DateTimeOffset started, Stopwatch stopwatch)
    {
        var dataVersion = DataVersion(context.Files);

        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        Directory.CreateDirectory(directory);
        RemoveAbandonedBuilds(directory, Path.GetFileName(databasePath));
        var buildPath = Path.Combine(directory, $".{Path.GetFileName(databasePath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.building");
        var zipBuildPath = buildPath + ".zip";
        try
        {
            var counts = Write(context, buildPath, dataVersion, started, clock);
            CsvZipExport.Write(buildPath, zipBuildPath, dataVersion);
            var zipName = CsvZipName(databasePath, dataVersion);
            var manifest = new StoreManifest(dataVersion, ImporterVersion, clock.GetUtcNow(),
                ArtifactFile.Of(buildPath, Path.GetFileName(databasePath)), ArtifactFile.Of(zipBuildPath, zipName));
            // The zip's name carries its data version, so the one the old manifest names stays until the swap is done.
            File.Move(zipBuildPath, Path.Combine(directory, zipName), overwrite: true);
            // rename(2) within one directory is atomic: readers see the old file or the new one, never a mix.
            File.Move(buildPath, databasePath, overwrite: true);
            manifest.Write(databasePath);
            RemoveOtherCsvZips(databasePath, zipName);
            return new ImportReport(databasePath, dataVersion, stopwatch.Elapsed, counts, manifest);
        }
        finally
        {
            DeleteBuildFiles(buildPath);
        }
    }

    /// <summary>The CSV zip's file name beside the store: <c>childservices-{dataVersion}-csv.zip</c>.</summary>
    private static string CsvZipName(string databasePath, string dataVersion) =>
        $"{Path.GetFileNameWithoutExtension(databasePath)}-{dataVersion}-csv.zip";

    /// <summary>The zips of earlier data versions: no manifest names them any more.</summary>
    private static void RemoveOtherCsvZips(string databasePath, string keep)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        foreach (var path in Directory.EnumerateFiles(directory, $"{Path.GetFileNameWithoutExtension(databasePath)}-*-csv.zip"))
        {
            if (Path.GetFileName(path) != keep && CsvZipVersion().IsMatch(Path.GetFileName(path)[Path.GetFileNameWithoutExtension(databasePath).Length..]))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Runs every pipeline; throws <see cref="SourceDataException"/> on the first thing it cannot trust.</summary>
    internal static ImportContext Read(string seedDirectory)
    {
        if (!Directory.Exists(seedDirectory))
        {
            throw new DirectoryNotFoundException($"seed directory not found: {seedDirectory}");
        }
        var context = new ImportContext(seedDirectory);
        // A failure anywhere stops the workbook parses running beside the pipelines; after a success they are done.
        using var parses = new CancellationTokenSource();
        var workbooks = RevenueOutturnPipeline.StartParsing(context, parses.Token);
        try
        {
            var changes = AuthoritiesPipeline.Run(context);
            context.AuthorityChanges.AddRange(changes);
            BoundariesPipeline.Run(context);
            foreach (var spec in ChildrenInNeedSource.Files()
                         .Concat(ChildrenLookedAfterSource.Files())
                         .Append(WorkforceSource.File)
                         .Append(PopulationSource.File))
            {
                EesObservationsPipeline.Run(context, spec);
            }
            ChildrenLookedAfterSfrPipeline.Run(context);
            LaitPipeline.Run(context);
            SchoolOutcomesPipeline.Run(context);
            OtherMeasuresPipeline.Run(context);
            S251Pipeline.Run(context);
            SpendingTotals.AddDerivedTotals(context);
            RevenueOutturnPipeline.Run(context, workbooks);
            OfstedPipeline.Run(context);
            OfstedCompilationPipeline.Run(context);
            NeighboursPipeline.Run(context);
            MarkCurrentReleases(context.Observations);
            DerivedFigures.Add(context);
            ExplainedStatuses.Add(context);
            IndicatorNotes.Add(context);
            CoverageTable.Add(context);
        }
        finally
        {
            parses.Cancel();
        }
        return context;
    }

    /// <summary>Where releases overlap, the figure from the latest release is the current one; the others stay, marked superseded.</summary>
    private static void MarkCurrentReleases(List<Observation> observations)
    {
        // Two passes over a dictionary of each period's latest release, not a GroupBy of 320,000 figures into groupings.
        var latest = new Dictionary<(string IndicatorId, Geography Geography, int Year), int>();
        foreach (var observation in observations)
        {
            var key = (observation.IndicatorId, observation.Geography, observation.Year);
            var order = observation.SourceFile.ReleaseOrder;
            if (!latest.TryGetValue(key, out var seen) || order > seen)
            {
                latest[key] = order;
            }
        }
        foreach (var observation in observations)
        {
            observation.IsCurrent = observation.SourceFile.ReleaseOrder == latest[(observation.IndicatorId, observation.Geography, observation.Year)];
        }
    }

    /// <summary>A hash of the importer version and every source file's hash: the same files always give the same version.</summary>
    private static string DataVersion(IEnumerable<SourceFile> files)
    {
        var manifest = new StringBuilder($"importer {ImporterVersion}\n");
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            manifest.Append(file.Path).Append(' ').Append(file.Sha256).Append('\n');
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest.ToString())));
        return $"{ImporterVersion}.{hash[..16]}";
    }

    private static Dictionary<string, int> Write(ImportContext context, string buildPath, string dataVersion, DateTimeOffset started, TimeProvider clock)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = buildPath, Pooling = false }.ToString())
            .Options;
        using var db = new AppDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Database.EnsureCreated();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        using (var transaction = db.Database.BeginTransaction())
        {
            db.SourceFiles.AddRange(context.Files);
            db.Geographies.AddRange(context.Geographies.All);
            db.AuthorityChanges.AddRange(context.AuthorityChanges);
            db.AuthorityGroupMembers.AddRange(context.Geographies.GroupMembers);
            db.GssCodeAliases.AddRange(context.Geographies.CodeAliases);
            db.Indicators.AddRange(context.Indicators);
            db.Inspections.AddRange(context.Inspections);
            db.Boundaries.AddRange(context.Boundaries);
            db.SchoolOutcomes.AddRange(context.SchoolOutcomes);
            db.OtherMeasures.AddRange(context.OtherMeasures);
            db.SaveChanges();

            // The two large tables bypass change tracking; their keys come from the rows saved above.
            foreach (var observation in context.Observations)
            {
                observation.GeographyId = observation.Geography.Id;
                observation.SourceFileId = observation.SourceFile.Id;
            }
            BulkWriter.Insert(db, context.Observations);
            // Three more tables of thousands of rows without children of their own: SaveChanges spent a second on them.
            foreach (var neighbour in context.Neighbours)
            {
                (neighbour.AuthorityId, neighbour.NeighbourId, neighbour.SourceFileId) = (neighbour.Authority.Id, neighbour.Neighbour.Id, neighbour.SourceFile.Id);
            }
            BulkWriter.Insert(db, context.Neighbours);
            BulkWriter.Insert(db, context.Coverage);
            foreach (var judgement in context.OfficialJudgements)
            {
                (judgement.GeographyId, judgement.SourceFileId) = (judgement.Geography.Id, judgement.SourceFile.Id);
            }
            BulkWriter.Insert(db, context.OfficialJudgements);
            foreach (var line in context.SpendingLines)
            {
                line.GeographyId = line.Geography.Id;
                line.SourceFileId = line.SourceFile.Id;
            }
            BulkWriter.Insert(db, context.SpendingLines);
            foreach (var figure in context.OutturnFigures)
            {
                figure.GeographyId = figure.Geography.Id;
                figure.SourceFileId = figure.SourceFile.Id;
            }
            BulkWriter.Insert(db, context.OutturnFigures);
            foreach (var figure in context.SchoolOutcomeFigures)
            {
                figure.GeographyId = figure.Geography.Id;
                figure.SourceFileId = figure.SourceFile.Id;
            }
            BulkWriter.Insert(db, context.SchoolOutcomeFigures);
            foreach (var figure in context.OtherMeasureFigures)
            {
                figure.GeographyId = figure.Geography.Id;
                figure.SourceFileId = figure.SourceFile.Id;
            }
            BulkWriter.Insert(db, context.OtherMeasureFigures);
            var id = 0;
            foreach (var derivation in context.Derivations)
            {
                derivation.Id = ++id;
                derivation.GeographyId = derivation.Geography.Id;
                derivation.NumeratorSourceFileId = derivation.NumeratorSourceFile.Id;
                derivation.DenominatorSourceFileId = derivation.DenominatorSourceFile.Id;
            }
            BulkWriter.Insert(db, context.Derivations);
            foreach (var derivation in context.Derivations)
            {
                foreach (var authority in derivation.LeftOut)
                {
                    authority.DerivationId = derivation.Id;
                    authority.AuthorityId = authority.Authority.Id;
                }
            }
            BulkWriter.Insert(db, context.Derivations.SelectMany(d => d.LeftOut));

            var counts = new Dictionary<string, int>
            {
                ["geographies"] = context.Geographies.All.Count,
                ["authorityChanges"] = context.AuthorityChanges.Count,
                ["authorityGroupMembers"] = context.Geographies.GroupMembers.Count,
                ["gssCodeAliases"] = context.Geographies.CodeAliases.Count,
                ["indicators"] = context.Indicators.Count,
                ["indicatorCaveats"] = context.Indicators.Sum(i => i.Caveats.Count),
                ["observations"] = context.Observations.Count,
                ["inspections"] = context.Inspections.Count,
                ["inspectionJudgements"] = context.Inspections.Sum(i => i.Judgements.Count),
                ["spendingLines"] = context.SpendingLines.Count,
                ["outturnFigures"] = context.OutturnFigures.Count,
                ["schoolOutcomes"] = context.SchoolOutcomes.Count,
                ["schoolOutcomeFigures"] = context.SchoolOutcomeFigures.Count,
                ["otherMeasures"] = context.OtherMeasures.Count,
                ["otherMeasureFigures"] = context.OtherMeasureFigures.Count,
                ["statisticalNeighbours"] = context.Neighbours.Count,
                ["derivations"] = context.Derivations.Count,
                ["derivationsLeftOut"] = context.Derivations.Sum(d => d.LeftOut.Count),
                ["coverage"] = context.Coverage.Count,
                ["officialJudgements"] = context.OfficialJudgements.Count,
                ["boundaries"] = context.Boundaries.Count,
                ["sourceFiles"] = context.Files.Count,
            };
            db.ImportRecords.Add(new ImportRecord
            {
                DataVersion = dataVersion,
                StartedAt = started,
                CompletedAt = clock.GetUtcNow(),
                ImporterVersion = ImporterVersion,
                TableCounts = counts.Select(c => new ImportTableCount { Table = c.Key, Rows = c.Value }).ToList(),
            });
            db.SaveChanges();
            transaction.Commit();
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode = DELETE;");
            return counts;
        }
    }

    /// <summary>Removes the half-built files of imports whose process was killed (the process id is in the name).</summary>
    private static void RemoveAbandonedBuilds(string directory, string databaseName)
    {
        foreach (var path in Directory.EnumerateFiles(directory, $".{databaseName}.*.building*"))
        {
            var processId = Path.GetFileName(path)[(databaseName.Length + 2)..].Split('.')[0];
            if (int.TryParse(processId, out var id) && !IsRunning(id))
            {
                File.Delete(path);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("^-[0-9]{1,9}\\.[0-9a-f]{16}-csv\\.zip$")]
    private static partial Regex CsvZipVersion();

    private static void DeleteBuildFiles(string buildPath)
    {
        foreach (var path in new[] { buildPath, buildPath + "-journal", buildPath + "-wal", buildPath + "-shm", buildPath + ".zip" })
        {
            File.Delete(path);
        }
    }
}
