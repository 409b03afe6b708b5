using ChildServicesApi.Data;
using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildServicesApi.Features.Spending;

/// <summary><c>/api/v1/spending</c>: Section 251 outturn on children's social care, 2008-09 to 2024-25 (no 2014-15); and, apart from it, MHCLG's revenue outturn (<c>/revenue-outturn</c>), 2022-23 to 2024-25.</summary>
internal static class SpendingApi
{
    public static IEndpointRouteBuilder MapSpendingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapVersionedGroup("Spending", "spending");
        group.MapGet("/", ListSpending).WithName(nameof(ListSpending)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/revenue-outturn", ListRevenueOutturn).WithName(nameof(ListRevenueOutturn)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/per-child", ListPerChild).WithName(nameof(ListPerChild)).Expensive().WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        var byAuthority = app.MapVersionedGroup("AuthoritySpending", "authorities/{id}/spending", tag: "Spending").ForAuthorityOrArea();
        byAuthority.MapGet("/", ListAuthoritySpending).WithName(nameof(ListAuthoritySpending)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        byAuthority.MapGet("/revenue-outturn", ListAuthorityRevenueOutturn).WithName(nameof(ListAuthorityRevenueOutturn)).WithCsv().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>List spending</summary>
    /// <remarks>Category totals by default; lines=all adds every source line. Filter by authority, year and category.</remarks>
    [EndpointSummary("List spending")]
    private static Results<Ok<Paged<SpendingLineResponse>>, ProblemHttpResult, ValidationProblem> ListSpending(
        [AsParameters] SpendingQuery query, StoreSnapshot data, HttpContext http)
    {
        var spending = SpendingRecords.Of(data);
        var (lines, missing) = AuthorityLookup.RowsFor(data, query.Authority, spending.Lines, spending.LinesOf);
        if (lines is null)
        {
            return missing!;
        }
        var page = Filter(lines, query).ToList().ToPage(query, http);
        return TypedResults.Ok(page with { Warnings = SpendingWarnings.AfterLatest(spending.LatestYear, query.Year) });
    }

    /// <summary>Get one authority's spending</summary>
    /// <remarks>Per year and category; the same filters as the spending list. England or a region (england, london, or their GSS codes) gives its published totals the same way.</remarks>
    /// <param name="id">Authority: GSS code (E09000003), DfE code (302) or slug (barnet); or england, a region's code or slug.</param>
    [EndpointSummary("Get one authority's spending")]
    private static Results<Ok<Paged<SpendingLineResponse>>, ProblemHttpResult, ValidationProblem> ListAuthoritySpending(
        string id, [AsParameters] AuthoritySpendingQuery query, RouteAuthority route, StoreSnapshot data, HttpContext http)
    {
        var spending = SpendingRecords.Of(data);
        var page = Filter(spending.LinesOf[route.Geography.Id], query).ToList().ToPage(query, http);
        return TypedResults.Ok(page with { Warnings = SpendingWarnings.AfterLatest(spending.LatestYear, query.Year) });
    }

    /// <summary>List revenue outturn</summary>
    /// <remarks>MHCLG's revenue outturn on children's social care, 2022-23 to 2024-25, for children's services authorities: RSX's service total (line 330) and RO3's lines (10 to 30), total and net current expenditure, in pounds, each cited to its workbook cell. A different collection from the Section 251 figures of /spending, with different definitions (RO3's total includes Sure Start, youth justice, asylum seekers and services for young people): shown beside them, never added. Districts, police, fire and other bodies in the workbooks are not served.</remarks>
    [EndpointSummary("List revenue outturn")]
    private static Results<Ok<Paged<OutturnFigureResponse>>, ProblemHttpResult, ValidationProblem> ListRevenueOutturn(
        [AsParameters] OutturnQuery query, StoreSnapshot data, HttpContext http)
    {
        var outturn = OutturnRecords.Of(data);
        var (figures, missing) = AuthorityLookup.RowsFor(data, query.Authority, outturn.Figures, outturn.FiguresOf);
        if (figures is null)
        {
            return missing!;
        }
        var page = Filter(figures, query).ToList().ToPage(query, http);
        return TypedResults.Ok(page with { Warnings = SpendingWarnings.AfterLatest(outturn.LatestYear, query.Year) });
    }

    /// <summary>Get one authority's revenue outturn</summary>
    /// <remarks>The same figures and filters as the revenue outturn list, for one authority. England and regions have none: MHCLG's England row is an estimate, not read.</remarks>
    /// <param name="id">Authority: GSS code (E09000003), DfE code (302) or slug (barnet).</param>
    [EndpointSummary("Get one authority's revenue outturn")]
    private static Results<Ok<Paged<OutturnFigureResponse>>, ProblemHttpResult, ValidationProblem> ListAuthorityRevenueOutturn(
        string id, [AsParameters] AuthorityOutturnQuery query, RouteAuthority route, StoreSnapshot data, HttpContext http)
    {
        var outturn = OutturnRecords.Of(data);
        var page = Filter(outturn.FiguresOf[route.Geography.Id], query).ToList().ToPage(query, http);
        return TypedResults.Ok(page with { Warnings = SpendingWarnings.AfterLatest(outturn.LatestYear, query.Year) });
    }

    /// <summary>Show the working of spend per child</summary>
    /// <remarks>Spend per child in need (measure=spend-per-child-in-need), safeguarding spend per child in need (measure=safeguarding-spend-per-child-in-need) or per child aged 0 to 17 (measure=spend-per-child) for each geography and year: the formula, the spending total and the child count used, each with its file, line and permalink. England, regions and London sub-regions are computed on matched sets: both sums run over the area's authorities with both figures published, and basis lists the authorities left out and why. The figures themselves are also indicators, so they can be ranked, summarised and compared.</remarks>
    [EndpointSummary("Show the working of spend per child")]
    private static Results<Ok<Paged<PerChildResponse>>, ProblemHttpResult, ValidationProblem> ListPerChild(
        [AsParameters] PerChildQuery query, StoreSnapshot data, HttpContext http)
    {
        var measure = DerivedMeasures.All.Single(m => m.Id == (query.Measure ?? DerivedMeasures.All[0].Id));
        var spending = SpendingRecords.Of(data);
        var derivations = spending.Derivations.Where(d => d.IndicatorId == measure.Id);
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
        var page = derivations.OrderBy(d => d.Year).ThenBy(d => d.Geography.Name, StringComparer.Ordinal).ThenBy(d => d.Id).ToList().ToPage(query, http);
        var v = data.DataVersion;
        var items = page.Items.Select(held => spending.PerChild(held, d =>
        {
            var geography = data.RefOf(d.GeographyId);
            var (numerator, denominator) = (data.SourceFile(d.NumeratorSourceFileId), data.SourceFile(d.DenominatorSourceFileId));
            return new PerChildResponse(measure.Id, geography, d.Year, Periods.FinancialYear(d.Year), d.Value, d.Status, measure.Formula,
                new SpendInput(d.NumeratorLabel, d.NumeratorValue, d.NumeratorStatus, numerator.Path, d.NumeratorSourceLine, numerator.Release,
                    geography.Level == GeographyLevel.Authority
                        ? $"/api/v1/spending?authority={Uri.EscapeDataString(geography.Code ?? geography.Slug)}&year={d.Year}&category=total-childrens-social-care&{DataVersionPins.Parameter}={v}"
                        : null),
                new ChildCountInput(d.DenominatorIndicatorId, d.DenominatorYear, Periods.Label(measure.DenominatorPeriod, d.DenominatorYear), d.DenominatorValue, d.DenominatorStatus,
                    denominator.Path, d.DenominatorSourceLine, denominator.Release,
                    d.AuthoritiesIncluded is null ? Citations.FigureLink(d.DenominatorIndicatorId, geography, d.DenominatorYear, v) : null),
                d.AuthoritiesIncluded is { } included ? new MatchedSetBasis(included, [.. spending.LeftOut[d.Id]], MatchedSetRule.Text) : null,
                Citations.FigureLink(measure.Id, geography, d.Year, v));
        })).ToList();
        return TypedResults.Ok(new Paged<PerChildResponse>(items, page.Paging) { Warnings = SpendingWarnings.AfterLatest(spending.LatestYear, query.Year) });
    }

    /// <summary>The figures the filters keep, in the order they are held: year, then authority name, then the workbook's own order of lines and measures.</summary>
    private static IEnumerable<OutturnFigureResponse> Filter(IEnumerable<HeldOutturnFigure> held, AuthorityOutturnQuery query)
    {
        if (query.Year is { } year)
        {
            held = held.Where(f => f.Response.Year == year);
        }
        if (Kebab.Parse<OutturnForm>(query.Form) is { } form)
        {
            held = held.Where(f => f.Response.Form == form);
        }
        if (Kebab.Parse<OutturnLine>(query.Line) is { } line)
        {
            held = held.Where(f => f.Response.Line == line);
        }
        if (Kebab.Parse<OutturnMeasure>(query.Measure) is { } measure)
        {
            held = held.Where(f => f.Response.Measure == measure);
        }
        return held.Select(f => f.Response);
    }

    private static IEnumerable<SpendingLineResponse> Filter(IEnumerable<HeldSpendingLine> held, ISpendingFilters query)
    {
        if (query.Lines != "all")
        {
            held = held.Where(l => l.Response.Role is SpendingLineRole.CategoryTotal or SpendingLineRole.DerivedTotal);
        }
        if (query.Year is { } year)
        {
            held = held.Where(l => l.Response.Year == year);
        }
        if (Kebab.Parse<SpendingCategory>(query.Category) is { } category)
        {
            held = held.Where(l => l.Response.Category == category);
        }
        var descending = query.Sort?.StartsWith('-') == true;
        var byName = StringComparer.Ordinal;
        var sorted = query.Sort?.TrimStart('-') switch
        {
            "amount" => descending
                ? held.OrderBy(l => l.Response.GrossExpenditure == null).ThenByDescending(l => l.Response.GrossExpenditure)
                : held.OrderBy(l => l.Response.GrossExpenditure == null).ThenBy(l => l.Response.GrossExpenditure),
            "name" => descending
                ? held.OrderByDescending(l => l.Response.Geography.Name, byName).ThenBy(l => l.Response.Year)
                : held.OrderBy(l => l.Response.Geography.Name, byName).ThenBy(l => l.Response.Year),
            _ => descending
                ? held.OrderByDescending(l => l.Response.Year).ThenBy(l => l.Response.Geography.Name, byName)
                : held.OrderBy(l => l.Response.Year).ThenBy(l => l.Response.Geography.Name, byName),
        };
        return sorted.ThenBy(l => l.Id).Select(l => l.Response);
    }
}
