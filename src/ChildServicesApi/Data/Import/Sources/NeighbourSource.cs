using ChildServicesApi.Domain;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// One DfE statistical-neighbour model: its file, the date its authority codes refer to, and its neighbour columns.
/// Each neighbour's closeness band is the column just right of it (the 2021 file heads all ten "SNP").
/// </summary>
internal sealed record NeighbourModelSpec(
    int Year, string File, SourceCitation Citation, DateOnly CodesAsAt, string CodeColumn, string NameColumn,
    IReadOnlyList<string> NeighbourColumns);

/// <summary>DfE's statistical neighbour models: the 2025 model (the default) and the April 2021 groupings (kept, dated).</summary>
internal static class NeighbourSource
{
    public static readonly Publication Benchmarking = new(Publications.Dfe, "Children's services statistical neighbour benchmarking tool",
        "https://www.gov.uk/government/publications/local-authority-interactive-tool-lait");

    public const int LatestModel = 2025;
    public const int EarlierModel = 2021;

    public static readonly NeighbourModelSpec Model2025 = new(
        LatestModel, "neighbours/sn_model_2025_wide.csv",
        new SourceCitation(Benchmarking, "Statistical neighbour model 2025", 20250501, "sn_model_2025_wide.csv (10 neighbours per authority with closeness)"),
        new DateOnly(2025, 5, 1), "old_la_code", "la_name",
        [.. Enumerable.Range(1, 10).Select(i => $"SN_{i}")]);

    public static readonly NeighbourModelSpec Model2021 = new(
        EarlierModel, "neighbours/New_Statistical_Neighbour_Groupings_April_2021.csv",
        new SourceCitation(Benchmarking, "Statistical neighbour groupings, April 2021 (local government reorganisation version)", 20210401,
            "New_Statistical_Neighbour_Groupings_April_2021.csv (10 neighbours per authority with closeness; predecessor authorities listed under \"Old SNs\")"),
        new DateOnly(2021, 4, 1), "LA num", "LA Name",
        [.. Enumerable.Range(1, 10).Select(i => $"SN{i}")]);

    public static readonly IReadOnlyList<NeighbourModelSpec> Models = [Model2025, Model2021];
}
