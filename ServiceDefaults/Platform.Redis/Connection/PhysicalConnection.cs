using System.Diagnostics;
using System.Net.Sockets;
using Platform.Redis.Protocol;

namespace Platform.Redis.Connection;

/// <summary>
/// One TCP connection to redis-server shared by any number of concurrent callers. Callers encode their commands
/// into a common buffer and queue a <see cref="PendingReply"/> under one lock, so the reply order is the queue
/// order; a writer loop sends whatever accumulated in one write (one flush per batch) and a reader loop parses
/// replies and completes the queue's entries in order. When the connection fails, every entry still waiting
/// fails at once with <see cref="RedisConnectionException"/>.
/// </summary>
internal sealed class PhysicalConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly object _lock = new();
    private readonly Queue<PendingReply> _awaitingReply = new();
    private readonly SemaphoreSlim _writeSignal = new(0);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<RedisReply>? _onPush;
    private readonly Timer _timeoutSweep;
    private CommandBuffer _accumulating = new();
    private CommandBuffer _sending = new();
    private bool _writerIdle;
    private Exception? _failure;

    public PhysicalConnection(Socket socket, RedisEndpoint endpoint, TimeSpan commandTimeout, Action<RedisReply>? onPush)
    {
        _socket = socket;
        Endpoint = endpoint;
        _onPush = onPush;
        var sweepPeriod = TimeSpan.FromMilliseconds(Math.Clamp(commandTimeout.TotalMilliseconds / 5, 20, 1000));
        _timeoutSweep = new Timer(static state => ((PhysicalConnection)state!).FailExpiredCommands(), this, sweepPeriod, sweepPeriod);
        _ = Task.Run(WriteLoopAsync);
        _ = Task.Run(ReadLoopAsync);
    }

    public RedisEndpoint Endpoint { get; }

    /// <summary>Completes when the connection has failed or been disposed.</summary>
    public Task Closed => _closed.Task;

    public bool IsHealthy => Volatile.Read(ref _failure) is null;

    /// <summary>Why the connection closed, once it has.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    /// <summary>Queues one command; the reply completes <paramref name="reply"/>.</summary>
    public void Submit(PendingReply reply, ReadOnlySpan<byte> name, ReadOnlySpan<RedisArg> args)
    {
        lock (_lock)
        {
            ThrowIfFailed();
            _accumulating.WriteCommand(name, args);
            _awaitingReply.Enqueue(reply);
            WakeWriter();
        }
    }

    /// <summary>Queues MULTI, the commands and EXEC back to back, so no other caller's command lands inside the block.</summary>
    public void SubmitTransaction(PendingReply reply, IReadOnlyList<QueuedCommand> commands)
    {
        lock (_lock)
        {
            ThrowIfFailed();
            _accumulating.WriteCommand("MULTI"u8, []);
            foreach (var command in commands)
            {
                _accumulating.WriteCommand(command.Info.NameBytes, command.Args);
            }
            _accumulating.WriteCommand("EXEC"u8, []);
            reply.ExpectedReplies = commands.Count + 2;
            _awaitingReply.Enqueue(reply);
            WakeWriter();
        }
    }

    /// <summary>Sends one command outside any client bookkeeping (handshake, health probes of dedicated connections).</summary>
    public ValueTask<RedisReply> ExecuteDirectAsync(string command, RedisArg[] args, TimeSpan timeout)
    {
        var info = CommandInfo.For(command);
        var reply = PendingReply.Rent(info.Name, Endpoint, Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency));
        try
        {
            Submit(reply, info.NameBytes, args);
        }
        catch (Exception ex)
        {
            reply.TrySetException(ex);
            reply.ReleaseByConnection();
        }
        return reply.AsValueTask();
    }

    /// <summary>Closes the connection; waiting commands fail with <see cref="RedisConnectionException"/>.</summary>
    public ValueTask DisposeAsync()
    {
        Fail(new RedisConnectionException($"The connection to Redis at {Endpoint} was closed by the client."));
        return ValueTask.CompletedTask;
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw new RedisConnectionException($"The connection to Redis at {Endpoint} is broken: {_failure.Message}", _failure);
        }
    }

    private void WakeWriter()
    {
        if (_writerIdle)
        {
            _writerIdle = false;
            _writeSignal.Release();
        }
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            while (true)
            {
                CommandBuffer? batch = null;
                lock (_lock)
                {
                    if (_failure is not null)
                    {
                        return;
                    }
                    if (_accumulating.Length == 0)
                    {
                        _writerIdle = true;
                    }
                    else
                    {
                        batch = _accumulating;
                        _accumulating = _sending;
                        _sending = batch;
                    }
                }
                if (batch is null)
                {
                    await _writeSignal.WaitAsync().ConfigureAwait(false);
                    continue;
                }

                var remaining = batch.WrittenMemory;
                while (!remaining.IsEmpty)
                {
                    var sent = await _socket.SendAsync(remaining, SocketFlags.None).ConfigureAwait(false);
                    remaining = remaining[sent..];
                }
                batch.Clear();
            }
        }
        catch (Exception ex)
        {
            Fail(ex);
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new ReceiveBuffer();
        var scanner = new RespScanner();
        var replies = new List<RedisReply>();
        try
        {
            while (true)
            {
                var read = await _socket.ReceiveAsync(buffer.FreeSpace(), SocketFlags.None).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new RedisConnectionException($"Redis at {Endpoint} closed the connection.");
                }
                buffer.Commit(read);

                int length;
                while ((length = scanner.TryScan(buffer.Unread)) > 0)
                {
                    replies.Add(RespParser.Parse(buffer.Unread[..length]));
                    buffer.Consume(length);
                }
                if (replies.Count > 0)
                {
                    Dispatch(replies);
                }
            }
        }
        catch (Exception ex)
        {
            Fail(ex);
        }
        finally
        {
            buffer.Release();
        }
    }

    private void Dispatch(List<RedisReply> replies)
    {
        var completions = CompletionBatch.Rent();
        lock (_lock)
        {
            foreach (var reply in replies)
            {
                if (reply.Kind == RedisReplyKind.Push)
                {
                    continue;
                }
                if (!_awaitingReply.TryPeek(out var pending))
                {
                    throw new RedisProtocolException($"Redis at {Endpoint} sent a reply nobody was waiting for.");
                }
                pending.ReceivedReplies++;
                if (pending.ReceivedReplies < pending.ExpectedReplies)
                {
                    if (reply.IsError)
                    {
                        pending.EarlierError ??= reply.ErrorMessage;
                    }
                    continue;
                }
                _awaitingReply.Dequeue();
                completions.Add(pending, reply);
            }
        }

        foreach (var reply in replies)
        {
            if (reply.Kind == RedisReplyKind.Push)
            {
                _onPush?.Invoke(reply);
            }
        }
        replies.Clear();
        if (completions.Count == 0)
        {
            completions.Execute();
            return;
        }
        ThreadPool.UnsafeQueueUserWorkItem(completions, preferLocal: false);
    }

    /// <summary>
    /// Fails the callers whose deadline passed. Their entries stay queued so that replies, when they come, still
    /// line up with the commands that were sent; those late replies are then dropped.
    /// </summary>
    private void FailExpiredCommands()
    {
        List<PendingReply>? expired = null;
        var now = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            foreach (var pending in _awaitingReply)
            {
                if (pending.Deadline > now)
                {
                    // Every command on a connection has the same timeout, so later entries expire later.
                    break;
                }
                if (!pending.IsCompleted)
                {
                    (expired ??= []).Add(pending);
                }
            }
        }
        foreach (var pending in expired ?? [])
        {
            pending.TrySetException(new RedisTimeoutException(
                $"No reply to {pending.CommandName} from Redis at {Endpoint} within the command timeout; the command may still run."));
        }
    }

    private void Fail(Exception reason)
    {
        PendingReply[] abandoned;
        lock (_lock)
        {
            if (_failure is not null)
            {
                return;
            }
            _failure = reason;
            abandoned = [.. _awaitingReply];
            _awaitingReply.Clear();
            _writerIdle = false;
        }

        _timeoutSweep.Dispose();
        _writeSignal.Release();
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already disconnected.
        }
        catch (ObjectDisposedException)
        {
            // Already closed.
        }
        _socket.Dispose();

        foreach (var pending in abandoned)
        {
            pending.TrySetException(new RedisConnectionException(
                $"The connection to Redis at {Endpoint} was lost before {pending.CommandName} got its reply ({reason.Message}); it may or may not have run.",
                reason));
            pending.ReleaseByConnection();
        }
        _closed.TrySetResult();
    }
}
