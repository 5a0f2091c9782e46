using System.Runtime.CompilerServices;

namespace Grpc.Core;

/// <summary>A unary call in flight; await it for the response.</summary>
public sealed class AsyncUnaryCall<TResponse> : IDisposable
{
    private readonly AsyncCallState _state;

    public AsyncUnaryCall(Task<TResponse> responseAsync, Task<Metadata> responseHeadersAsync, Func<Status> getStatusFunc, Func<Metadata> getTrailersFunc, Action disposeAction)
    {
        ResponseAsync = responseAsync ?? throw new ArgumentNullException(nameof(responseAsync));
        _state = new AsyncCallState(responseHeadersAsync, getStatusFunc, getTrailersFunc, disposeAction);
    }

    public Task<TResponse> ResponseAsync { get; }

    public Task<Metadata> ResponseHeadersAsync => _state.ResponseHeadersAsync;

    public TaskAwaiter<TResponse> GetAwaiter() => ResponseAsync.GetAwaiter();

    public ConfiguredTaskAwaitable<TResponse> ConfigureAwait(bool continueOnCapturedContext) => ResponseAsync.ConfigureAwait(continueOnCapturedContext);

    /// <summary>The final status; only valid once the call has finished.</summary>
    public Status GetStatus() => _state.GetStatus();

    /// <summary>The trailers; only valid once the call has finished.</summary>
    public Metadata GetTrailers() => _state.GetTrailers();

    /// <summary>Cancels the call if it is still running and frees its resources.</summary>
    public void Dispose() => _state.Dispose();
}
