using ChildServicesApi.Data.Import;
using ChildServicesApi.Data.Import.Pipelines;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Inspections;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>
/// Data to Insight's compilation of Ofsted's ILACS reports overlaps Ofsted's own ILACS sheet up to March 2025. The rule:
/// the official row is served; the compilation's row for the same authority and first day on site is only compared,
/// and every difference is listed in <see cref="ImportContext.InspectionDisagreements"/> and docs/ofsted-compilation-overlaps.csv.
/// </summary>
public sealed class OfstedCompilationTests
{
    private const string Compilation = OfstedCompilationSource.HistoryFile;
    private const string Official = OfstedSource.IlacsHistoryFile;

    [Fact]
    public void StHelens2023_TheOfficialGradesAreServedAndTheCompilationsDifferencesListed()
    {
        // ofsted_csc_ilacs_history.csv line 417 (St Helens, 10/07/2023) has help_and_protection_grade 'good'; Ofsted's
        // ILACS sheet gives that inspection (E08000013, 2023-07-10) 'Requires improvement to be good' for help and protection.
        var compiled = SeedRows.Single(Compilation, ("urn", "80560"), ("inspection_start_date", "10/07/2023"));
        var official = SeedRows.Single(Official, ("Local authority area code", "E08000013"), ("Inspection date", "2023-07-10"));
        const string helpAndProtection = "The experiences and progress of children who need help and protection";
        Assert.Equal(417, compiled.Line);
        Assert.Equal(("good", "Requires improvement to be good"), (compiled["help_and_protection_grade"], official[helpAndProtection]));

        var listed = SeededStore.Context.InspectionDisagreements.Where(d => d.CompilationLine == compiled.Line).ToList();

        var help = Assert.Single(listed, d => d.Field == "help_and_protection_grade");
        Assert.Equal((Official, (int?)official.Line, official[helpAndProtection], "good"), (help.OfficialFile, help.OfficialLine, help.OfficialText, help.CompilationText));
        Assert.Equal(["help_and_protection_grade", "in_care_grade", "care_leavers_grade"], listed.Select(d => d.Field));
        var served = Assert.Single(SeededStore.Context.Inspections, i => i.Geography.GssCode == "E08000013" && i.InspectionDate == new DateOnly(2023, 7, 10));
        Assert.Equal((InspectionSource.Official, Official, official.Line), (served.Source, served.SourceFile.Path, served.SourceLine));
        Assert.Equal(OfstedGrade.RequiresImprovementToBeGood, served.Judgements.Single(j => j.Name == helpAndProtection).Grade);
    }

    [Fact]
    public void EveryOverlap_ServesTheOfficialRowOnly()
    {
        var context = SeededStore.Context;
        var compiled = context.Inspections.Where(i => i.Source == InspectionSource.ThirdPartyCompilation).ToList();

        Assert.NotEmpty(compiled);
        Assert.All(compiled, i => Assert.True(i.PublicationDate > OfstedCompilationSource.OfficialCoverageEnd, $"{i.Geography.Name} {i.PublicationDate}"));
        Assert.All(compiled, i => Assert.DoesNotContain(context.Inspections, o => o.Source == InspectionSource.Official && o.Geography == i.Geography && o.InspectionDate == i.InspectionDate));
        // York's report of 15 April 2025 is in both files: served once, from Ofsted's sheet.
        var york = Assert.Single(context.Inspections, i => i.Geography.LaCode == "816" && i.InspectionDate == new DateOnly(2025, 2, 24));
        Assert.Equal(InspectionSource.Official, york.Source);
    }

    /// <summary>
    /// docs/ofsted-compilation-overlaps.csv lists every difference, reviewed: a changed seed file or rule that adds, removes
    /// or alters one fails here, and the message names a file holding the list as it now is, to review and copy over.
    /// </summary>
    [Fact]
    public void EveryDisagreement_IsInTheReviewedList()
    {
        var path = Path.Combine(SeededStore.SeedDirectory, "..", "docs", "ofsted-compilation-overlaps.csv");
        var lines = new List<string> { "gss_code,la_code,area,inspection_date,field,official_file,official_line,official_cell,compilation_file,compilation_line,compilation_cell" };
        lines.AddRange(SeededStore.Context.InspectionDisagreements
            .OrderBy(d => d.InspectionDate).ThenBy(d => d.Geography.GssCode, StringComparer.Ordinal).ThenBy(d => d.CompilationLine)
            .Select(d => string.Join(',', d.Geography.GssCode, d.Geography.LaCode, $"\"{d.Geography.Name}\"", d.InspectionDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                d.Field, d.OfficialFile, d.OfficialLine, $"\"{d.OfficialText}\"", d.CompilationFile, d.CompilationLine, $"\"{d.CompilationText}\"")));
        var computed = string.Join('\n', lines) + "\n";

        if (File.ReadAllText(path) != computed)
        {
            // Outside the test folders, which are removed when the run ends.
            var now = Path.Combine(Path.GetTempPath(), $"ofsted-compilation-overlaps-{Environment.ProcessId}.csv");
            File.WriteAllText(now, computed);
            Assert.Fail($"the compilation's overlaps changed from docs/ofsted-compilation-overlaps.csv; the list as it now is: {now}");
        }
    }

