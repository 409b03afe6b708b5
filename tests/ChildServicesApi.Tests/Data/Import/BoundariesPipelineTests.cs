using System.Text.Json.Nodes;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Data.Import.Pipelines;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Boundaries;
using ChildServicesApi.Tests.Infrastructure;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>
/// The boundaries pipeline on the real register (table B1) and the real boundary file, or a copy of it broken on
/// purpose: every current authority has exactly one feature, and abolished authorities are drawn only where exact.
/// </summary>
public sealed class BoundariesPipelineTests : IDisposable
{
    private readonly List<TempSeed> seeds = [];

    private static JsonNode RealBoundaries() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(SeededStore.SeedDirectory, BoundariesSource.File)))!;

    /// <summary>Reads the register and the given boundary file; <paramref name="adjust"/> may change the reorganisation links first.</summary>
    private ImportContext Read(JsonNode boundaries, Action<ImportContext>? adjust = null)
    {
        var seed = TempSeed.WithFiles(
            (AuthoritiesPipeline.RegisterFile, File.ReadAllText(Path.Combine(SeededStore.SeedDirectory, AuthoritiesPipeline.RegisterFile))),
            (BoundariesSource.File, boundaries.ToJsonString()));
        seeds.Add(seed);
        var context = new ImportContext(seed.Directory);
        context.AuthorityChanges.AddRange(AuthoritiesPipeline.Run(context));
        adjust?.Invoke(context);
        BoundariesPipeline.Run(context);
        return context;
    }

    private static JsonArray Features(JsonNode boundaries) => boundaries["features"]!.AsArray();

    private static JsonNode Feature(JsonNode boundaries, string code) =>
        Features(boundaries).Single(f => f!["properties"]!["code"]!.GetValue<string>() == code)!;

    private static Dictionary<string, Boundary> BySlug(ImportContext context) => context.Boundaries.ToDictionary(b => b.Geography.Slug);

    [Fact]
    public void RealFile_GivesEveryAuthorityOneArea_UnionsOnlyWhereExact()
    {
        var context = Read(RealBoundaries());
        var boundaries = BySlug(context);

        Assert.Equal(context.Geographies.Authorities.Count(), context.Boundaries.Count);
        Assert.Equal(153, context.Boundaries.Count(b => b.Basis == BoundaryBasis.Published));
        Assert.All(context.Boundaries.Where(b => b.Basis == BoundaryBasis.Published), b => Assert.NotNull(b.SourceFeature));
        Assert.Equal(["bedfordshire", "cheshire", "cumbria", "northamptonshire"],
            context.Boundaries.Where(b => b.Basis == BoundaryBasis.UnionOfSuccessors).Select(b => b.Geography.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(["bournemouth", "dorset-until-2019", "poole"],
            context.Boundaries.Where(b => b.Basis == BoundaryBasis.NoMatchingBoundary).Select(b => b.Geography.Slug).Order(StringComparer.Ordinal));
        Assert.All(context.Boundaries.Where(b => b.Basis == BoundaryBasis.NoMatchingBoundary), b => Assert.Null(b.GeoJson));
        Assert.Equal(153, context.Files.Single(f => f.Path == BoundariesSource.File).DataRows);
        // Cumbria's box spans both successors': Cumberland's north and west, Westmorland and Furness's south and east.
        var (cumbria, cumberland, westmorland) = (boundaries["cumbria"], boundaries["cumberland"], boundaries["westmorland-and-furness"]);
        Assert.Equal((cumberland.West, cumberland.North), (cumbria.West, cumbria.North));
        Assert.Equal(Math.Min(cumberland.South!.Value, westmorland.South!.Value), cumbria.South);
        Assert.Equal(Math.Max(cumberland.East!.Value, westmorland.East!.Value), cumbria.East);
    }

    [Fact]
    public void TheRuleComesFromTheReorganisationLinks_NotFromNames()
    {
        // Were Bournemouth and Poole not part of BCP, BCP would have come from Dorset county alone: its area would be exact.
        var context = Read(RealBoundaries(), c => c.AuthorityChanges.RemoveAll(l => l.Kind == AuthorityChangeKind.Merger));
        var boundaries = BySlug(context);

        Assert.Equal(BoundaryBasis.UnionOfSuccessors, boundaries["dorset-until-2019"].Basis);
        Assert.Equal(BoundaryBasis.NoMatchingBoundary, boundaries["poole"].Basis);
        Assert.Contains("No successor is recorded", boundaries["poole"].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingAuthority_FailsNamingTheFileAndTheAuthority()
    {
        var boundaries = RealBoundaries();
        Features(boundaries).Remove(Feature(boundaries, "E09000003"));

        var error = Assert.Throws<SourceDataException>(() => Read(boundaries));

        Assert.Equal(BoundariesSource.File, error.File);
        Assert.Contains("Barnet (E09000003)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAuthorityTwice_Fails()
    {
        var boundaries = RealBoundaries();
        Features(boundaries).Add(Feature(boundaries, "E09000003").DeepClone());

        var error = Assert.Throws<SourceDataException>(() => Read(boundaries));

        Assert.Equal(BoundariesSource.File, error.File);
        Assert.Contains("feature 154", error.Message, StringComparison.Ordinal);
        Assert.Contains("Barnet (E09000003) already has feature", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("E10000002", "not a current authority's code")]
    [InlineData("E10000006", "not a current authority's code")]
    [InlineData("E09999999", "not an authority in the register")]
    public void ACodeThatIsNotACurrentAuthoritys_Fails(string code, string problem)
    {
        var boundaries = RealBoundaries();
        // Buckinghamshire's feature under its former county code, abolished Cumbria's, or an unknown code.
        Feature(boundaries, "E06000060")["properties"]!["code"] = code;

        var error = Assert.Throws<SourceDataException>(() => Read(boundaries));

        Assert.Equal(BoundariesSource.File, error.File);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGeometryThatIsNotAnArea_Fails()
    {
        var boundaries = RealBoundaries();
        Feature(boundaries, "E09000003")["geometry"] = JsonNode.Parse("""{"type":"Point","coordinates":[-0.2,51.6]}""");

        var error = Assert.Throws<SourceDataException>(() => Read(boundaries));

        Assert.Contains("Point geometry", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var seed in seeds)
        {
            seed.Dispose();
        }
    }
}
