using System.Buffers;
using Grpc.Core;

namespace Platform.Dashboard.Otlp;

/// <summary>
/// A received OTLP/gRPC request kept as its bytes, in a pooled buffer, for <see cref="OtlpTraceDecoder"/> to read
/// after the call's payload buffer has been released. Disposing returns the buffer.
/// </summary>
internal sealed class OtlpPayload : IDisposable
{
    private byte[]? _buffer;
    private readonly int _length;

    private OtlpPayload(ReadOnlySequence<byte> payload)
    {
        _length = (int)payload.Length;
        _buffer = ArrayPool<byte>.Shared.Rent(_length);
        payload.CopyTo(_buffer);
    }

    public ReadOnlySpan<byte> Bytes => (_buffer ?? throw new ObjectDisposedException(nameof(OtlpPayload))).AsSpan(0, _length);

    public static OtlpPayload Read(DeserializationContext context) => new(context.PayloadAsReadOnlySequence());

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
