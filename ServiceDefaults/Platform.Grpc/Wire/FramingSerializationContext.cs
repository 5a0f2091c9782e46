using System.Buffers;
using System.Buffers.Binary;
using Grpc.Core;

namespace Platform.Grpc.Wire;

/// <summary>
/// Serializes one message as a length-prefixed gRPC frame into an output buffer. When the marshaller
/// announces its length and no compression is wanted, it writes straight into the output after the
/// 5-byte header; otherwise the payload is staged, then (compressed and) framed.
/// </summary>
internal sealed class FramingSerializationContext : SerializationContext
{
    private IBufferWriter<byte>? _output;
    private int? _maxLength;
    private bool _compress;
    private int _declaredLength;
    private bool _direct;
    private bool _completed;
    private ArrayBufferWriter<byte>? _staging;

    /// <summary>Writes <paramref name="message"/> as one frame to <paramref name="output"/>.</summary>
    public void WriteMessage<T>(T message, Action<T, SerializationContext> serializer, IBufferWriter<byte> output, int? maxLength, bool compress)
    {
        _output = output;
        _maxLength = maxLength;
        _compress = compress;
        _declaredLength = -1;
        _direct = false;
        _completed = false;
        _staging?.ResetWrittenCount();
        try
        {
            serializer(message, this);
            if (!_completed)
            {
                throw new InvalidOperationException("The message serializer did not complete the serialization context.");
            }
        }
        finally
        {
            _output = null;
        }
    }

    public override void SetPayloadLength(int payloadLength)
    {
        CheckLength(payloadLength);
        _declaredLength = payloadLength;
    }

    public override IBufferWriter<byte> GetBufferWriter()
    {
        var output = _output ?? throw new InvalidOperationException("Serialization is not in progress.");
        if (_declaredLength >= 0 && !_compress)
        {
            WriteHeader(output, compressed: false, _declaredLength);
            _direct = true;
            return output;
        }

        return _staging ??= new ArrayBufferWriter<byte>();
    }

    public override void Complete()
    {
        if (!_direct)
        {
            WritePayload(_staging is null ? default : _staging.WrittenSpan);
        }

        _completed = true;
    }

    public override void Complete(byte[] payload)
    {
        WritePayload(payload);
        _completed = true;
    }

    public static void WriteHeader(IBufferWriter<byte> output, bool compressed, int length)
    {
        var header = output.GetSpan(GrpcProtocol.MessageHeaderSize);
        header[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(header[1..], (uint)length);
        output.Advance(GrpcProtocol.MessageHeaderSize);
    }

    private void WritePayload(ReadOnlySpan<byte> payload)
    {
        var output = _output ?? throw new InvalidOperationException("Serialization is not in progress.");
        CheckLength(payload.Length);
        if (_compress)
        {
            var compressed = new ArrayBufferWriter<byte>(Math.Max(64, payload.Length / 2));
            MessageCompression.Compress(payload, compressed);
            WriteHeader(output, compressed: true, compressed.WrittenCount);
            output.Write(compressed.WrittenSpan);
            return;
        }

        WriteHeader(output, compressed: false, payload.Length);
        output.Write(payload);
    }

    private void CheckLength(int length)
    {
        if (_maxLength is { } max && length > max)
        {
            throw GrpcErrors.SendMessageTooLarge(length, max);
        }
    }
}
