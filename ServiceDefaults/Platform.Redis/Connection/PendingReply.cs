using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Tasks.Sources;

namespace Platform.Redis.Connection;

/// <summary>
/// The caller's side of one submitted command (or one MULTI..EXEC block): a pooled, reusable value-task source.
/// It is completed exactly once — by its reply, by a timeout, by cancellation or by the connection failing — and
/// goes back to the pool only when both the connection (which may still hold it in its reply queue) and the
/// awaiting caller are done with it.
/// </summary>
internal sealed class PendingReply : IValueTaskSource<RedisReply>
{
    private const int PoolLimit = 4096;
    private static readonly ConcurrentQueue<PendingReply> Pool = new();

    private ManualResetValueTaskSourceCore<RedisReply> _core = new() { RunContinuationsAsynchronously = false };
    private int _completed;
    private int _releases;
    private CancellationTokenRegistration _cancellation;
    private CancellationToken _cancellationToken;

    public string CommandName { get; private set; } = "";

    /// <summary>Stopwatch timestamp after which the caller gets a timeout; long.MaxValue for never.</summary>
    public long Deadline { get; set; }

    /// <summary>How many replies this entry consumes (1, or n+2 for MULTI, n commands, EXEC).</summary>
    public int ExpectedReplies { get; set; }

    /// <summary>Replies consumed so far; only the connection's reader touches it.</summary>
    public int ReceivedReplies { get; set; }

    /// <summary>The first error among the replies before the last one (a command refused inside MULTI).</summary>
    public string? EarlierError { get; set; }

    private Activity? Activity { get; set; }

    private long StartTimestamp { get; set; }

    private RedisEndpoint? Endpoint { get; set; }

    public bool IsCompleted => Volatile.Read(ref _completed) != 0;

    public static PendingReply Rent(string commandName, RedisEndpoint endpoint, long deadline, int expectedReplies = 1)
    {
        if (!Pool.TryDequeue(out var reply))
        {
            reply = new PendingReply();
        }
        reply.CommandName = commandName;
        reply.Endpoint = endpoint;
        reply.Deadline = deadline;
        reply.ExpectedReplies = expectedReplies;
        return reply;
    }

    public ValueTask<RedisReply> AsValueTask() => new(this, _core.Version);

    /// <summary>Starts the client span and the duration clock, if anyone listens.</summary>
    public void StartTelemetry(int database)
    {
        if (RedisTelemetry.OperationDuration.Enabled)
        {
            StartTimestamp = Stopwatch.GetTimestamp();
        }
        if (!RedisTelemetry.Source.HasListeners())
        {
            return;
        }
        var caller = System.Diagnostics.Activity.Current;
        var activity = RedisTelemetry.Source.StartActivity(CommandName, ActivityKind.Client);
        if (activity is null)
        {
            return;
        }
        if (activity.IsAllDataRequested)
        {
            activity.SetTag("db.system", "redis");
            activity.SetTag("db.system.name", "redis");
            activity.SetTag("db.operation", CommandName);
            activity.SetTag("db.operation.name", CommandName);
            activity.SetTag("db.namespace", database.ToString(System.Globalization.CultureInfo.InvariantCulture));
            activity.SetTag("server.address", Endpoint!.Host);
            activity.SetTag("server.port", Endpoint.Port);
        }
        Activity = activity;
        // The span ends when the reply arrives on another thread; the caller's own context stays as it was.
        System.Diagnostics.Activity.Current = caller;
    }

    public void ObserveCancellation(CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
        {
            return;
        }
        _cancellationToken = cancellationToken;
        _cancellation = cancellationToken.UnsafeRegister(
            static state =>
            {
                var reply = (PendingReply)state!;
                reply.TrySetException(new OperationCanceledException($"The {reply.CommandName} command was canceled.", reply._cancellationToken));
            },
            this);
    }

    public bool TrySetResult(RedisReply reply)
    {
        if (reply.IsError)
        {
            var message = reply.ErrorMessage!;
            return TrySetException(new RedisServerException(EarlierError is null ? message : $"{message} First error: {EarlierError}"));
        }
        if (Interlocked.Exchange(ref _completed, 1) != 0)
        {
            return false;
        }
        FinishTelemetry(null);
        _core.SetResult(reply);
        return true;
    }

    public bool TrySetException(Exception error)
    {
        if (Interlocked.Exchange(ref _completed, 1) != 0)
        {
            return false;
        }
        FinishTelemetry(error);
        _core.SetException(error);
        return true;
    }

    /// <summary>Called once by whoever held the entry in a reply queue (or by the submitter if it never got there).</summary>
    public void ReleaseByConnection() => Release();

    RedisReply IValueTaskSource<RedisReply>.GetResult(short token)
    {
        try
        {
            return _core.GetResult(token);
        }
        finally
        {
            Release();
        }
    }

    ValueTaskSourceStatus IValueTaskSource<RedisReply>.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource<RedisReply>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);

    private void FinishTelemetry(Exception? error)
    {
        _cancellation.Unregister();
        var errorType = error switch
        {
            null => null,
            RedisServerException server => server.ErrorCode,
            _ => error.GetType().Name,
        };
        if (StartTimestamp != 0)
        {
            var tags = new TagList
            {
                { "db.system.name", "redis" },
                { "db.operation.name", CommandName },
            };
            if (errorType is not null)
            {
                tags.Add("error.type", errorType);
            }
            RedisTelemetry.OperationDuration.Record(Stopwatch.GetElapsedTime(StartTimestamp).TotalSeconds, tags);
        }
        if (Activity is { } activity)
        {
            if (errorType is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, errorType);
                activity.SetTag("error.type", errorType);
            }
            activity.Stop();
        }
    }

    private void Release()
    {
        if (Interlocked.Increment(ref _releases) != 2)
        {
            return;
        }
        // Waits for a cancellation callback that may still be running, so it cannot touch the next command.
        _cancellation.Dispose();
        _core.Reset();
        _completed = 0;
        _releases = 0;
        _cancellation = default;
        _cancellationToken = default;
        Activity = null;
        StartTimestamp = 0;
        ReceivedReplies = 0;
        EarlierError = null;
        Endpoint = null;
        if (Pool.Count < PoolLimit)
        {
            Pool.Enqueue(this);
        }
    }
}
