using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Platform.Grpc.Wire;

namespace Platform.Grpc.Server;

internal sealed partial class HttpServerCallContext
{
    private const string GenericErrorDetail = "Exception was thrown by handler.";

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders)
    {
        ArgumentNullException.ThrowIfNull(responseHeaders);
        if (HttpContext.Response.HasStarted || _messageWritten)
        {
            throw new InvalidOperationException("Response headers can only be sent once per call, before the first message.");
        }

        foreach (var entry in responseHeaders)
        {
            if (MetadataValues.IsReservedForSending(entry.Key))
            {
                throw new InvalidOperationException($"Header '{entry.Key}' is reserved for the gRPC protocol.");
            }

            HttpContext.Response.Headers.Append(entry.Key, MetadataValues.ToHeaderValue(entry));
        }

        return HttpContext.Response.BodyWriter.FlushAsync(CancellationTokenCore).AsTask();
    }

    /// <summary>Frames one response message into the response body (not flushed).</summary>
    public void WriteMessage<T>(T message, Action<T, SerializationContext> serializer, WriteOptions? writeOptions)
    {
        if (IsComplete)
        {
            throw new InvalidOperationException("Can't write the message because the call is complete.");
        }

        var compress = _compressResponses && !(writeOptions ?? _writeOptions).Has(WriteFlags.NoCompress);
        (_serializationContext ??= new FramingSerializationContext())
            .WriteMessage(message, serializer, ResponseWriter, _settings.MaxSendMessageSize, compress);
        _messageWritten = true;
    }

    /// <summary>Chooses the status for an exception that escaped the handler; details stay in the log.</summary>
    public void SetStatusFromException(Exception exception)
    {
        if (_deadlineExceeded)
        {
            _status = new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded");
            return;
        }

        switch (exception)
        {
            case RpcException rpc:
                _status = rpc.Status;
                foreach (var entry in rpc.Trailers)
                {
                    ResponseTrailersCore.Add(entry);
                }

                GrpcServerLog.RpcError(_settings.Logger, _method.FullName, rpc.StatusCode, rpc.Status.Detail);
                break;
            case OperationCanceledException or IOException when HttpContext.RequestAborted.IsCancellationRequested:
                _status = new Status(StatusCode.Cancelled, "Call canceled by the client.");
                break;
            default:
                GrpcServerLog.HandlerError(_settings.Logger, _method.FullName, exception);
                _status = new Status(
                    StatusCode.Unknown,
                    _settings.EnableDetailedErrors ? $"{GenericErrorDetail} {exception.GetType().Name}: {exception.Message}" : GenericErrorDetail);
                break;
        }
    }

    /// <summary>Sends the final status: as trailers, or as headers alone when nothing else was sent.</summary>
    public void EndCall()
    {
        IsComplete = true;
        if (_deadlineExceeded && _status.StatusCode == StatusCode.OK)
        {
            _status = new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded");
        }

        if (HttpContext.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var response = HttpContext.Response;
        if (!response.HasStarted && !_messageWritten)
        {
            WriteStatus(response.Headers, _status, _responseTrailers);
            return;
        }

        if (HttpContext.Features.Get<IHttpResponseTrailersFeature>()?.Trailers is not { IsReadOnly: false } trailers)
        {
            // Without trailers there is no way to carry the status; resetting the stream tells the client the call failed.
            HttpContext.Features.Get<IHttpResetFeature>()?.Reset(errorCode: 2);
            return;
        }

        WriteStatus(trailers, _status, _responseTrailers);
    }

    /// <summary>Answers a call rejected before it started: trailers-only with this status.</summary>
    public static void WriteTrailersOnly(HttpResponse response, Status status)
    {
        response.ContentType = GrpcProtocol.ContentType;
        WriteStatus(response.Headers, status, null);
    }

    private static void WriteStatus(IHeaderDictionary headers, Status status, Metadata? trailers)
    {
        headers[GrpcProtocol.StatusTrailer] = StatusCodeText(status.StatusCode);
        if (!string.IsNullOrEmpty(status.Detail))
        {
            headers[GrpcProtocol.MessageTrailer] = PercentEncoding.Encode(status.Detail);
        }

        if (trailers is null)
        {
            return;
        }

        foreach (var entry in trailers)
        {
            if (!MetadataValues.IsReservedForSending(entry.Key))
            {
                headers.Append(entry.Key, MetadataValues.ToHeaderValue(entry));
            }
        }
    }

    private static string StatusCodeText(StatusCode code) => code switch
    {
        StatusCode.OK => "0",
        _ => ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
