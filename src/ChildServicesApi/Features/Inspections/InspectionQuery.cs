using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.Inspections;

/// <summary>Filters and paging for inspections.</summary>
internal sealed record InspectionQuery : IPagedQuery
{
    /// <summary>Authority id: GSS code, DfE code or slug.</summary>
    [Example("barnet"), MaxLength(QueryLimits.MaxIdLength)]
    public string? Authority { get; init; }

    /// <summary>A framework, e.g. <c>sif</c> or <c>ilacs-standard</c>.</summary>
    [Example("ilacs-standard"), KebabEnum(typeof(InspectionFramework))]
    public string? Framework { get; init; }

    /// <summary>outstanding, good, requires-improvement-to-be-good or inadequate.</summary>
    [KebabEnum(typeof(OfstedGrade))]
    public string? OverallEffectiveness { get; init; }

    /// <summary>official (Ofsted's own sheets) or third-party-compilation (Data to Insight's compilation of Ofsted's reports, for ILACS reports published after 31 March 2025).</summary>
    [Example("third-party-compilation"), KebabEnum(typeof(InspectionSource))]
    public string? Source { get; init; }

    /// <summary>Published on or after this date (YYYY-MM-DD).</summary>
    [Example("2014-01-01")]
    public DateOnly? From { get; init; }

    /// <summary>Published on or before this date (YYYY-MM-DD).</summary>
    [Example("2025-03-31")]
    public DateOnly? To { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<InspectionQuery>
    {
        public Validator()
        {
            RuleFor(q => q.Framework).Must(Kebab.IsValid<InspectionFramework>).WithName("framework")
                .WithMessage($"'framework' must be one of {string.Join(", ", Kebab.Names<InspectionFramework>())}.");
            RuleFor(q => q.OverallEffectiveness).Must(Kebab.IsValid<OfstedGrade>).WithName("overallEffectiveness")
                .WithMessage($"'overallEffectiveness' must be one of {string.Join(", ", Kebab.Names<OfstedGrade>())}.");
            RuleFor(q => q.Source).Must(Kebab.IsValid<InspectionSource>).WithName("source")
                .WithMessage($"'source' must be one of {string.Join(", ", Kebab.Names<InspectionSource>())}.");
            RuleFor(q => q.From).LessThanOrEqualTo(q => q.To).When(q => q.From is not null && q.To is not null)
                .WithName("from").WithMessage("'from' must not be after 'to'.");
            this.ValidatePaging();
        }
    }
}

/// <summary>Which of Ofsted's official snapshots.</summary>
internal sealed record OfficialSnapshotQuery
{
    /// <summary>The snapshot's date: 2023-03-31, 2024-03-31 or 2025-03-31.</summary>
    [Required, Example("2025-03-31")]
    public DateOnly? AsAt { get; init; }

    internal sealed class Validator : AbstractValidator<OfficialSnapshotQuery>
    {
        public Validator() => RuleFor(q => q.AsAt).NotNull().WithName("asAt").WithMessage("'asAt' is required: the snapshot's date, e.g. 2025-03-31.");
    }
}

/// <summary>The date, and optionally region, for judgements in force.</summary>
internal sealed record JudgementsInForceQuery
{
    /// <summary>The date (ISO, yyyy-mm-dd); default today.</summary>
    [Example("2017-03-31")]
    public DateOnly? AsAt { get; init; }

    /// <summary>Only authorities in this region (GSS code or slug), e.g. <c>london</c>.</summary>
    [Example("london"), MaxLength(QueryLimits.MaxIdLength)]
    public string? Region { get; init; }

    /// <summary>
    /// inspection (the default: as Ofsted's own snapshots count, from the day the inspection started, once its report is
    /// published by the snapshot's cut-off) or publication (from the day the report was published).
    /// </summary>
    [Example("inspection"), OneOf(InspectionBasis, PublicationBasis)]
    public string? Basis { get; init; }

    public const string InspectionBasis = "inspection";
    public const string PublicationBasis = "publication";

    internal sealed class Validator : AbstractValidator<JudgementsInForceQuery>
    {
        public Validator()
        {
            var basis = OneOfAttribute.On<JudgementsInForceQuery>(nameof(Basis));
            RuleFor(q => q.Basis).Must(basis.Allows).WithName("basis").WithMessage(basis.Message("basis"));
            RuleFor(q => q.AsAt).IsDate("asAt");
            RuleFor(q => q.Region).MaximumLength(QueryLimits.MaxIdLength).WithName("region");
        }
    }
}
