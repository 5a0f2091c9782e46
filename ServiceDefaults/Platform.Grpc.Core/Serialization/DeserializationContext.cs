using System.Buffers;

namespace Grpc.Core;

/// <summary>Gives a marshaller the payload of one received message.</summary>
public abstract class DeserializationContext
{
    /// <summary>The payload length in bytes.</summary>
    public abstract int PayloadLength { get; }

    /// <summary>Copies the payload to a new array.</summary>
    public virtual byte[] PayloadAsNewBuffer() => PayloadAsReadOnlySequence().ToArray();

    /// <summary>The payload, valid only during the deserializer call.</summary>
    public virtual ReadOnlySequence<byte> PayloadAsReadOnlySequence() => throw new NotSupportedException("This context does not offer a sequence.");
}
