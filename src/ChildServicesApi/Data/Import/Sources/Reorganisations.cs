using ChildServicesApi.Features.Authorities;

namespace ChildServicesApi.Data.Import.Sources;

/// <summary>
/// The local government reorganisations that touch children's services in the years the data covers.
/// Facts of law, not statistics: each names the order that made it. The authorities pipeline checks that
/// every authority appearing or disappearing in the DfE files is explained by one of these links.
/// </summary>
internal static class Reorganisations
{
    /// <summary>An authority by its DfE code and, where it had one, its GSS code.</summary>
    internal sealed record AuthorityKey(string LaCode, string? GssCode);

    internal sealed record Link(AuthorityKey Predecessor, AuthorityKey Successor, DateOnly EffectiveDate, AuthorityChangeKind Kind, string Basis);

    /// <summary>Authorities abolished before GSS codes and the DfE CIN files; seen only in the 2008-09 S251 return.</summary>
    internal sealed record PreGssAuthority(string LaCode, string Name, AuthorityType Type, string RegionGssCode);

    public static readonly IReadOnlyList<PreGssAuthority> PreGssAuthorities =
    [
        new("820", "Bedfordshire", AuthorityType.ShireCounty, "E12000006"),
        new("875", "Cheshire", AuthorityType.ShireCounty, "E12000002"),
    ];

    internal sealed record Alias(string Code, string GssCode, string Reason);

    /// <summary>GSS codes some tables use in place of the one table B1 uses for the authority.</summary>
    public static readonly IReadOnlyList<Alias> Aliases =
    [
        new("E08000020", "E08000037", "Gateshead's code until ONS recoded it for the 2013 boundary change with Northumberland; table C4 uses it to 2019"),
        new("E06000048", "E06000057", "Northumberland's code until ONS recoded it for the 2013 boundary change with Gateshead; table C4 uses it to 2019"),
        new("E08000038", "E08000016", "Barnsley's new code after ONS recoded it for a boundary change with Sheffield; the 2025 workforce table uses it"),
        new("E08000039", "E08000019", "Sheffield's new code after ONS recoded it for a boundary change with Barnsley; the 2025 workforce table uses it"),
    ];

    private static readonly DateOnly April2009 = new(2009, 4, 1);
    private static readonly DateOnly April2019 = new(2019, 4, 1);
    private static readonly DateOnly April2020 = new(2020, 4, 1);
    private static readonly DateOnly April2021 = new(2021, 4, 1);
    private static readonly DateOnly April2023 = new(2023, 4, 1);

    private const string Bedfordshire = "The Bedfordshire (Structural Changes) Order 2008";
    private const string Cheshire = "The Cheshire (Structural Changes) Order 2008";
    private const string Dorset = "The Bournemouth, Dorset and Poole (Structural Changes) Order 2018";
    private const string Buckinghamshire = "The Buckinghamshire (Structural Changes) Order 2019";
    private const string Northamptonshire = "The Northamptonshire (Structural Changes) Order 2020";
    private const string Cumbria = "The Cumbria (Structural Changes) Order 2022";
    private const string NorthYorkshire = "The North Yorkshire (Structural Changes) Order 2022";
    private const string Somerset = "The Somerset (Structural Changes) Order 2022";

    /// <summary>A county council that became a unitary authority with the same area and DfE code: one authority, recoded.</summary>
    internal sealed record CodeChange(string LaCode, string FormerGssCode, string GssCode, DateOnly EffectiveDate, string Basis);

    /// <summary>
    /// Code-only changes. For children's services nothing changed but the GSS code, so the API keeps one authority
    /// with its codes over time, and figures and inspections filed under either code belong to it.
    /// </summary>
    public static readonly IReadOnlyList<CodeChange> CodeChanges =
    [
        new("825", "E10000002", "E06000060", April2020, Buckinghamshire),
        new("815", "E10000023", "E06000065", April2023, NorthYorkshire),
        new("933", "E10000027", "E06000066", April2023, Somerset),
    ];

    public static readonly IReadOnlyList<Link> Links =
    [
        new(new("820", null), new("822", "E06000055"), April2009, AuthorityChangeKind.Split, Bedfordshire),
        new(new("820", null), new("823", "E06000056"), April2009, AuthorityChangeKind.Split, Bedfordshire),
        new(new("875", null), new("895", "E06000049"), April2009, AuthorityChangeKind.Split, Cheshire),
        new(new("875", null), new("896", "E06000050"), April2009, AuthorityChangeKind.Split, Cheshire),
        // Christchurch left Dorset county for BCP, so the county split while Bournemouth and Poole merged.
        new(new("835", "E10000009"), new("838", "E06000059"), April2019, AuthorityChangeKind.Split, Dorset),
        new(new("835", "E10000009"), new("839", "E06000058"), April2019, AuthorityChangeKind.Split, Dorset),
        new(new("836", "E06000029"), new("839", "E06000058"), April2019, AuthorityChangeKind.Merger, Dorset),
        new(new("837", "E06000028"), new("839", "E06000058"), April2019, AuthorityChangeKind.Merger, Dorset),
        new(new("928", "E10000021"), new("940", "E06000061"), April2021, AuthorityChangeKind.Split, Northamptonshire),
        new(new("928", "E10000021"), new("941", "E06000062"), April2021, AuthorityChangeKind.Split, Northamptonshire),
        new(new("909", "E10000006"), new("942", "E06000063"), April2023, AuthorityChangeKind.Split, Cumbria),
        new(new("909", "E10000006"), new("943", "E06000064"), April2023, AuthorityChangeKind.Split, Cumbria),
    ];
}
