using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChildServicesApi.Tests.Infrastructure;

/// <summary>The critical lines a host logs, as the process would print them: why it refused to start.</summary>
internal sealed class CriticalLog : ILoggerProvider, ILogger
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel == LogLevel.Critical;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Lines.Enqueue(formatter(state, exception));
        }
    }

    public void Dispose()
    {
    }
}
