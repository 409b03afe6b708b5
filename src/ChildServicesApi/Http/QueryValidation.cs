using FluentValidation;

namespace ChildServicesApi.Http;

/// <summary>
/// Runs the FluentValidation validator nested in each query record (<c>TQuery.Validator</c>) and answers a 400
/// validation problem naming every offending parameter. Dates are ISO 8601 (YYYY-MM-DD) only: the framework's binder
/// would also take a culture's form such as 01/31/2020, which reads differently on each side of the Atlantic.
/// </summary>
internal static partial class QueryValidation
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var dates = context.MethodInfo.GetParameters()
            .Where(p => p.GetCustomAttributes(typeof(Microsoft.AspNetCore.Http.AsParametersAttribute), false).Length > 0)
            .SelectMany(p => p.ParameterType.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == typeof(DateOnly))
            .Select(p => Problems.JsonName(p.Name))
            .ToList();
        if (dates.Count > 0)
        {
            next = WithIsoDates(dates, next);
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

    private static EndpointFilterDelegate WithIsoDates(List<string> names, EndpointFilterDelegate next) => invocation =>
    {
        var query = invocation.HttpContext.Request.Query;
        var wrong = names.Where(n => query[n] is { Count: > 0 } values && values.Any(v => !IsoDate().IsMatch(v ?? ""))).ToList();
        return wrong.Count == 0
            ? next(invocation)
            : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(wrong.ToDictionary(n => n, n => new[] { $"'{n}' must be a date as YYYY-MM-DD, e.g. 2025-03-31." })));
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex IsoDate();
}
