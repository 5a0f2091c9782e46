using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Platform.Grpc.Wire;

namespace Platform.Grpc.Server;

internal sealed partial class HttpServerCallContext
{
    private const string GenericErrorDetail = "Exception was thrown by handler.";
    private static readonly Status DeadlineExceededStatus = new(StatusCode.DeadlineExceeded, "Deadline Exceeded");

    protected override async Task WriteResponseHeadersAsyncCore(Metadata responseHeaders)
    {
        ArgumentNullException.ThrowIfNull(responseHeaders);
        await EnterGateAsync(CancellationTokenCore).ConfigureAwait(false);
        try
        {
            if (IsComplete || HttpContext.Response.HasStarted || _messageWritten)
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

            await HttpContext.Response.BodyWriter.FlushAsync(CancellationTokenCore).ConfigureAwait(false);
        }
        finally
        {
            _responseGate?.Release();
        }
    }

    /// <summary>Writes one message of a response stream, flushed unless buffered by hint.</summary>
    public async Task WriteStreamMessageAsync<T>(T message, Action<T, SerializationContext> serializer, WriteOptions? writeOptions, CancellationToken cancellationToken)
    {
        var callToken = CancellationTokenCore;
        callToken.ThrowIfCancellationRequested();
        cancellationToken.ThrowIfCancellationRequested();
        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, callToken) : null;
        var token = linked?.Token ?? callToken;
        await EnterGateAsync(token).ConfigureAwait(false);
        try
        {
            if (IsComplete)
            {
                throw new InvalidOperationException("Can't write the message because the call is complete.");
            }

            WriteMessage(message, serializer, writeOptions);
            if (!writeOptions.Has(WriteFlags.BufferHint))
            {
                await ResponseWriter.FlushAsync(token).ConfigureAwait(false);
            }
        }
        finally
        {
            _responseGate?.Release();
        }
    }

    /// <summary>Chooses the status for an exception that escaped the handler; details stay in the log.</summary>
    public void SetStatusFromException(Exception exception)
    {
        if (_deadlineExceeded)
        {
            _status = DeadlineExceededStatus;
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
            case var mappable when _settings.MapException(mappable) is { } mapped:
                _status = mapped;
                GrpcServerLog.MappedError(_settings.Logger, _method.FullName, mapped.StatusCode, exception);
                break;
            default:
                GrpcServerLog.HandlerError(_settings.Logger, _method.FullName, exception);
                _status = new Status(
                    StatusCode.Unknown,
                    _settings.EnableDetailedErrors ? $"{GenericErrorDetail} {exception.GetType().Name}: {exception.Message}" : GenericErrorDetail);
                break;
        }
    }

    /// <summary>
    /// Ends the call once the handler is done: writes the single response of a unary or
    /// client-streaming call, then the status — as trailers, or as headers alone when nothing else
    /// was sent. Does nothing when the deadline already answered the call.
    /// </summary>
    public ValueTask EndCallAsync<T>(T? response, Action<T, SerializationContext> serializer, bool expectsResponse)
        where T : class
    {
        if (_responseGate is null)
        {
            EndCall(response, serializer, expectsResponse);
            return ValueTask.CompletedTask;
        }

        return EndCallGatedAsync(response, serializer, expectsResponse);
    }

    /// <summary>Answers a call rejected before it started: trailers-only with this status.</summary>
    public static void WriteTrailersOnly(HttpResponse response, Status status)
    {
        response.ContentType = GrpcProtocol.ContentType;
        WriteStatus(response.Headers, status, null);
    }

    private async ValueTask EndCallGatedAsync<T>(T? response, Action<T, SerializationContext> serializer, bool expectsResponse)
        where T : class
    {
        await _responseGate!.WaitAsync().ConfigureAwait(false);
        try
        {
            EndCall(response, serializer, expectsResponse);
        }
        finally
        {
            _responseGate.Release();
        }
    }

    private void EndCall<T>(T? response, Action<T, SerializationContext> serializer, bool expectsResponse)
        where T : class
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0)
        {
            return;
        }

        if (_deadlineExceeded)
        {
            _status = DeadlineExceededStatus;
        }
        else if (expectsResponse && _status.StatusCode == StatusCode.OK)
        {
            WriteFinalMessage(response, serializer);
        }

        IsComplete = true;
        if (HttpContext.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        WriteStatusToResponse(_responseTrailers);
    }

    private void WriteFinalMessage<T>(T? response, Action<T, SerializationContext> serializer)
        where T : class
    {
        if (response is null)
        {
            _status = new Status(StatusCode.Internal, "The handler returned no response message.");
            return;
        }

        try
        {
            WriteMessage(response, serializer, _writeOptions);
        }
        catch (Exception exception)
        {
            SetStatusFromException(exception);
        }
    }

    /// <summary>The deadline passed while the handler runs: answer DEADLINE_EXCEEDED now, without waiting for it.</summary>
    private async Task AnswerDeadlineAsync()
    {
        var gate = _responseGate!;
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Interlocked.Exchange(ref _ended, 1) != 0 || HttpContext.RequestAborted.IsCancellationRequested)
            {
                return;
            }

            IsComplete = true;
            _status = DeadlineExceededStatus;
            WriteStatusToResponse(trailers: null);
            await HttpContext.Response.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away meanwhile; there is nobody left to answer.
        }
        finally
        {
            gate.Release();
        }
    }

    private void WriteStatusToResponse(Metadata? trailers)
    {
        var response = HttpContext.Response;
        if (!response.HasStarted && !_messageWritten)
        {
            WriteStatus(response.Headers, _status, trailers);
            return;
        }

        if (HttpContext.Features.Get<IHttpResponseTrailersFeature>()?.Trailers is not { IsReadOnly: false } responseTrailers)
        {
            // Without trailers there is no way to carry the status; resetting the stream tells the client the call failed.
            HttpContext.Features.Get<IHttpResetFeature>()?.Reset(errorCode: 2);
            return;
        }

        WriteStatus(responseTrailers, _status, trailers);
    }

    private Task EnterGateAsync(CancellationToken cancellationToken) => _responseGate?.WaitAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>Frames one response message into the response body (not flushed).</summary>
    private void WriteMessage<T>(T message, Action<T, SerializationContext> serializer, WriteOptions? writeOptions)
    {
        var compress = _compressResponses && !(writeOptions ?? _writeOptions).Has(WriteFlags.NoCompress);
        (_serializationContext ??= new FramingSerializationContext())
            .WriteMessage(message, serializer, ResponseWriter, _settings.MaxSendMessageSize, compress);
        _messageWritten = true;
    }

    private static void WriteStatus(IHeaderDictionary headers, Status status, Metadata? trailers)
    {
        headers[GrpcProtocol.StatusTrailer] = ((int)status.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
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
}