    /// <summary>Each kind of bad input, in a small copy of the files, fails the pipeline with the file, line and column at fault.</summary>
    public sealed class BadInput : IDisposable
    {
        private const string Header = "urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,inspector_name,inspection_start_date,inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version";
        private const string Wigan = "80579,wigan,https://files.ofsted.gov.uk/v1/file/50291724,x.pdf,26/11/25,standard,A,06/10/2025,17/10/2025,good,good,requires improvement,outstanding,outstanding,1";
        private const string Lookup = "urn,la_code,la_code_new\n80579,359,E08000010\n";
        private const string OfficialHeader = "Web link,Local authority area code,Local authority name,Local authority status,Ofsted region,Inspection date,Publication date,Inspection type,Overall effectiveness,The impact of leaders on social work practice with children and families,The experiences and progress of children who need help and protection,The experiences and progress of children in care,The experiences and progress of care leavers\n";

        private readonly List<TempSeed> seeds = [];

        private ImportContext ContextWith(params string[] lines)
        {
            var seed = TempSeed.WithFiles((Compilation, string.Join('\n', lines) + '\n'), (OfstedCompilationSource.LookupFile, Lookup), (Official, OfficialHeader));
            seeds.Add(seed);
            var context = new ImportContext(seed.Directory);
            var england = new Geography { Level = GeographyLevel.National, GssCode = "E92000001", Name = "England", Slug = "england" };
            context.Geographies.Add(england);
            context.Geographies.Add(new Geography { Level = GeographyLevel.Authority, GssCode = "E08000010", LaCode = "359", Name = "Wigan", Slug = "wigan", Region = england });
            return context;
        }

        private static SourceDataException Fails(ImportContext context) => Assert.Throws<SourceDataException>(() => OfstedCompilationPipeline.Run(context));

        [Fact]
        public void ValidRow_IsAddedFlaggedAndCited()
        {
            var context = ContextWith(Header, Wigan);

            OfstedCompilationPipeline.Run(context);

            var wigan = Assert.Single(context.Inspections);
            Assert.Equal((InspectionSource.ThirdPartyCompilation, OfstedGrade.Good, new DateOnly(2025, 11, 26), 2), (wigan.Source, wigan.OverallEffectiveness, wigan.PublicationDate, wigan.SourceLine));
            Assert.Contains("https://files.ofsted.gov.uk/v1/file/50291724", wigan.Citation, StringComparison.Ordinal);
            Assert.Contains(OfstedCompilationSource.Repository, wigan.Citation, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(",good,good,requires improvement,", ",very good,good,requires improvement,", "overall_effectiveness_grade", "'very good'")]
        [InlineData(",outstanding,outstanding,1", ",outstanding,excellent,1", "care_leavers_grade", "'excellent'")]
        [InlineData(",26/11/25,", ",2025-11-26,", "publication_date", "'2025-11-26'")]
        [InlineData(",standard,", ",focused visit,", "inspection_framework", "'focused visit'")]
        [InlineData(",good,good,requires improvement,", ",not_reported_post_reform,good,requires improvement,", "overall_effectiveness_grade", "April 2026")]
        [InlineData("80579,", "99999,", "urn", "99999")]
        public void BadValue_FailsAtItsLineAndColumn(string cell, string bad, string column, string named)
        {
            var error = Fails(ContextWith(Header, Wigan.Replace(cell, bad, StringComparison.Ordinal)));

            Assert.Equal((Compilation, 2, column), (error.File, error.Line, error.Column));
            Assert.Contains(named, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void ChangedLayout_FailsAtTheHeader()
        {
            var error = Fails(ContextWith(Header.Replace("overall_effectiveness_grade", "overall_grade", StringComparison.Ordinal), Wigan));

            Assert.Equal((Compilation, 1, "overall_effectiveness_grade"), (error.File, error.Line, error.Column));
        }

        /// <summary>A report can only be compared with one official row: two official ILACS rows with its start date stop the import.</summary>
        [Fact]
        public void TwoOfficialInspectionsOfTheSameStart_FailRatherThanPickOne()
        {
            var context = ContextWith(Header, Wigan);
            var wigan = context.Geographies.AuthorityOn("359", new DateOnly(2025, 10, 6))!;
            var (_, sheet) = context.Open(Official, OfstedSource.IlacsHistoryCitation);
            foreach (var (framework, line) in new[] { (InspectionFramework.IlacsStandard, 7), (InspectionFramework.IlacsShort, 9) })
            {
                context.Inspections.Add(new Inspection
                {
                    Geography = wigan, Framework = framework, InspectionDate = new DateOnly(2025, 10, 6), PublicationDate = new DateOnly(2025, 11, 26),
                    Source = InspectionSource.Official, SourceFile = sheet, SourceLine = line,
                });
            }

            var error = Fails(context);

            Assert.Equal((Compilation, 2, "inspection_start_date"), (error.File, error.Line, error.Column));
            Assert.Contains("2 ILACS inspections of Wigan starting 2025-10-06 (lines 7, 9)", error.Message, StringComparison.Ordinal);
        }

        public void Dispose()
        {
            foreach (var seed in seeds)
            {
                seed.Dispose();
            }
        }
    }
}
