using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChildServicesApi.Data;

/// <summary>
/// Makes a cancelled query stop inside SQLite. Microsoft.Data.Sqlite looks at the cancellation token only between
/// rows, so one long step (a big aggregate, a sort) runs on after the request has given up. While a command runs, its
/// token is wired to <c>sqlite3_interrupt</c> on the command's connection: SQLite abandons the statement at its next
/// opcode and the work, and the CPU, stop at once.
/// </summary>
internal sealed class SqliteInterrupts : DbCommandInterceptor
{
    /// <summary>SQLite's result code for an interrupted statement.</summary>
    public const int Interrupted = 9;

    private readonly ConditionalWeakTable<DbCommand, StrongBox<CancellationTokenRegistration>> running = [];

    /// <summary>True when an exception is SQLite reporting a statement this interceptor interrupted.</summary>
    public static bool IsInterruption(Exception exception) => exception is SqliteException { SqliteErrorCode: Interrupted };

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return result;
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return result;
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    private void Watch(DbCommand command, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || command.Connection is not SqliteConnection { Handle: { } handle })
        {
            return;
        }
        var registration = cancellationToken.Register(() => SQLitePCL.raw.sqlite3_interrupt(handle));
        running.AddOrUpdate(command, new StrongBox<CancellationTokenRegistration>(registration));
    }

    private void Release(DbCommand command)
    {
        if (running.TryGetValue(command, out var box))
        {
            running.Remove(command);
            // Dispose waits for a callback already running, so no interrupt can land on the connection's next command.
            box.Value.Dispose();
        }
    }
}
