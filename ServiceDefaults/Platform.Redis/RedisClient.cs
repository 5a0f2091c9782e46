using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Redis.Connection;

namespace Platform.Redis;

/// <summary>
/// The multiplexed client: one shared, pipelined connection for ordinary commands plus a pool of dedicated
/// connections for blocking ones. It connects in the background as soon as it is created and reconnects with
/// exponential backoff whenever the connection is lost.
/// <para>
/// Failure behaviour: commands waiting for a reply when the connection drops fail at once with
/// <see cref="RedisConnectionException"/>; commands issued while the client is (re)connecting wait at most
/// <see cref="RedisOptions.ConnectTimeout"/> for the connection and then fail with the same exception.
/// </para>
/// </summary>
public sealed partial class RedisClient : IRedisClient, IAsyncDisposable, IDisposable
{
    private readonly RedisOptions _options;
    private readonly ILogger _logger;
    private readonly DedicatedConnectionPool _dedicated;
    private readonly CancellationTokenSource _shutdown = new();
    private readonly object _stateLock = new();
    private readonly Task _connectionKeeper;
    private PhysicalConnection? _connection;
    private TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Exception? _lastConnectError;

    /// <summary>Creates the client and starts connecting in the background.</summary>
    public RedisClient(RedisOptions options, ILogger<RedisClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _dedicated = new DedicatedConnectionPool(options);
        _connectionKeeper = Task.Run(KeepConnectedAsync);
    }

    /// <summary>Creates a client from a connection string such as <c>127.0.0.1:6379,password=…</c>.</summary>
    public static RedisClient Create(string connectionString, ILogger<RedisClient>? logger = null) =>
        new(RedisConnectionString.Parse(connectionString), logger);

    /// <summary>
    /// Raised for RESP3 push messages (for example client-side caching invalidations after CLIENT TRACKING ON).
    /// Handlers run on the connection's reader and must be quick; exceptions they throw are logged and ignored.
    /// </summary>
    public event Action<RedisReply>? PushReceived;

    /// <inheritdoc />
    public RedisEndpoint Endpoint => _options.Endpoint;

    /// <inheritdoc />
    public bool IsConnected => _connection is { IsHealthy: true };

    /// <summary>The options the client was created with.</summary>
    public RedisOptions Options => _options;

    /// <summary>Waits until the shared connection is up (bounded by the connect timeout).</summary>
    public async Task WaitForConnectionAsync(CancellationToken cancellationToken = default) =>
        await ConnectedAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public ValueTask<RedisReply> ExecuteAsync(string command, params ReadOnlySpan<RedisArg> args) =>
        ExecuteAsync(command, args, CancellationToken.None);

    /// <inheritdoc />
    public ValueTask<RedisReply> ExecuteAsync(string command, ReadOnlySpan<RedisArg> args, CancellationToken cancellationToken)
    {
        try
        {
            ObjectDisposedException.ThrowIf(_shutdown.IsCancellationRequested, this);
            var info = CommandInfo.For(command);
            if (info.RefusalReason is not null)
            {
                throw new NotSupportedException($"{info.Name} is not supported: {info.RefusalReason}");
            }
            if (cancellationToken.IsCancellationRequested)
            {
                return ValueTask.FromCanceled<RedisReply>(cancellationToken);
            }
            if (info.IsBlocking(args, out var blockFor))
            {
                return _dedicated.ExecuteAsync(info, args.ToArray(), blockFor, cancellationToken);
            }
            var connection = _connection;
            return connection is { IsHealthy: true }
                ? Send(connection, info, args, cancellationToken)
                : SendWhenConnectedAsync(info, args.ToArray(), cancellationToken);
        }
        catch (Exception ex)
        {
            return ValueTask.FromException<RedisReply>(ex);
        }
    }

    /// <inheritdoc />
    public RedisTransaction CreateTransaction() => new(this);

