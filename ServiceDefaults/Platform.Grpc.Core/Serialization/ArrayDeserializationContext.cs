using System.Buffers;

namespace Grpc.Core;

/// <summary>Presents one array as a payload.</summary>
internal sealed class ArrayDeserializationContext(byte[] payload) : DeserializationContext
{
    public override int PayloadLength => payload.Length;

    public override byte[] PayloadAsNewBuffer() => (byte[])payload.Clone();

    public override ReadOnlySequence<byte> PayloadAsReadOnlySequence() => new(payload);
}
