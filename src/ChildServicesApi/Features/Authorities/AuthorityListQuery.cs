using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.Authorities;

/// <summary>Filters, sort and paging for the authority list.</summary>
internal sealed record AuthorityListQuery : IPagedQuery
{
    public static readonly string[] SortFields = ["name", "laCode", "gssCode", "region"];

    /// <summary>Region GSS code or slug, e.g. <c>E12000007</c> or <c>london</c>.</summary>
    public string? Region { get; init; }

    /// <summary>london-borough, metropolitan-district, unitary-authority or shire-county.</summary>
    public string? Type { get; init; }

    /// <summary>current (the default), abolished or all.</summary>
    public string? Status { get; init; }

    /// <summary>Part of the name, ignoring case and accents, e.g. <c>north</c>.</summary>
    public string? Q { get; init; }

    /// <summary>name (the default), laCode, gssCode or region; prefix with '-' for descending.</summary>
    public string? Sort { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<AuthorityListQuery>
    {
        public Validator()
        {
            RuleFor(q => q.Type).Must(Kebab.IsValid<AuthorityType>).WithName("type")
                .WithMessage($"'type' must be one of {string.Join(", ", Kebab.Names<AuthorityType>())}.");
            RuleFor(q => q.Status).Must(s => s is null or "current" or "abolished" or "all").WithName("status")
                .WithMessage("'status' must be current, abolished or all.");
            RuleFor(q => q.Q).MaximumLength(100).WithName("q");
            RuleFor(q => q.Q).Must(q => q is null || Data.Import.Slugs.From(q).Length > 0).WithName("q")
                .WithMessage("'q' must contain at least one letter or digit.");
            RuleFor(q => q.Sort).Must(s => s is null || SortFields.Contains(s.TrimStart('-'))).WithName("sort")
                .WithMessage($"'sort' must be one of {string.Join(", ", SortFields)}, optionally prefixed with '-'.");
            this.ValidatePaging();
        }
    }
}
