using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.Statistics;

/// <summary>How complete one indicator is in one year across the authorities that existed then.</summary>
/// <param name="IndicatorId">The indicator. <example>children-in-need</example></param>
/// <param name="Title">Its title.</param>
/// <param name="Year">The year. <example>2025</example></param>
/// <param name="Period">The period the year stands for.</param>
/// <param name="Authorities">Authorities that existed at the end of the period.</param>
/// <param name="Published">With a published figure.</param>
/// <param name="Suppressed">Suppressed by the publisher (c).</param>
/// <param name="NotAvailable">Not available (x, or LAIT's -).</param>
/// <param name="NotApplicable">Not applicable (z).</param>
/// <param name="LowReliability">Withheld as low reliability (u).</param>
/// <param name="RoundsToZero">Rounds to zero (low).</param>
/// <param name="Missing">No row at all in the sources.</param>
/// <param name="England">Whether England's own figure is published for the year.</param>
internal sealed record CoverageRow(
    string IndicatorId, string Title, int Year, string Period, int Authorities, int Published, int Suppressed, int NotAvailable,
    int NotApplicable, int LowReliability, int RoundsToZero, int Missing, bool England);

/// <summary>Which indicators to report coverage for.</summary>
internal sealed record CoverageQuery : IPagedQuery
{
    /// <summary>Only this indicator, e.g. <c>children-in-need</c>.</summary>
    [Example("children-in-need"), MaxLength(QueryLimits.MaxIdLength)]
    public string? Indicator { get; init; }

    /// <summary>Only indicators of this topic, e.g. <c>Spending</c>.</summary>
    [MaxLength(QueryLimits.MaxTextLength)]
    public string? Topic { get; init; }

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 1000; default 50. Larger is an error, not clamped.</summary>
    public int? PageSize { get; init; }

    internal sealed class Validator : AbstractValidator<CoverageQuery>
    {
        public Validator()
        {
            RuleFor(q => q.Indicator).MaximumLength(QueryLimits.MaxIdLength).WithName("indicator");
            RuleFor(q => q.Topic).MaximumLength(QueryLimits.MaxTextLength).WithName("topic");
            this.ValidatePaging();
        }
    }
}
