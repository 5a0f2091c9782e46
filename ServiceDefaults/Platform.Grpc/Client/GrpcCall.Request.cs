using System.Net;
using Grpc.Core;
using Platform.Grpc.Telemetry;
using Platform.Grpc.Wire;

namespace Platform.Grpc.Client;

internal sealed partial class GrpcCall<TRequest, TResponse>
{
    private const string UserAgent = "grpc-dotnet-platform/1.0";

    private StreamingRequestContent? _requestContent;
    private HttpRequestMessage? _request;
    private Task<bool>? _sendTask;

    public async Task<TResponse> RunUnaryAsync(TRequest request)
    {
        UnaryRequestContent content;
        try
        {
            content = UnaryRequestContent.Create(request, _method.RequestMarshaller.ContextualSerializer, _channel.Options.MaxSendMessageSize, RequestCompressed);
        }
        catch (Exception exception)
        {
            FinishWithException(exception);
            throw CreateFailureException();
        }

        return await ReceiveSingleResponseAsync(SendAsync(content)).ConfigureAwait(false);
    }

    public void StartServerStreaming(TRequest request)
    {
        try
        {
            var content = UnaryRequestContent.Create(request, _method.RequestMarshaller.ContextualSerializer, _channel.Options.MaxSendMessageSize, RequestCompressed);
            _sendTask = SendAsync(content);
        }
        catch (Exception exception)
        {
            FinishWithException(exception);
            _sendTask = Task.FromResult(false);
        }
    }

    public IClientStreamWriter<TRequest> StartClientStreaming(out Task<TResponse> response)
    {
        var writer = StartRequestStream();
        response = ReceiveSingleResponseAsync(_sendTask!);
        return writer;
    }

    public IClientStreamWriter<TRequest> StartDuplexStreaming() => StartRequestStream();

    private bool RequestCompressed => _options.Headers?.GetValue(GrpcProtocol.CompressionRequestHeader) is { } encoding &&
        (string.Equals(encoding, GrpcProtocol.GzipEncoding, StringComparison.OrdinalIgnoreCase)
            ? true
            : throw new ArgumentException($"Request compression '{encoding}' is not supported; use '{GrpcProtocol.GzipEncoding}'."));

    private ClientStreamWriter<TRequest, TResponse> StartRequestStream()
    {
        _requestContent = new StreamingRequestContent();
        var writer = new ClientStreamWriter<TRequest, TResponse>(this, _requestContent, _method.RequestMarshaller.ContextualSerializer, _channel.Options.MaxSendMessageSize, RequestCompressed);
        _sendTask = SendAsync(_requestContent);
        return writer;
    }

    /// <summary>The one response of a unary or client-streaming call; any failure surfaces as the call's status.</summary>
    private async Task<TResponse> ReceiveSingleResponseAsync(Task<bool> sendTask)
    {
        try
        {
            if (await sendTask.ConfigureAwait(false) && await ReadSingleResponseAsync().ConfigureAwait(false) is { } message)
            {
                return message;
            }

            throw CreateFailureException();
        }
        finally
        {
            DisposeResponse();
        }
    }

    /// <summary>Sends the request and checks the response headers; true when response messages follow.</summary>
    private async Task<bool> SendAsync(HttpContent content)
    {
        // Started here, inside the call's own async flow: HttpClient sees it as the current span and
        // propagates it in traceparent, while the caller's current span is left untouched. Started
        // before the timers, so a deadline that fires at once still ends it.
        _telemetry = RpcCallTelemetry.StartClient(_method, _channel.Address.Host, _channel.Address.Port);
        if (!StartTimers(out var timeout))
        {
            return false;
        }
        try
        {
            // Disposed with the response at the end of the call, never while HttpClient may still send it.
            _request = CreateRequest(content, timeout);
            var response = await _channel.SendAsync(_request, _callCts.Token).ConfigureAwait(false);
            return await AcceptResponseAsync(response).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            FinishWithException(exception);
            return false;
        }
    }

    private HttpRequestMessage CreateRequest(HttpContent content, TimeSpan? timeout)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _channel.GetMethodUri(_method))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        var headers = request.Headers;
        headers.TryAddWithoutValidation(GrpcProtocol.TeHeader, GrpcProtocol.TeTrailers);
        headers.TryAddWithoutValidation("user-agent", UserAgent);
        headers.TryAddWithoutValidation(GrpcProtocol.AcceptEncodingHeader, GrpcProtocol.SupportedEncodings);
        if (timeout is { } value)
        {
            headers.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(value));
        }

        if (RequestCompressed)
        {
            headers.TryAddWithoutValidation(GrpcProtocol.EncodingHeader, GrpcProtocol.GzipEncoding);
        }

        if (_options.Headers is { } metadata)
        {
            foreach (var entry in metadata)
            {
                if (!MetadataValues.IsReservedForSending(entry.Key))
                {
                    headers.TryAddWithoutValidation(entry.Key, MetadataValues.ToHeaderValue(entry));
                }
            }
        }

        return request;
    }
}
