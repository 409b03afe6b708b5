using ChildServicesApi.Data;
using ChildServicesApi.Features.Regions;
using ChildServicesApi.Http;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.Authorities;

/// <summary>The geography filters list answers share: <c>authority</c> (repeatable), <c>region</c> and <c>level</c>.</summary>
internal interface IGeographyFilters
{
    string[]? Authority { get; }

    string? Region { get; }

    string? Level { get; }
}

/// <summary>What <see cref="IGeographyFilters"/> select, and their rules.</summary>
internal static class GeographyFilter
{
    /// <summary>A known level, and the repeated-authority rules.</summary>
    public static void ValidateGeographyFilters<T>(this AbstractValidator<T> validator) where T : IGeographyFilters
    {
        validator.RuleFor(q => q.Level).Must(Kebab.IsValid<GeographyLevel>).WithName("level")
            .WithMessage($"'level' must be one of {string.Join(", ", Kebab.Names<GeographyLevel>())}.");
        validator.ValidateAuthorities(q => q.Authority);
    }

    /// <summary>
    /// The rows whose geography (<paramref name="geographyOf"/>) is one of the authorities, in the region (the region
    /// itself, its sub-regions and its authorities) and at the level asked for, in their order; or the 404 for an
    /// authority or region nothing has, naming its parameter.
    /// </summary>
    public static (IEnumerable<T>? Rows, ProblemHttpResult? Problem) Apply<T>(StoreSnapshot data, IEnumerable<T> rows, Func<T, int> geographyOf, IGeographyFilters query)
    {
        if (query.Authority is { Length: > 0 } ids)
        {
            var (geographyIds, missing) = AuthorityLookup.FindAll(data, ids, "authority");
            if (geographyIds is null)
            {
                return (null, missing!);
            }
            rows = rows.Where(r => geographyIds.Contains(geographyOf(r)));
        }
        if (query.Region is { } regionId)
        {
            if (RegionLookup.Find(data, regionId) is not { } found)
            {
                return (null, RegionLookup.NotFound(regionId));
            }
            rows = rows.Where(r => data.Geography(geographyOf(r)) is var g && (g.RegionId == found.Id || g.SubregionId == found.Id || g.Id == found.Id));
        }
        if (Kebab.Parse<GeographyLevel>(query.Level) is { } wanted)
        {
            rows = rows.Where(r => data.Geography(geographyOf(r)).Level == wanted);
        }
        return (rows, null);
    }
}
