using AutoMapper;
using AutoMapper.QueryableExtensions;
using ChildServicesApi.Data;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Features.Spending;

/// <summary><c>/api/v1/spending</c>: Section 251 outturn on children's social care, 2008-09 to 2024-25 (no 2014-15).</summary>
internal static class SpendingApi
{
    public static IEndpointRouteBuilder MapSpendingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Spending", "spending");
        group.MapGet("/", ListSpending).WithName(nameof(ListSpending)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/per-child", ListPerChild).WithName(nameof(ListPerChild)).Expensive().WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        var byAuthority = app.MapVersionedGroup("AuthoritySpending", "authorities/{id}/spending", tag: "Spending");
        byAuthority.MapGet("/", ListAuthoritySpending).WithName(nameof(ListAuthoritySpending)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>List spending</summary>
    /// <remarks>Category totals by default; lines=all adds every source line. Filter by authority, year and category.</remarks>
    [EndpointSummary("List spending")]
    private static async Task<Results<Ok<Paged<SpendingLineResponse>>, ProblemHttpResult, ValidationProblem>> ListSpending(
        [AsParameters] SpendingQuery query, StoreSnapshot data, AppDbContext db, IMapper mapper, HttpContext http, CancellationToken ct)
    {
        var lines = db.SpendingLines.AsQueryable();
        if (query.Authority is { } id)
        {
            var authority = AuthorityLookup.Find(data, id);
            if (authority is null)
            {
                return AuthorityLookup.NotFound(data, id, "authority");
            }
            lines = lines.Where(l => l.GeographyId == authority.Id);
        }
        var page = await Filter(lines, query).ProjectTo<SpendingLineResponse>(mapper.ConfigurationProvider).ToPageAsync(query, http, ct);
        return TypedResults.Ok(page with { Warnings = await SpendingWarnings.AfterLatestAsync(db, query.Year, ct) });
    }

    /// <summary>Get one authority's spending</summary>
    /// <remarks>Per year and category; the same filters as the spending list. England or a region (england, london, or their GSS codes) gives its published totals the same way.</remarks>
    /// <param name="id">Authority: GSS code (E09000003), DfE code (302) or slug (barnet); or england, a region's code or slug.</param>
    [EndpointSummary("Get one authority's spending")]
    private static async Task<Results<Ok<Paged<SpendingLineResponse>>, ProblemHttpResult, ValidationProblem>> ListAuthoritySpending(
        string id, [AsParameters] AuthoritySpendingQuery query, StoreSnapshot data, AppDbContext db, IMapper mapper, HttpContext http, CancellationToken ct)
    {
        var authority = AuthorityLookup.FindAuthorityOrArea(data, id);
        if (authority is null)
        {
            return AuthorityLookup.NotFound(data, id, "id");
        }
        var lines = db.SpendingLines.Where(l => l.GeographyId == authority.Id);
        var page = await Filter(lines, query).ProjectTo<SpendingLineResponse>(mapper.ConfigurationProvider).ToPageAsync(query, http, ct);
        return TypedResults.Ok(page with { Warnings = await SpendingWarnings.AfterLatestAsync(db, query.Year, ct) });
    }

    /// <summary>Show the working of spend per child</summary>
    /// <remarks>Spend per child in need (measure=spend-per-child-in-need), safeguarding spend per child in need (measure=safeguarding-spend-per-child-in-need) or per child aged 0 to 17 (measure=spend-per-child) for each geography and year: the formula, the spending total and the child count used, each with its file, line and permalink. England, regions and London sub-regions are computed on matched sets: both sums run over the area's authorities with both figures published, and basis lists the authorities left out and why. The figures themselves are also indicators, so they can be ranked, summarised and compared.</remarks>
    [EndpointSummary("Show the working of spend per child")]
    private static async Task<Results<Ok<Paged<PerChildResponse>>, ProblemHttpResult, ValidationProblem>> ListPerChild(
        [AsParameters] PerChildQuery query, StoreSnapshot data, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var measure = DerivedMeasures.All.Single(m => m.Id == (query.Measure ?? DerivedMeasures.All[0].Id));
        var derivations = db.Derivations.Where(d => d.IndicatorId == measure.Id);
        if (query.Authority is { Length: > 0 } ids)
        {
            var (geographyIds, missing) = AuthorityLookup.FindAll(data, ids, "authority");
            if (geographyIds is null)
            {
                return missing!;
            }
            derivations = derivations.Where(d => geographyIds.Contains(d.GeographyId));
        }
        if (Kebab.Parse<GeographyLevel>(query.Level) is { } level)
        {
            derivations = derivations.Where(d => d.Geography.Level == level);
        }
        if (query.Year is { } year)
        {
            derivations = derivations.Where(d => d.Year == year);
        }
        var page = await derivations.OrderBy(d => d.Year).ThenBy(d => d.Geography.Name).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.Id, d.Year, d.Value, d.Status, d.NumeratorLabel, d.NumeratorValue, d.NumeratorStatus, NumeratorFile = d.NumeratorSourceFile.Path, d.NumeratorSourceLine,
                NumeratorRelease = d.NumeratorSourceFile.Release, d.DenominatorIndicatorId, d.DenominatorYear, d.DenominatorValue, d.DenominatorStatus,
                DenominatorFile = d.DenominatorSourceFile.Path, d.DenominatorSourceLine, DenominatorRelease = d.DenominatorSourceFile.Release, d.AuthoritiesIncluded,
                Geography = new GeographyRef(d.Geography.GssCode ?? d.Geography.LaCode, d.Geography.LaCode, d.Geography.Name, d.Geography.Slug, d.Geography.Level),
            })
            .ToPageAsync(query, http, ct);
        var areaIds = page.Items.Where(d => d.AuthoritiesIncluded is not null).Select(d => d.Id).ToList();
        var leftOut = (await db.DerivationsLeftOut.Where(l => areaIds.Contains(l.DerivationId))
            .OrderBy(l => l.Authority.Name).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.DerivationId,
                Authority = new LeftOutAuthority(l.Authority.GssCode, l.Authority.LaCode, l.Authority.Name, l.Authority.Slug, l.SpendingStatus, l.ChildCountStatus, l.Reason),
            })
            .ToListAsync(ct)).ToLookup(l => l.DerivationId, l => l.Authority);
        var v = data.DataVersion;
        var items = page.Items.Select(d => new PerChildResponse(measure.Id, d.Geography, d.Year, Periods.FinancialYear(d.Year), d.Value, d.Status, measure.Formula,
            new SpendInput(d.NumeratorLabel, d.NumeratorValue, d.NumeratorStatus, d.NumeratorFile, d.NumeratorSourceLine, d.NumeratorRelease,
                d.Geography.Level == GeographyLevel.Authority
                    ? $"/api/v1/spending?authority={Uri.EscapeDataString(d.Geography.Code ?? d.Geography.Slug)}&year={d.Year}&category=total-childrens-social-care&{DataVersionPins.Parameter}={v}"
                    : null),
            new ChildCountInput(d.DenominatorIndicatorId, d.DenominatorYear, Periods.Label(measure.DenominatorPeriod, d.DenominatorYear), d.DenominatorValue, d.DenominatorStatus,
                d.DenominatorFile, d.DenominatorSourceLine, d.DenominatorRelease,
                d.AuthoritiesIncluded is null ? Citations.FigureLink(d.DenominatorIndicatorId, d.Geography, d.DenominatorYear, v) : null),
            d.AuthoritiesIncluded is { } included ? new MatchedSetBasis(included, leftOut[d.Id].ToList(), MatchedSets.Rule) : null,
            Citations.FigureLink(measure.Id, d.Geography, d.Year, v))).ToList();
        return TypedResults.Ok(new Paged<PerChildResponse>(items, page.Paging) { Warnings = await SpendingWarnings.AfterLatestAsync(db, query.Year, ct) });
    }

    private static IOrderedQueryable<SpendingLine> Filter(IQueryable<SpendingLine> lines, ISpendingFilters query)
    {
        if (query.Lines != "all")
        {
            lines = lines.Where(l => l.Role == SpendingLineRole.CategoryTotal || l.Role == SpendingLineRole.DerivedTotal);
        }
        if (query.Year is { } year)
        {
            lines = lines.Where(l => l.Year == year);
        }
        if (Kebab.Parse<SpendingCategory>(query.Category) is { } category)
        {
            lines = lines.Where(l => l.Category == category);
        }
        var descending = query.Sort?.StartsWith('-') == true;
        var sorted = query.Sort?.TrimStart('-') switch
        {
            "amount" => descending
                ? lines.OrderBy(l => l.GrossExpenditure == null).ThenByDescending(l => l.GrossExpenditure)
                : lines.OrderBy(l => l.GrossExpenditure == null).ThenBy(l => l.GrossExpenditure),
            "name" => descending ? lines.OrderByDescending(l => l.Geography.Name).ThenBy(l => l.Year) : lines.OrderBy(l => l.Geography.Name).ThenBy(l => l.Year),
            _ => descending ? lines.OrderByDescending(l => l.Year).ThenBy(l => l.Geography.Name) : lines.OrderBy(l => l.Year).ThenBy(l => l.Geography.Name),
        };
        return sorted.ThenBy(l => l.Id);
    }
}
