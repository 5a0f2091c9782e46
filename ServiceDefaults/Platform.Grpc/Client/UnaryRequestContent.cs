using System.Net;
using Grpc.Core;
using Platform.Grpc.Wire;

namespace Platform.Grpc.Client;

/// <summary>The body of a call with one request message: framed up front, so its length is known and errors surface before sending.</summary>
internal sealed class UnaryRequestContent : HttpContent
{
    private readonly byte[] _frame;

    private UnaryRequestContent(byte[] frame)
    {
        _frame = frame;
        Headers.TryAddWithoutValidation("content-type", GrpcProtocol.ContentType);
    }

    public static UnaryRequestContent Create<T>(T message, Action<T, SerializationContext> serializer, int? maxLength, bool compress)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var buffer = new PooledBufferWriter();
        new FramingSerializationContext().WriteMessage(message, serializer, buffer, maxLength, compress);
        return new UnaryRequestContent(buffer.WrittenSpan.ToArray());
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(_frame).AsTask();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(_frame, cancellationToken).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = _frame.Length;
        return true;
    }
}
