using System.Buffers;
using Grpc.Core;

namespace Platform.Grpc.Wire;

/// <summary>Presents one received payload to a marshaller without copying it.</summary>
internal sealed class PayloadDeserializationContext : DeserializationContext
{
    private ReadOnlySequence<byte> _payload;

    public override int PayloadLength => (int)_payload.Length;

    public void SetPayload(in ReadOnlySequence<byte> payload) => _payload = payload;

    public override byte[] PayloadAsNewBuffer() => _payload.ToArray();

    public override ReadOnlySequence<byte> PayloadAsReadOnlySequence() => _payload;
}
