using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Domain;
using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.Authorities;

/// <summary>Filters, sort and paging for the authority list.</summary>
internal sealed record AuthorityListQuery : IPagedQuery
{
    /// <summary>Region GSS code or slug, e.g. <c>E12000007</c> or <c>london</c>.</summary>
    [Example("london"), MaxLength(QueryLimits.MaxIdLength)]
    public string? Region { get; init; }

    /// <summary>london-borough, metropolitan-district, unitary-authority or shire-county.</summary>
    [Example("london-borough"), KebabEnum(typeof(AuthorityType))]
    public string? Type { get; init; }

    /// <summary>current (the default), abolished or all.</summary>
    [Example("current"), OneOf("current", "abolished", "all")]
    public string? Status { get; init; }

    /// <summary>Part of the name, ignoring case and accents, e.g. <c>north</c>.</summary>
    [Example("bar"), MaxLength(QueryLimits.MaxTextLength)]
    public string? Q { get; init; }

    /// <summary>name (the default), laCode, gssCode or region; prefix with '-' for descending.</summary>
    [Example("name"), Sortable("name", "laCode", "gssCode", "region")]
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
            var status = OneOfAttribute.On<AuthorityListQuery>(nameof(Status));
            RuleFor(q => q.Status).Must(status.Allows).WithName("status").WithMessage(status.Message("status"));
            RuleFor(q => q.Q).MaximumLength(QueryLimits.MaxTextLength).WithName("q");
            RuleFor(q => q.Q).Must(q => q is null || Slugs.From(q).Length > 0).WithName("q")
                .WithMessage("'q' must contain at least one letter or digit.");
            var sort = SortableAttribute.On<AuthorityListQuery>();
            RuleFor(q => q.Sort).Must(sort.Allows).WithName("sort").WithMessage(sort.Message);
            this.ValidatePaging();
        }
    }
}
