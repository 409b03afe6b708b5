using System.Text.RegularExpressions;
using FluentValidation;

namespace ChildServicesApi.Http;

/// <summary>
/// Runs the FluentValidation validator nested in each query record (<c>TQuery.Validator</c>) and answers a 400
/// validation problem naming every offending parameter. Dates are ISO 8601 (YYYY-MM-DD) only: the framework's binder
/// would also take a culture's form such as 01/31/2020, which reads differently on each side of the Atlantic. Numbers
/// are digits with an optional sign and decimal point only: the binder also takes thousands separators, so min=1,5
/// (one and a half, where a comma is the decimal mark) read as 15, and NaN or Infinity as numbers.
/// </summary>
internal static partial class QueryValidation
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var queried = context.MethodInfo.GetParameters()
            .Where(p => p.GetCustomAttributes(typeof(Microsoft.AspNetCore.Http.AsParametersAttribute), false).Length > 0)
            .SelectMany(p => p.ParameterType.GetProperties())
            .Select(p => (Name: Problems.JsonName(p.Name), Type: Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .ToList();
        QueryForm[] forms =
        [
            new(IsoDate(), "must be a date as YYYY-MM-DD, e.g. 2025-03-31", [typeof(DateOnly)]),
            new(WholeNumber(), "must be a whole number in digits, e.g. 2025", [typeof(int), typeof(long), typeof(short)]),
            new(DecimalNumber(), "must be a number in digits with a point for decimals and no thousands separators, e.g. 1.5", [typeof(double), typeof(decimal), typeof(float)]),
        ];
        var checks = queried.SelectMany(q => forms.Where(f => f.Types.Contains(q.Type)).Select(f => (q.Name, Form: f))).ToList();
        if (checks.Count > 0)
        {
            next = InForm(checks, next);
        }
        var validated = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (index, Validator: CreateValidator(parameter.ParameterType)))
            .Where(p => p.Validator is not null)
            .ToList();
        if (validated.Count == 0)
        {
            return next;
        }
        return async invocation =>
        {
            foreach (var (index, validator) in validated)
            {
                var argument = invocation.Arguments[index];
                if (argument is null)
                {
                    continue;
                }
                var result = await validator!.ValidateAsync(new ValidationContext<object>(argument), invocation.HttpContext.RequestAborted);
                if (!result.IsValid)
                {
                    return TypedResults.ValidationProblem(result.Errors
                        .GroupBy(e => Problems.JsonName(e.PropertyName))
                        .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()));
                }
            }
            return await next(invocation);
        };
    }

    private static IValidator? CreateValidator(Type type) =>
        type.GetNestedType("Validator", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic) is { } validatorType && typeof(IValidator).IsAssignableFrom(validatorType)
            ? (IValidator)Activator.CreateInstance(validatorType)!
            : null;

    /// <summary>How a query parameter of one of <paramref name="Types"/> must be written (the binder takes more).</summary>
    private sealed record QueryForm(Regex Pattern, string Rule, Type[] Types);

    /// <summary>
    /// Every parameter written otherwise is named, with its rule, in one 400. One given twice (which the binder would
    /// join with a comma and read min=9&amp;min=1 as 91) never gets here: <see cref="RepeatedParameters"/> refuses it
    /// before the endpoint runs, and its comma-joined value would not match the form either.
    /// </summary>
    private static EndpointFilterDelegate InForm(List<(string Name, QueryForm Form)> checks, EndpointFilterDelegate next) => invocation =>
    {
        var query = invocation.HttpContext.Request.Query;
        var wrong = checks
            .Select(c => (c.Name, Message: query[c.Name] switch
            {
                { Count: 0 } => null,
                var values when c.Form.Pattern.IsMatch(values.ToString()) => null,
                var values when values.ToString().StartsWith(' ') => $"'{c.Name}' {c.Form.Rule} (a + in a URL's query is a space: write %2B for a plus sign).",
                _ => $"'{c.Name}' {c.Form.Rule}.",
            }))
            .Where(c => c.Message is not null)
            .ToList();
        return wrong.Count == 0
            ? next(invocation)
            : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(wrong.ToDictionary(c => c.Name, c => new[] { c.Message! })));
    };

    // \z, not $: $ also matches before a final line feed, which the binder would skip as white space.
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^[+-]?[0-9]+\z")]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)\z")]
    private static partial Regex DecimalNumber();
}
