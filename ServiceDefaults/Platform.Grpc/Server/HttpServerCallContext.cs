using System.IO.Pipelines;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Platform.Grpc.Wire;

namespace Platform.Grpc.Server;

/// <summary>
/// One server call over one HTTP/2 request: its deadline, metadata, request reader and response
/// writing. The response status goes out as trailers, or as headers alone (trailers-only) when the
/// call fails before any message or header was sent.
/// </summary>
internal sealed partial class HttpServerCallContext : ServerCallContext, IDisposable
{
    // Below Kestrel's default request body limit (30 MB): a single-message request that large needs no lifting.
    private const int SingleMessageBodyLimit = 16 * 1024 * 1024;

    private readonly IMethod _method;
    private readonly ServerCallSettings _settings;
    private Metadata? _requestHeaders;
    private Metadata? _responseTrailers;
    private Status _status = Status.DefaultSuccess;
    private WriteOptions? _writeOptions;
    private DateTime _deadline = DateTime.MaxValue;
    private CancellationTokenSource? _deadlineCts;
    private ITimer? _deadlineTimer;
    private volatile bool _deadlineExceeded;

    // With a deadline, the deadline timer may answer the call while the handler still runs; this
    // gate keeps it and the handler's writes off the response at the same time.
    private SemaphoreSlim? _responseGate;
    private int _ended;
    private GrpcMessageReader? _requestReader;
    private FramingSerializationContext? _serializationContext;
    private bool _compressResponses;
    private bool _requestCompressed;
    private bool _messageWritten;

    public HttpServerCallContext(HttpContext httpContext, IMethod method, ServerCallSettings settings)
    {
        HttpContext = httpContext;
        _method = method;
        _settings = settings;
    }

    public HttpContext HttpContext { get; }

    public bool DeadlineExceeded => _deadlineExceeded;

    /// <summary>Set once the handler is done; later writes fail.</summary>
    public bool IsComplete { get; private set; }

    public ServerCallSettings Settings => _settings;

    public string MethodFullName => _method.FullName;

    protected override string MethodCore => _method.FullName;

    protected override string HostCore => HttpContext.Request.Host.Value ?? "";

    protected override string PeerCore
    {
        get
        {
            var connection = HttpContext.Connection;
            var address = connection.RemoteIpAddress;
            return address switch
            {
                null => "unknown",
                { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } => $"ipv6:[{address}]:{connection.RemotePort}",
                _ => $"ipv4:{address}:{connection.RemotePort}",
            };
        }
    }

    protected override DateTime DeadlineCore => _deadline;

    protected override Metadata RequestHeadersCore => _requestHeaders ??= ReadRequestHeaders();

    protected override CancellationToken CancellationTokenCore => _deadlineCts?.Token ?? HttpContext.RequestAborted;

    protected override Metadata ResponseTrailersCore => _responseTrailers ??= [];

    protected override Status StatusCore
    {
        get => _status;
        set => _status = value;
    }

    protected override WriteOptions? WriteOptionsCore
    {
        get => _writeOptions;
        set => _writeOptions = value;
    }

    public GrpcMessageReader RequestReader =>
        _requestReader ??= new GrpcMessageReader(HttpContext.Request.BodyReader, _settings.MaxReceiveMessageSize, _requestCompressed);

    /// <summary>
    /// Reads the call's protocol headers. False when they are invalid; the status to answer is then set.
    /// </summary>
    public bool TryInitialize()
    {
        var request = HttpContext.Request;
        var response = HttpContext.Response;
        response.ContentType = GrpcProtocol.ContentType;
        if (_method.Type is MethodType.ClientStreaming or MethodType.DuplexStreaming || _settings.MaxReceiveMessageSize is null or > SingleMessageBodyLimit)
        {
            RemoveBodyLimits(HttpContext.Features);
        }

        var headers = request.Headers;
        if (headers.TryGetValue(GrpcProtocol.EncodingHeader, out var encodingValue))
        {
            var encoding = encodingValue.ToString();
            if (!GrpcProtocol.IsSupportedEncoding(encoding))
            {
                // The spec asks for the supported encodings in this answer.
                response.Headers[GrpcProtocol.AcceptEncodingHeader] = GrpcProtocol.SupportedEncodings;
                _status = new Status(StatusCode.Unimplemented, $"Unsupported grpc-encoding value '{encoding}'. Supported encodings: {GrpcProtocol.SupportedEncodings}");
                return false;
            }

            _requestCompressed = !string.Equals(encoding, GrpcProtocol.IdentityEncoding, StringComparison.OrdinalIgnoreCase);
        }

        if (headers.TryGetValue(GrpcProtocol.TimeoutHeader, out var timeoutValue))
        {
            if (!GrpcTimeout.TryParse(timeoutValue.ToString(), out var timeout))
            {
                _status = new Status(StatusCode.Internal, $"Malformed grpc-timeout header '{timeoutValue}'.");
                return false;
            }

            if (!StartDeadline(timeout))
            {
                _status = DeadlineExceededStatus;
                return false;
            }
        }

        if (_settings.ResponseCompressionAlgorithm is { } algorithm &&
            GrpcProtocol.AcceptsEncoding(headers[GrpcProtocol.AcceptEncodingHeader].ToString(), algorithm))
        {
            _compressResponses = true;
            response.Headers[GrpcProtocol.EncodingHeader] = algorithm;
        }

        return true;
    }

    public void Dispose()
    {
        IsComplete = true;
        _deadlineTimer?.Dispose();
        _deadlineCts?.Dispose();
    }

    /// <summary>Arms the deadline; false when it has already passed.</summary>
    private bool StartDeadline(TimeSpan timeout)
    {
        var now = DateTime.UtcNow;
        _deadline = timeout < DateTime.MaxValue - now ? now + timeout : DateTime.MaxValue;
        _deadlineCts = CancellationTokenSource.CreateLinkedTokenSource(HttpContext.RequestAborted);
        if (timeout <= TimeSpan.Zero)
        {
            _deadlineExceeded = true;
            _deadlineCts.Cancel();
            return false;
        }

        // Timers cannot wait longer than about 49 days; such a deadline never fires in practice.
        if (timeout.TotalMilliseconds < uint.MaxValue - 1)
        {
            _responseGate = new SemaphoreSlim(1, 1);
            _deadlineTimer = TimeProvider.System.CreateTimer(static state => ((HttpServerCallContext)state!).OnDeadline(), this, timeout, Timeout.InfiniteTimeSpan);
        }

        return true;
    }

    private void OnDeadline()
    {
        _deadlineExceeded = true;
        try
        {
            _deadlineCts?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The call finished while the timer fired.
            return;
        }

        _ = AnswerDeadlineAsync();
    }

    private Metadata ReadRequestHeaders()
    {
        var metadata = new Metadata();
        foreach (var (key, values) in HttpContext.Request.Headers)
        {
            var name = key.ToLowerInvariant();
            if (MetadataValues.IsReserved(name))
            {
                continue;
            }

            foreach (var value in values)
            {
                metadata.Add(MetadataValues.FromHeader(name, value ?? ""));
            }
        }

        return metadata;
    }

    private static void RemoveBodyLimits(IFeatureCollection features)
    {
        // A streaming call may carry far more than one request body's worth of data, and may be idle.
        if (features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = null;
        }

        if (features.Get<IHttpMinRequestBodyDataRateFeature>() is { } rateFeature)
        {
            rateFeature.MinDataRate = null;
        }
    }

    private PipeWriter ResponseWriter => HttpContext.Response.BodyWriter;
}
