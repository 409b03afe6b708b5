using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Http;

/// <summary>Paging parameters every list takes.</summary>
internal interface IPagedQuery
{
    /// <summary>1-based page number.</summary>
    [Example(1), System.ComponentModel.DataAnnotations.Range(1, PagingExtensions.MaxPage)]
    int? Page { get; }

    /// <summary>Items per page, 1 to 1000.</summary>
    [Example(PagingExtensions.DefaultPageSize), System.ComponentModel.DataAnnotations.Range(1, PagingExtensions.MaxPageSize)]
    int? PageSize { get; }
}

/// <summary>Where a page sits in the whole result.</summary>
/// <param name="Page">This page, 1-based.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="TotalItems">Items across all pages.</param>
/// <param name="TotalPages">Pages in all (0 when there are no items).</param>
internal sealed record Paging(int Page, int PageSize, int TotalItems, int TotalPages);

/// <summary>One page of a list, with where it sits; RFC 8288 <c>Link</c> headers give first, prev, next and last.</summary>
internal sealed record Paged<T>(IReadOnlyList<T> Items, Paging Paging)
{
    /// <summary>What a reader should know about the answer (e.g. a year after the latest period held); empty when nothing.</summary>
    public IReadOnlyList<ResponseWarning> Warnings { get; init; } = [];
}

internal static class PagingExtensions
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    /// <summary>Keeps (page - 1) x pageSize within an int: no result here comes near a million pages.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>The paging rules, for a query validator to include.</summary>
    public static void ValidatePaging<T>(this AbstractValidator<T> validator) where T : IPagedQuery
    {
        validator.RuleFor(q => q.Page).InclusiveBetween(1, MaxPage).WithName("page");
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithName("pageSize")
            .WithMessage($"'pageSize' must be between 1 and {MaxPageSize}; it is not clamped.");
    }

    /// <summary>Counts, fetches one page and writes the Link header.</summary>
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> query, IPagedQuery paging, HttpContext http, CancellationToken ct)
    {
        var page = paging.Page ?? 1;
        var size = paging.PageSize ?? DefaultPageSize;
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return Page(items, page, size, total, http);
    }

    /// <summary>Pages a list already in memory, for the few results computed outside SQL.</summary>
    public static Paged<T> ToPage<T>(this IReadOnlyCollection<T> all, IPagedQuery paging, HttpContext http)
    {
        var page = paging.Page ?? 1;
        var size = paging.PageSize ?? DefaultPageSize;
        return Page(all.Skip((page - 1) * size).Take(size).ToList(), page, size, all.Count, http);
    }

    private static Paged<T> Page<T>(IReadOnlyList<T> items, int page, int size, int total, HttpContext http)
    {
        var pages = (total + size - 1) / size;
        var links = new List<string>();
        void Link(string rel, int target) => links.Add($"<{PageUrl(http.Request, target, size)}>; rel=\"{rel}\"");
        Link("first", 1);
        if (page > 1)
        {
            Link("prev", Math.Min(page - 1, Math.Max(pages, 1)));
        }
        if (page < pages)
        {
            Link("next", page + 1);
        }
        Link("last", Math.Max(pages, 1));
        http.Response.Headers.Append("Link", string.Join(", ", links));
        return new Paged<T>(items, new Paging(page, size, total, pages));
    }

    private static string PageUrl(HttpRequest request, int page, int size)
    {
        var query = request.Query
            .Where(q => !q.Key.Equals("page", StringComparison.OrdinalIgnoreCase) && !q.Key.Equals("pageSize", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"page={page}")
            .Append($"pageSize={size}");
        return $"{request.PathBase}{request.Path}?{string.Join('&', query)}";
    }
}
