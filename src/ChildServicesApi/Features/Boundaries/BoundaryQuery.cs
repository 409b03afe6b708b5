using ChildServicesApi.Http;
using FluentValidation;

namespace ChildServicesApi.Features.Boundaries;

/// <summary>Which day's authorities to draw.</summary>
internal sealed record BoundaryQuery
{
    /// <summary>
    /// Draw the authorities that existed on this date (ISO, yyyy-mm-dd), e.g. <c>2020-03-31</c> for Cumbria and
    /// Northamptonshire; default today's 153.
    /// </summary>
    [Example("2020-03-31")]
    public DateOnly? AsAt { get; init; }

    internal sealed class Validator : AbstractValidator<BoundaryQuery>
    {
        public Validator() => RuleFor(q => q.AsAt).IsDate("asAt");
    }
}
