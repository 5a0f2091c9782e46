using System.Buffers.Binary;

namespace Platform.Dashboard.Otlp;

/// <summary>
/// Reads protobuf's wire format field by field from a span, without building messages: the trace decoder takes
/// what the dashboard keeps straight from the request bytes. Fields it does not ask for are skipped.
/// </summary>
internal ref struct ProtoReader(ReadOnlySpan<byte> buffer)
{
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int Length = 2;
    public const int Fixed32 = 5;

    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private int _position;

    /// <summary>The length-delimited occurrences of <paramref name="field"/> in <paramref name="message"/>, for <c>foreach</c>.</summary>
    public static FieldMessages Messages(ReadOnlySpan<byte> message, int field) => new(message, field);

    /// <summary>Moves to the next field; false at the end of the buffer.</summary>
    public bool Next(out int field, out int wireType)
    {
        if (_position >= _buffer.Length)
        {
            field = wireType = 0;
            return false;
        }
        var tag = ReadVarint();
        field = (int)(tag >> 3);
        wireType = (int)(tag & 7);
        if (field <= 0 || tag > int.MaxValue)
        {
            throw new MalformedOtlpException($"invalid field tag {tag}");
        }
        return true;
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _buffer.Length)
            {
                throw Truncated();
            }
            var b = _buffer[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
        throw new MalformedOtlpException("a varint longer than 10 bytes");
    }

    public ulong ReadFixed64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public ReadOnlySpan<byte> ReadLength()
    {
        var length = ReadVarint();
        return length > (ulong)(_buffer.Length - _position) ? throw Truncated() : Take((int)length);
    }

    public void Skip(int wireType)
    {
        switch (wireType)
        {
            case Varint:
                ReadVarint();
                break;
            case Fixed64:
                Take(8);
                break;
            case Length:
                ReadLength();
                break;
            case Fixed32:
                Take(4);
                break;
            default:
                throw new MalformedOtlpException($"unsupported wire type {wireType}");
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _buffer.Length - _position)
        {
            throw Truncated();
        }
        var taken = _buffer.Slice(_position, count);
        _position += count;
        return taken;
    }

    private static MalformedOtlpException Truncated() => new("the message is truncated");
}