    /// <summary>Closes every connection; waiting commands fail with <see cref="RedisConnectionException"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_shutdown.IsCancellationRequested)
        {
            return;
        }
        _shutdown.Cancel();
        await _connectionKeeper.ConfigureAwait(false);
        if (_connection is { } connection)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        await _dedicated.DisposeAsync().ConfigureAwait(false);
        _shutdown.Dispose();
    }

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    internal async Task<RedisReply> ExecuteTransactionAsync(IReadOnlyList<QueuedCommand> commands, CancellationToken cancellationToken)
    {
        var connection = await ConnectedAsync(cancellationToken).ConfigureAwait(false);
        var pending = PendingReply.Rent("MULTI", connection.Endpoint, Deadline(_options.CommandTimeout));
        pending.StartTelemetry(_options.Database);
        pending.ObserveCancellation(cancellationToken);
        try
        {
            connection.SubmitTransaction(pending, commands);
        }
        catch (Exception ex)
        {
            pending.TrySetException(ex);
            pending.ReleaseByConnection();
        }
        return await pending.AsValueTask().ConfigureAwait(false);
    }

    private ValueTask<RedisReply> Send(PhysicalConnection connection, CommandInfo info, ReadOnlySpan<RedisArg> args, CancellationToken cancellationToken)
    {
        var pending = PendingReply.Rent(info.Name, connection.Endpoint, Deadline(_options.CommandTimeout));
        pending.StartTelemetry(_options.Database);
        pending.ObserveCancellation(cancellationToken);
        try
        {
            connection.Submit(pending, info.NameBytes, args);
        }
        catch (Exception ex)
        {
            pending.TrySetException(ex);
            pending.ReleaseByConnection();
        }
        return pending.AsValueTask();
    }

    private async ValueTask<RedisReply> SendWhenConnectedAsync(CommandInfo info, RedisArg[] args, CancellationToken cancellationToken)
    {
        var connection = await ConnectedAsync(cancellationToken).ConfigureAwait(false);
        return await Send(connection, info, args, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<PhysicalConnection> ConnectedAsync(CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            ObjectDisposedException.ThrowIf(_shutdown.IsCancellationRequested, this);
            Task signal;
            lock (_stateLock)
            {
                if (_connection is { IsHealthy: true } connection)
                {
                    return connection;
                }
                signal = _connected.Task;
            }
            var remaining = _options.ConnectTimeout - waited.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                var reason = _lastConnectError?.Message ?? "still connecting";
                throw new RedisConnectionException(
                    $"Not connected to Redis at {Endpoint} after waiting {_options.ConnectTimeout.TotalMilliseconds:0} ms ({reason}).",
                    _lastConnectError);
            }
            if (signal.IsCompleted)
            {
                // The connection just dropped and the keeper has not reset the signal yet.
                await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken).ConfigureAwait(false);
                continue;
            }
            try
            {
                await signal.WaitAsync(remaining, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Loop once more to report the failure with the last connection error.
            }
        }
    }

    private async Task KeepConnectedAsync()
    {
        var delay = _options.ReconnectMinDelay;
        while (!_shutdown.IsCancellationRequested)
        {
            try
            {
                var connection = await ConnectionOpener.ConnectAsync(_options, OnPush, _shutdown.Token).ConfigureAwait(false);
                lock (_stateLock)
                {
                    _connection = connection;
                    _lastConnectError = null;
                    _connected.TrySetResult();
                }
                LogConnected(Endpoint);
                delay = _options.ReconnectMinDelay;

                await connection.Closed.WaitAsync(_shutdown.Token).ConfigureAwait(false);
                lock (_stateLock)
                {
                    _lastConnectError = connection.Failure;
                    _connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
                LogConnectionLost(Endpoint, connection.Failure?.Message);
            }
            catch (OperationCanceledException) when (_shutdown.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _lastConnectError = ex;
                LogConnectFailed(Endpoint, ex.Message, delay.TotalMilliseconds);
                try
                {
                    var jitter = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * delay.TotalMilliseconds * 0.2);
                    await Task.Delay(delay + jitter, _shutdown.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.ReconnectMaxDelay.Ticks));
            }
        }
    }

    private void OnPush(RedisReply push)
    {
        try
        {
            PushReceived?.Invoke(push);
        }
        catch (Exception ex)
        {
            LogPushHandlerFailed(ex);
        }
    }

    private static long Deadline(TimeSpan timeout) => Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Redis at {Endpoint}.")]
    private partial void LogConnected(RedisEndpoint endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection to Redis at {Endpoint}: {Reason}. Reconnecting.")]
    private partial void LogConnectionLost(RedisEndpoint endpoint, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not connect to Redis at {Endpoint}: {Reason}. Retrying in {DelayMs} ms.")]
    private partial void LogConnectFailed(RedisEndpoint endpoint, string reason, double delayMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "A PushReceived handler threw.")]
    private partial void LogPushHandlerFailed(Exception exception);
}
