using System.Globalization;
using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;
using Platform.Grpc.Wire;

namespace Platform.Grpc.Client;

internal sealed partial class GrpcCall<TRequest, TResponse>
{
    private HttpResponseMessage? _response;
    private GrpcMessageReader? _responseReader;

    /// <summary>The next response message, or null at the end (the status is then known; failures throw).</summary>
    public async Task<TResponse?> ReadNextResponseAsync(CancellationToken cancellationToken)
    {
        if (await _sendTask!.ConfigureAwait(false) && !IsFinished)
        {
            using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _callCts.Token) : null;
            try
            {
                var message = await _responseReader!.ReadMessageAsync(_method.ResponseMarshaller.ContextualDeserializer, linked?.Token ?? _callCts.Token).ConfigureAwait(false);
                if (message is not null)
                {
                    return message;
                }

                FinishFromTrailers();
            }
            catch (Exception exception)
            {
                FinishWithException(exception, cancellationToken);
            }
        }

        if (_status.StatusCode == StatusCode.OK)
        {
            DisposeResponse();
            return null;
        }

        throw CreateFailureException();
    }

    /// <summary>Reads the single response message and the status; null when the call failed.</summary>
    private async Task<TResponse?> ReadSingleResponseAsync()
    {
        try
        {
            var message = await _responseReader!.ReadMessageAsync(_method.ResponseMarshaller.ContextualDeserializer, _callCts.Token).ConfigureAwait(false);
            if (message is not null)
            {
                await _responseReader.ReadEndOfStreamAsync(_callCts.Token).ConfigureAwait(false);
            }

            FinishFromTrailers(requireMessage: message is null);
            return _status.StatusCode == StatusCode.OK ? message : null;
        }
        catch (Exception exception)
        {
            FinishWithException(exception);
            return null;
        }
    }

    /// <summary>Checks the response headers. True when messages follow; false when the call already ended (status set).</summary>
    private async Task<bool> AcceptResponseAsync(HttpResponseMessage response)
    {
        _response = response;
        var headers = response.Headers;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var detail = GetHeader(headers, GrpcProtocol.MessageTrailer) is { } message
                ? PercentEncoding.Decode(message)
                : $"Bad gRPC response. HTTP status code: {(int)response.StatusCode}.";
            Finish(new Status(TransportStatusMapping.FromHttpStatus(response.StatusCode), detail), null);
            return false;
        }

        var metadata = ReadMetadata(headers);
        if (GetHeader(headers, GrpcProtocol.StatusTrailer) is not null)
        {
            // Trailers-only: the headers carry the status and there is no body.
            _headersTcs.TrySetResult(metadata);
            var status = ReadStatus(headers);
            Finish(status.StatusCode == StatusCode.OK && ExpectsSingleResponse ? MissingResponse() : status, metadata);
            return false;
        }

        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (!GrpcProtocol.IsGrpcContentType(contentType))
        {
            Finish(new Status(StatusCode.Internal, $"Bad gRPC response. Invalid content-type value: '{contentType}'."), null);
            return false;
        }

        var encoding = GetHeader(headers, GrpcProtocol.EncodingHeader);
        if (encoding is not null && !GrpcProtocol.IsSupportedEncoding(encoding))
        {
            Finish(new Status(StatusCode.Internal, $"The response uses unsupported grpc-encoding '{encoding}'."), null);
            return false;
        }

        _headersTcs.TrySetResult(metadata);
        var stream = await response.Content.ReadAsStreamAsync(_callCts.Token).ConfigureAwait(false);
        _responseReader = new GrpcMessageReader(
            PipeReader.Create(stream),
            _channel.Options.MaxReceiveMessageSize,
            compressionNegotiated: encoding is not null && !string.Equals(encoding, GrpcProtocol.IdentityEncoding, StringComparison.OrdinalIgnoreCase));
        return true;
    }

    private bool ExpectsSingleResponse => _method.Type is MethodType.Unary or MethodType.ClientStreaming;

    private static Status MissingResponse() =>
        new(StatusCode.Internal, "The server ended the call with OK but without the response message.");

    private void FinishFromTrailers(bool requireMessage = false)
    {
        var trailers = _response!.TrailingHeaders;
        var status = GetHeader(trailers, GrpcProtocol.StatusTrailer) is null
            ? new Status(StatusCode.Internal, "No grpc-status found on response.")
            : ReadStatus(trailers);
        Finish(requireMessage && status.StatusCode == StatusCode.OK ? MissingResponse() : status, ReadMetadata(trailers));
    }

    private void DisposeResponse()
    {
        Interlocked.Exchange(ref _response, null)?.Dispose();
        Interlocked.Exchange(ref _request, null)?.Dispose();
    }

    private static Status ReadStatus(HttpHeaders headers)
    {
        var code = GetHeader(headers, GrpcProtocol.StatusTrailer);
        var message = GetHeader(headers, GrpcProtocol.MessageTrailer);
        var detail = message is null ? "" : PercentEncoding.Decode(message);
        return int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? new Status((StatusCode)value, detail)
            : new Status(StatusCode.Unknown, $"Unexpected grpc-status value '{code}'. {detail}".TrimEnd());
    }

    private static Metadata ReadMetadata(HttpHeaders headers)
    {
        var metadata = new Metadata();
        foreach (var (key, values) in headers.NonValidated)
        {
            var name = key.ToLowerInvariant();
            if (MetadataValues.IsReserved(name))
            {
                continue;
            }

            foreach (var value in values)
            {
                metadata.Add(MetadataValues.FromHeader(name, value));
            }
        }

        return metadata;
    }

    private static string? GetHeader(HttpHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) && values.Count > 0 ? values.ToString() : null;
}
