using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.Indicators;

/// <summary>Filters and paging for the indicator catalogue.</summary>
internal sealed record IndicatorListQuery : IPagedQuery
{
    /// <summary>Only indicators of this topic, e.g. <c>Children looked after</c>.</summary>
    public string? Topic { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<IndicatorListQuery>
    {
        public Validator()
        {
            RuleFor(q => q.Topic).MaximumLength(100).WithName("topic");
            this.ValidatePaging();
        }
    }
}

/// <summary>Filters, sort and paging for one indicator's figures.</summary>
internal sealed record ObservationQuery : IPagedQuery
{
    public static readonly string[] SortFields = ["year", "value", "name"];

    /// <summary>Authority ids (GSS code, DfE code or slug); repeat for several, e.g. <c>authority=barnet&amp;authority=E09000002</c>.</summary>
    public string[]? Authority { get; init; }

    /// <summary>Only geographies in this region (GSS code or slug), e.g. <c>london</c>.</summary>
    public string? Region { get; init; }

    /// <summary>national, region, subregion, authority or authority-group.</summary>
    public string? Level { get; init; }

    /// <summary>Only this year, e.g. <c>2025</c>.</summary>
    public int? Year { get; init; }

    /// <summary>From this year, inclusive.</summary>
    public int? From { get; init; }

    /// <summary>To this year, inclusive.</summary>
    public int? To { get; init; }

    /// <summary>Only published values at least this.</summary>
    public double? Min { get; init; }

    /// <summary>Only published values at most this.</summary>
    public double? Max { get; init; }

    /// <summary>current (the default: the latest release's figure for each period) or all (every release, revisions included).</summary>
    public string? Release { get; init; }

    /// <summary>year (the default), value or name; prefix with '-' for descending. Rows without a value sort last.</summary>
    public string? Sort { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<ObservationQuery>
    {
        public Validator()
        {
            RuleFor(q => q.Year).InclusiveBetween(1990, 2100).WithName("year");
            RuleFor(q => q.From).InclusiveBetween(1990, 2100).WithName("from");
            RuleFor(q => q.To).InclusiveBetween(1990, 2100).WithName("to");
            RuleFor(q => q.From).LessThanOrEqualTo(q => q.To).When(q => q.From is not null && q.To is not null)
                .WithName("from").WithMessage("'from' must not be after 'to'.");
            RuleFor(q => q.Min).Must(v => v is null || double.IsFinite(v.Value)).WithName("min").WithMessage("'min' must be a finite number.");
            RuleFor(q => q.Max).Must(v => v is null || double.IsFinite(v.Value)).WithName("max").WithMessage("'max' must be a finite number.");
            RuleFor(q => q.Min).LessThanOrEqualTo(q => q.Max).When(q => q.Min is not null && q.Max is not null)
                .WithName("min").WithMessage("'min' must not be greater than 'max'.");
            RuleFor(q => q.Level).Must(Kebab.IsValid<GeographyLevel>).WithName("level")
                .WithMessage($"'level' must be one of {string.Join(", ", Kebab.Names<GeographyLevel>())}.");
            RuleFor(q => q.Release).Must(r => r is null or "current" or "all").WithName("release")
                .WithMessage("'release' must be current or all.");
            RuleFor(q => q.Sort).Must(s => s is null || SortFields.Contains(s.TrimStart('-'))).WithName("sort")
                .WithMessage($"'sort' must be one of {string.Join(", ", SortFields)}, optionally prefixed with '-'.");
            RuleFor(q => q.Authority).Must(a => a is null || a.Length <= 200).WithName("authority")
                .WithMessage("At most 200 authorities at once.");
            RuleFor(q => q.Authority).Must(a => a is null || a.All(id => !string.IsNullOrWhiteSpace(id))).WithName("authority")
                .WithMessage("'authority' must not be empty.");
            this.ValidatePaging();
        }
    }
}
