using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Grpc.Core;

namespace Platform.Grpc.Wire;

/// <summary>
/// Reads length-prefixed messages from a pipe: checks the compressed flag and the size limit as soon
/// as a header arrives, inflates gzip payloads, and deserializes straight from the pipe's buffers.
/// </summary>
internal sealed class GrpcMessageReader(PipeReader reader, int? maxMessageLength, bool compressionNegotiated)
{
    private readonly PayloadDeserializationContext _context = new();

    /// <summary>The next message, or null when the stream ended cleanly between messages.</summary>
    public async ValueTask<T?> ReadMessageAsync<T>(Func<DeserializationContext, T> deserializer, CancellationToken cancellationToken)
        where T : class
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (TryGetFrame(buffer, out var compressed, out var payload))
            {
                try
                {
                    return Deserialize(payload, compressed, deserializer);
                }
                finally
                {
                    reader.AdvanceTo(payload.End);
                }
            }

            if (result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                return buffer.IsEmpty ? null : throw GrpcErrors.IncompleteMessage();
            }

            if (result.IsCanceled)
            {
                throw new OperationCanceledException("Reading the message stream was cancelled.");
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>
    /// Exactly one message followed by the end of the stream, read in one pass over the whole body;
    /// the header is checked (flag, size limit) as soon as it arrives, before the payload is buffered.
    /// </summary>
    public async ValueTask<T> ReadSingleMessageAsync<T>(Func<DeserializationContext, T> deserializer, CancellationToken cancellationToken)
        where T : class
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var complete = TryGetFrame(buffer, out var compressed, out var payload);
            if (complete && payload.End.Equals(buffer.End) is false)
            {
                reader.AdvanceTo(buffer.End);
                throw GrpcErrors.AdditionalData();
            }

            if (result.IsCompleted)
            {
                try
                {
                    return complete
                        ? Deserialize(payload, compressed, deserializer)
                        : throw (buffer.IsEmpty ? GrpcErrors.MissingMessage() : GrpcErrors.IncompleteMessage());
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }

            if (result.IsCanceled)
            {
                throw new OperationCanceledException("Reading the message stream was cancelled.");
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Waits for the end of the stream; any further byte is a protocol error.</summary>
    public async ValueTask ReadEndOfStreamAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (!result.Buffer.IsEmpty)
            {
                reader.AdvanceTo(result.Buffer.End);
                throw GrpcErrors.AdditionalData();
            }

            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                return;
            }

            if (result.IsCanceled)
            {
                throw new OperationCanceledException("Reading the message stream was cancelled.");
            }
        }
    }

    private bool TryGetFrame(in ReadOnlySequence<byte> buffer, out bool compressed, out ReadOnlySequence<byte> payload)
    {
        compressed = false;
        payload = default;
        if (buffer.Length < GrpcProtocol.MessageHeaderSize)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[GrpcProtocol.MessageHeaderSize];
        buffer.Slice(0, GrpcProtocol.MessageHeaderSize).CopyTo(header);
        compressed = header[0] switch
        {
            0 => false,
            1 => true,
            var flag => throw GrpcErrors.InvalidCompressedFlag(flag),
        };
        if (compressed && !compressionNegotiated)
        {
            throw GrpcErrors.CompressedWithoutEncoding();
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (length > (maxMessageLength is { } max ? (uint)max : int.MaxValue))
        {
            throw GrpcErrors.MessageTooLarge(length, maxMessageLength ?? int.MaxValue);
        }

        if (buffer.Length - GrpcProtocol.MessageHeaderSize < length)
        {
            return false;
        }

        payload = buffer.Slice(GrpcProtocol.MessageHeaderSize, length);
        return true;
    }

    private T Deserialize<T>(in ReadOnlySequence<byte> payload, bool compressed, Func<DeserializationContext, T> deserializer)
    {
        _context.SetPayload(compressed ? new ReadOnlySequence<byte>(MessageCompression.Decompress(payload, maxMessageLength)) : payload);
        try
        {
            return deserializer(_context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw GrpcErrors.Undeserializable(exception);
        }
        finally
        {
            _context.SetPayload(default);
        }
    }
}
