namespace Grpc.Core;

/// <summary>A server-streaming call in flight; read <see cref="ResponseStream"/>.</summary>
public sealed class AsyncServerStreamingCall<TResponse> : IDisposable
{
    private readonly AsyncCallState _state;

    public AsyncServerStreamingCall(IAsyncStreamReader<TResponse> responseStream, Task<Metadata> responseHeadersAsync, Func<Status> getStatusFunc, Func<Metadata> getTrailersFunc, Action disposeAction)
    {
        ResponseStream = responseStream ?? throw new ArgumentNullException(nameof(responseStream));
        _state = new AsyncCallState(responseHeadersAsync, getStatusFunc, getTrailersFunc, disposeAction);
    }

    public IAsyncStreamReader<TResponse> ResponseStream { get; }

    public Task<Metadata> ResponseHeadersAsync => _state.ResponseHeadersAsync;

    public Status GetStatus() => _state.GetStatus();

    public Metadata GetTrailers() => _state.GetTrailers();

    public void Dispose() => _state.Dispose();
}
