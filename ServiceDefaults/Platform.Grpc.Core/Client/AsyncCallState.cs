namespace Grpc.Core;

/// <summary>What every call object exposes besides its messages: headers, status, trailers, disposal.</summary>
internal readonly struct AsyncCallState
{
    private readonly Func<Status> _getStatus;
    private readonly Func<Metadata> _getTrailers;
    private readonly Action _dispose;

    public AsyncCallState(Task<Metadata> responseHeadersAsync, Func<Status> getStatusFunc, Func<Metadata> getTrailersFunc, Action disposeAction)
    {
        ResponseHeadersAsync = responseHeadersAsync ?? throw new ArgumentNullException(nameof(responseHeadersAsync));
        _getStatus = getStatusFunc ?? throw new ArgumentNullException(nameof(getStatusFunc));
        _getTrailers = getTrailersFunc ?? throw new ArgumentNullException(nameof(getTrailersFunc));
        _dispose = disposeAction ?? throw new ArgumentNullException(nameof(disposeAction));
    }

    public Task<Metadata> ResponseHeadersAsync { get; }

    public Status GetStatus() => _getStatus();

    public Metadata GetTrailers() => _getTrailers();

    public void Dispose() => _dispose();
}
