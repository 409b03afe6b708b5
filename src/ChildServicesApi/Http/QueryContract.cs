using System.Reflection;
using FluentValidation;

namespace ChildServicesApi.Http;

/// <summary>The years a query selects: <c>year</c>, or the range <c>from</c> to <c>to</c>, inclusive.</summary>
internal interface IYearRange
{
    int? Year { get; }

    int? From { get; }

    int? To { get; }
}

/// <summary>
/// The limits every query shares, named once: the validators enforce them and the OpenAPI document states them
/// (through the attributes below, placed on each query record's properties).
/// </summary>
internal static class QueryLimits
{
    /// <summary>The earliest year a query may name; the data starts in 2009 (S251 2008-09).</summary>
    public const int MinYear = 1990;

    /// <summary>The latest year a query may name.</summary>
    public const int MaxYear = 2100;

    /// <summary>The earliest date a date parameter may name.</summary>
    public static readonly DateOnly MinDate = new(2000, 1, 1);

    /// <summary>The latest date a date parameter may name.</summary>
    public static readonly DateOnly MaxDate = new(2100, 12, 31);

    /// <summary>Ids, codes, slugs and single-value filters: nothing longer can match (the longest id served is 74 characters).</summary>
    public const int MaxIdLength = 100;

    /// <summary>Free text (a name search, a topic).</summary>
    public const int MaxTextLength = 100;

    /// <summary>Repeated authority ids in one request.</summary>
    public const int MaxAuthorities = 200;

    /// <summary>The year rule, the same for every year-valued parameter.</summary>
    public static IRuleBuilderOptions<T, int?> IsYear<T>(this IRuleBuilder<T, int?> rule, string name) =>
        rule.InclusiveBetween(MinYear, MaxYear).WithName(name);

    /// <summary>Whether <paramref name="year"/> is one the query selects: its <c>year</c>, within <c>from</c> and <c>to</c>, each where given.</summary>
    public static bool Includes(this IYearRange range, int year) =>
        (range.Year is not { } only || year == only) && (range.From is not { } from || year >= from) && (range.To is not { } to || year <= to);

    /// <summary>year, from and to each a year, and from not after to.</summary>
    public static void ValidateYearRange<T>(this AbstractValidator<T> validator) where T : IYearRange
    {
        validator.RuleFor(q => q.Year).IsYear("year");
        validator.RuleFor(q => q.From).IsYear("from");
        validator.RuleFor(q => q.To).IsYear("to");
        validator.RuleFor(q => q.From).LessThanOrEqualTo(q => q.To).When(q => q.From is not null && q.To is not null)
            .WithName("from").WithMessage("'from' must not be after 'to'.");
    }

    /// <summary>The date rule, the same for every date-valued parameter (asAt): within the range any source covers, the message giving the range and the value.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> IsDate<T>(this IRuleBuilder<T, DateOnly?> rule, string name) =>
        rule.InclusiveBetween(MinDate, MaxDate).WithName(name)
            .WithMessage((_, value) => $"'{name}' must be between {MinDate:yyyy-MM-dd} and {MaxDate:yyyy-MM-dd}; it is {value:yyyy-MM-dd}.");

    /// <summary>The repeated-authority rules: at most <see cref="MaxAuthorities"/>, none empty.</summary>
    public static void ValidateAuthorities<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string[]?>> authorities)
    {
        validator.RuleFor(authorities).Must(a => a is null || a.Length <= MaxAuthorities).WithName("authority")
            .WithMessage($"At most {MaxAuthorities} authorities at once.");
        validator.RuleFor(authorities).Must(a => a is null || a.All(id => !string.IsNullOrWhiteSpace(id))).WithName("authority")
            .WithMessage("'authority' must not be empty.");
    }
}

/// <summary>The value Swagger UI pre-fills and the document shows for a parameter; chosen so that all of an operation's examples succeed together.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class ExampleAttribute(object value) : Attribute
{
    public object Value { get; } = value;
}

/// <summary>A string parameter that takes one of an enum's kebab-case names; documented as that enum's schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class KebabEnumAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;
}

/// <summary>A string parameter that takes one of these values.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class OneOfAttribute(params string[] values) : Attribute
{
    public IReadOnlyList<string> Values { get; } = values;

    public bool Allows(string? value) => value is null || Values.Contains(value, StringComparer.Ordinal);

    public string Message(string name) => $"'{name}' must be {string.Join(", ", Values.SkipLast(1))} or {Values[^1]}.";

    /// <summary>The attribute on a query record's property, for its validator.</summary>
    public static OneOfAttribute On<T>(string property) => typeof(T).GetProperty(property)!.GetCustomAttribute<OneOfAttribute>()!;
}

/// <summary>A sort parameter: one of these fields, optionally prefixed with '-' for descending.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SortableAttribute(params string[] fields) : Attribute
{
    public IReadOnlyList<string> Fields { get; } = fields;

    public IEnumerable<string> Values => Fields.SelectMany(f => new[] { f, "-" + f });

    public bool Allows(string? value) => value is null || Fields.Contains(value.TrimStart('-'), StringComparer.Ordinal) && value.LastIndexOf('-') <= 0;

    public string Message => $"'sort' must be one of {string.Join(", ", Fields)}, optionally prefixed with '-'.";

    /// <summary>The attribute on a query record's Sort property, for its validator.</summary>
    public static SortableAttribute On<T>() => typeof(T).GetProperty("Sort")!.GetCustomAttribute<SortableAttribute>(inherit: true)!;
}
