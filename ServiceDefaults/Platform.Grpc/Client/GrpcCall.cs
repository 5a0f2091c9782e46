using Grpc.Core;
using Grpc.Net.Client;
using Platform.Grpc.Telemetry;

namespace Platform.Grpc.Client;

/// <summary>
/// One client call over one HTTP/2 request. Its final status is decided exactly once: by the
/// response (trailers, trailers-only headers or HTTP status), by the deadline, by cancellation, or by
/// a transport failure; whatever comes first wins and the others see that status.
/// </summary>
internal sealed partial class GrpcCall<TRequest, TResponse> : IDisposable
    where TRequest : class
    where TResponse : class
{
    private readonly GrpcChannel _channel;
    private readonly Method<TRequest, TResponse> _method;
    private readonly CallOptions _options;
    private readonly CancellationTokenSource _callCts = new();
    private readonly TaskCompletionSource<Metadata> _headersTcs = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Status> _finishedTcs = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _userCancellation;
    private ITimer? _deadlineTimer;
    private RpcCallTelemetry _telemetry;
    private int _finished;
    private volatile bool _deadlineExceeded;
    private volatile bool _disposed;
    private Status _status;
    private Metadata? _trailers;

    public GrpcCall(GrpcChannel channel, Method<TRequest, TResponse> method, CallOptions options)
    {
        _channel = channel;
        _method = method;
        _options = options;
    }

    public Task<Metadata> ResponseHeadersAsync => _headersTcs.Task;

    /// <summary>Completes with the final status once the call is over.</summary>
    public Task<Status> Finished => _finishedTcs.Task;

    public bool IsFinished => Volatile.Read(ref _finished) != 0;

    public CancellationToken CallToken => _callCts.Token;

    public Status GetStatus() => IsFinished
        ? _status
        : throw new InvalidOperationException("Unable to get the status because the call is not complete.");

    public Metadata GetTrailers() => IsFinished
        ? _trailers ?? Metadata.Empty
        : throw new InvalidOperationException("Can't get the call trailers because the call has not completed successfully.");

    public void Dispose()
    {
        _disposed = true;
        if (!IsFinished)
        {
            Finish(new Status(StatusCode.Cancelled, "gRPC call disposed."), null);
        }

        DisposeResponse();
    }

    /// <summary>The exception a caller sees for a failed call.</summary>
    public Exception CreateFailureException()
    {
        var status = _status;
        if (_channel.Options.ThrowOperationCanceledOnCancellation &&
            status.StatusCode is StatusCode.Cancelled or StatusCode.DeadlineExceeded &&
            (_deadlineExceeded || _options.CancellationToken.IsCancellationRequested || _disposed))
        {
            return new OperationCanceledException(status.Detail, _options.CancellationToken);
        }

        return new RpcException(status, _trailers ?? Metadata.Empty);
    }

    /// <summary>Throws unless the call finished with OK.</summary>
    public void ThrowIfFailed()
    {
        if (_status.StatusCode != StatusCode.OK)
        {
            throw CreateFailureException();
        }
    }

    /// <summary>Arms the deadline and the caller's cancellation; false when the deadline has already passed.</summary>
    private bool StartTimers(out TimeSpan? timeout)
    {
        timeout = null;
        if (_options.Deadline is { } deadline && deadline != DateTime.MaxValue)
        {
            var remaining = deadline.ToUniversalTime() - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                _deadlineExceeded = true;
                Finish(new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded"), null);
                return false;
            }

            timeout = remaining;
            if (remaining.TotalMilliseconds < uint.MaxValue - 1)
            {
                _deadlineTimer = TimeProvider.System.CreateTimer(static state => ((GrpcCall<TRequest, TResponse>)state!).OnDeadline(), this, remaining, Timeout.InfiniteTimeSpan);
            }
        }

        if (_options.CancellationToken.CanBeCanceled)
        {
            _userCancellation = _options.CancellationToken.UnsafeRegister(
                static state => ((GrpcCall<TRequest, TResponse>)state!).Finish(new Status(StatusCode.Cancelled, "Call canceled by the client."), null),
                this);
        }

        return !IsFinished;
    }

    private void OnDeadline()
    {
        _deadlineExceeded = true;
        Finish(new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded"), null);
    }

    /// <summary>Records the final status once; aborts the HTTP request when the call did not end well.</summary>
    private void Finish(Status status, Metadata? trailers)
    {
        if (Interlocked.Exchange(ref _finished, 1) != 0)
        {
            return;
        }

        _status = status;
        _trailers = trailers;
        if (_headersTcs.TrySetException(new RpcException(status, trailers ?? Metadata.Empty)))
        {
            _ = _headersTcs.Task.Exception;
        }

        _deadlineTimer?.Dispose();
        _userCancellation.Dispose();
        _requestContent?.Abort();
        _telemetry.Stop(status);
        _finishedTcs.TrySetResult(status);
        if (status.StatusCode != StatusCode.OK)
        {
            _callCts.Cancel();
            DisposeResponse();
        }
    }

    private void FinishWithException(Exception exception, CancellationToken readToken = default)
    {
        Finish(StatusFromException(exception, readToken), null);
    }

    private Status StatusFromException(Exception exception, CancellationToken readToken)
    {
        if (_deadlineExceeded)
        {
            return new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded");
        }

        if (_options.CancellationToken.IsCancellationRequested || readToken.IsCancellationRequested)
        {
            return new Status(StatusCode.Cancelled, "Call canceled by the client.", exception);
        }

        if (_disposed)
        {
            return new Status(StatusCode.Cancelled, "gRPC call disposed.", exception);
        }

        return TransportErrors.ToStatus(exception);
    }
}
