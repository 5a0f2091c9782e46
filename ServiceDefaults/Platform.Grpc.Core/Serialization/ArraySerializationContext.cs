using System.Buffers;

namespace Grpc.Core;

/// <summary>Collects a contextual serializer's output into one array.</summary>
internal sealed class ArraySerializationContext : SerializationContext
{
    private ArrayBufferWriter<byte>? _writer;
    private byte[]? _result;

    public byte[] Result => _result ?? throw new InvalidOperationException("The serializer did not complete.");

    public override void Complete(byte[] payload) => _result = payload;

    public override IBufferWriter<byte> GetBufferWriter() => _writer ??= new ArrayBufferWriter<byte>();

    public override void Complete() => _result = _writer is null ? [] : _writer.WrittenSpan.ToArray();
}
