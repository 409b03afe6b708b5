using ChildServicesApi.Http;
using Microsoft.AspNetCore.Http;

namespace ChildServicesApi.Tests.Http;

public sealed class QueryTimeoutsTests
{
    [Fact]
    public async Task AfterTheHandler_TheResultIsWrittenUnderTheClientsToken()
    {
        using var client = new CancellationTokenSource();
        using var limit = new CancellationTokenSource();
        var context = new DefaultHttpContext { RequestAborted = limit.Token };
        context.Items[QueryTimeouts.ClientAbortedKey] = client.Token;
        CancellationToken duringHandler = default;
        var filter = QueryTimeouts.Factory(null!, invocation =>
        {
            duringHandler = invocation.HttpContext.RequestAborted;
            return ValueTask.FromResult<object?>(null);
        });

        await filter(EndpointFilterInvocationContext.Create(context));

        Assert.Equal(limit.Token, duringHandler);
        Assert.Equal(client.Token, context.RequestAborted);
    }
}
