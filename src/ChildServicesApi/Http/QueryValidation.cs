using FluentValidation;

namespace ChildServicesApi.Http;

/// <summary>
/// Runs the FluentValidation validator nested in each query record (<c>TQuery.Validator</c>) and answers a 400
/// validation problem naming every offending parameter.
/// </summary>
internal static class QueryValidation
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
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
}
