using System.ComponentModel.DataAnnotations;
using ChildServicesApi.Features.Inspections;
using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.Maps;

/// <summary>Which year of an indicator to map.</summary>
internal sealed record IndicatorMapQuery
{
    /// <summary>The year; default the latest year with authority figures.</summary>
    [Example(2025), Range(QueryLimits.MinYear, QueryLimits.MaxYear)]
    public int? Year { get; init; }

    internal sealed class Validator : AbstractValidator<IndicatorMapQuery>
    {
        public Validator() => RuleFor(q => q.Year).IsYear("year");
    }
}

/// <summary>The date whose Ofsted judgements in force to map.</summary>
internal sealed record InspectionMapQuery
{
    /// <summary>The date (ISO, yyyy-mm-dd); default today. The authorities that existed that day are drawn.</summary>
    [Example("2025-03-31")]
    public DateOnly? AsAt { get; init; }

    /// <summary>
    /// inspection (the default: as Ofsted's own snapshots count, from the day the inspection started, once its report is
    /// published by the snapshot's cut-off) or publication (from the day the report was published).
    /// </summary>
    [Example("inspection"), OneOf(JudgementsInForceQuery.InspectionBasis, JudgementsInForceQuery.PublicationBasis)]
    public string? Basis { get; init; }

    internal sealed class Validator : AbstractValidator<InspectionMapQuery>
    {
        public Validator()
        {
            var basis = OneOfAttribute.On<InspectionMapQuery>(nameof(Basis));
            RuleFor(q => q.Basis).Must(basis.Allows).WithName("basis").WithMessage(basis.Message("basis"));
            RuleFor(q => q.AsAt).IsDate("asAt");
        }
    }
}
