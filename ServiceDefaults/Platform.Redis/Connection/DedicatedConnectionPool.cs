using System.Collections.Concurrent;
using System.Diagnostics;

namespace Platform.Redis.Connection;

/// <summary>
/// Connections for blocking commands, one command at a time each, so a long BLPOP or XREADGROUP BLOCK never
/// stalls the shared connection. Idle connections are kept for reuse up to a limit. Canceling a blocked command
/// closes its connection, which is the only way to make the server stop waiting.
/// </summary>
internal sealed class DedicatedConnectionPool(RedisOptions options) : IAsyncDisposable
{
    private readonly ConcurrentQueue<PhysicalConnection> _idle = new();
    private volatile bool _disposed;

    public async ValueTask<RedisReply> ExecuteAsync(CommandInfo info, RedisArg[] args, TimeSpan? blockFor, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = RentIdle() ?? await ConnectionOpener.ConnectAsync(options, onPush: null, cancellationToken).ConfigureAwait(false);
        var deadline = blockFor is { } block
            ? Stopwatch.GetTimestamp() + (long)((block + options.CommandTimeout).TotalSeconds * Stopwatch.Frequency)
            : long.MaxValue;
        var pending = PendingReply.Rent(info.Name, connection.Endpoint, deadline);
        pending.StartTelemetry(options.Database);
        var reusable = false;
        try
        {
            using var cancellation = cancellationToken.UnsafeRegister(
                static state => ((PhysicalConnection)state!).DisposeAsync(),
                connection);
            try
            {
                connection.Submit(pending, info.NameBytes, args);
            }
            catch (Exception ex)
            {
                pending.TrySetException(ex);
                pending.ReleaseByConnection();
            }
            var reply = await pending.AsValueTask().ConfigureAwait(false);
            reusable = true;
            return reply;
        }
        catch (RedisServerException)
        {
            reusable = true;
            throw;
        }
        catch (RedisConnectionException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException($"The {info.Name} command was canceled.", ex, cancellationToken);
        }
        finally
        {
            if (reusable && connection.IsHealthy && !_disposed && _idle.Count < options.MaxIdleDedicatedConnections)
            {
                _idle.Enqueue(connection);
            }
            else
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryDequeue(out var connection))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private PhysicalConnection? RentIdle()
    {
        while (_idle.TryDequeue(out var connection))
        {
            if (connection.IsHealthy)
            {
                return connection;
            }
        }
        return null;
    }
}
