namespace Grpc.Core;

/// <summary>What a server handler knows about its call and how it shapes the response.</summary>
public abstract class ServerCallContext
{
    private Dictionary<object, object>? _userState;

    /// <summary>The full method name, <c>/package.Service/Method</c>.</summary>
    public string Method => MethodCore;

    public string Host => HostCore;

    /// <summary>The client's address, e.g. <c>ipv4:127.0.0.1:5000</c>.</summary>
    public string Peer => PeerCore;

    /// <summary>The call's deadline in UTC, or <see cref="DateTime.MaxValue"/> when there is none.</summary>
    public DateTime Deadline => DeadlineCore;

    public Metadata RequestHeaders => RequestHeadersCore;

    /// <summary>Cancelled when the client cancels, the deadline passes or the connection drops.</summary>
    public CancellationToken CancellationToken => CancellationTokenCore;

    /// <summary>Trailers sent with the final status.</summary>
    public Metadata ResponseTrailers => ResponseTrailersCore;

    /// <summary>The status sent when the handler returns normally.</summary>
    public Status Status
    {
        get => StatusCore;
        set => StatusCore = value;
    }

    public WriteOptions? WriteOptions
    {
        get => WriteOptionsCore;
        set => WriteOptionsCore = value;
    }

    /// <summary>State that interceptors and handlers of this call share.</summary>
    public IDictionary<object, object> UserState => UserStateCore;

    /// <summary>Sends the response headers now; allowed once, before the first message.</summary>
    public Task WriteResponseHeadersAsync(Metadata responseHeaders) => WriteResponseHeadersAsyncCore(responseHeaders);

    protected abstract string MethodCore { get; }

    protected abstract string HostCore { get; }

    protected abstract string PeerCore { get; }

    protected abstract DateTime DeadlineCore { get; }

    protected abstract Metadata RequestHeadersCore { get; }

    protected abstract CancellationToken CancellationTokenCore { get; }

    protected abstract Metadata ResponseTrailersCore { get; }

    protected abstract Status StatusCore { get; set; }

    protected abstract WriteOptions? WriteOptionsCore { get; set; }

    protected virtual IDictionary<object, object> UserStateCore => _userState ??= [];

    protected abstract Task WriteResponseHeadersAsyncCore(Metadata responseHeaders);
}
