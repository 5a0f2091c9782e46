using System.Collections.Concurrent;
using Grpc.Core;
using Platform.Grpc.Client;

namespace Grpc.Net.Client;

/// <summary>
/// A gRPC channel over HttpClient with HTTP/2 prior knowledge (h2c on <c>http://</c> addresses, TLS with
/// ALPN on <c>https://</c>). Cheap to share; create one per server address and reuse it.
/// </summary>
public sealed class GrpcChannel : ChannelBase, IDisposable
{
    private readonly HttpMessageInvoker _invoker;
    private readonly bool _disposeInvoker;
    private readonly ConcurrentDictionary<string, Uri> _methodUris = new(StringComparer.Ordinal);
    private readonly HttpClientCallInvoker _callInvoker;
    private bool _disposed;

    private GrpcChannel(Uri address, GrpcChannelOptions options)
        : base(address.Authority)
    {
        if (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"Address '{address}' must use http (h2c) or https.", nameof(address));
        }

        Address = address;
        Options = options;
        if (options.HttpClient is { } httpClient)
        {
            _invoker = httpClient;
            _disposeInvoker = options.DisposeHttpClient;
        }
        else if (options.HttpHandler is { } handler)
        {
            _invoker = new HttpMessageInvoker(handler, disposeHandler: options.DisposeHttpClient);
            _disposeInvoker = true;
        }
        else
        {
            _invoker = new HttpMessageInvoker(CreateDefaultHandler(), disposeHandler: true);
            _disposeInvoker = true;
        }

        _callInvoker = new HttpClientCallInvoker(this);
    }

    public Uri Address { get; }

    internal GrpcChannelOptions Options { get; }

    public static GrpcChannel ForAddress(string address) => ForAddress(new Uri(address), new GrpcChannelOptions());

    public static GrpcChannel ForAddress(string address, GrpcChannelOptions channelOptions) => ForAddress(new Uri(address), channelOptions);

    public static GrpcChannel ForAddress(Uri address) => ForAddress(address, new GrpcChannelOptions());

    public static GrpcChannel ForAddress(Uri address, GrpcChannelOptions channelOptions)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(channelOptions);
        return new GrpcChannel(address, channelOptions);
    }

    public override CallInvoker CreateCallInvoker()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _callInvoker;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_disposeInvoker)
        {
            _invoker.Dispose();
        }
    }

    protected override Task ShutdownAsyncCore()
    {
        Dispose();
        return Task.CompletedTask;
    }

    internal Uri GetMethodUri(IMethod method) =>
        _methodUris.GetOrAdd(method.FullName, static (path, address) => new Uri(address, path), Address);

    internal Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _invoker is HttpClient client
            ? client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            : _invoker.SendAsync(request, cancellationToken);
    }

    private static SocketsHttpHandler CreateDefaultHandler() => new()
    {
        EnableMultipleHttp2Connections = true,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
        KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    };
}
