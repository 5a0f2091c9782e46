using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Platform.Redis.Protocol;

/// <summary>
/// A growable, pooled byte buffer that commands are encoded into as RESP arrays of bulk strings. A connection
/// keeps two of them: callers append to one while the writer sends the other.
/// </summary>
internal sealed class CommandBuffer
{
    private const int InitialSize = 16 * 1024;
    private const int KeepAtMost = 1024 * 1024;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);

    public int Length { get; private set; }

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, Length);

    /// <summary>Empties the buffer, giving back an oversized array so one huge value does not pin memory.</summary>
    public void Clear()
    {
        Length = 0;
        if (_buffer.Length > KeepAtMost)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        }
    }

    public void Release()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        Length = 0;
    }

    public void WriteCommand(ReadOnlySpan<byte> name, ReadOnlySpan<RedisArg> args)
    {
        WriteHeader((byte)'*', args.Length + 1);
        WriteBulk(name);
        foreach (ref readonly var arg in args)
        {
            WriteArg(in arg);
        }
    }

    public void WriteArg(in RedisArg arg)
    {
        switch (arg.Kind)
        {
            case RedisArgKind.Text:
                WriteBulk(arg.Text);
                break;
            case RedisArgKind.Bytes:
                WriteBulk(arg.Bytes);
                break;
            case RedisArgKind.Integer:
                Span<byte> digits = stackalloc byte[24];
                Utf8Formatter.TryFormat(arg.Integer, digits, out var written);
                WriteBulk(digits[..written]);
                break;
            default:
                WriteBulk(RedisArg.FormatDouble(arg.Double));
                break;
        }
    }

    public void WriteBulk(ReadOnlySpan<byte> value)
    {
        WriteHeader((byte)'$', value.Length);
        var span = Reserve(value.Length + 2);
        value.CopyTo(span);
        span[value.Length] = (byte)'\r';
        span[value.Length + 1] = (byte)'\n';
        Length += value.Length + 2;
    }

    private void WriteBulk(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteHeader((byte)'$', byteCount);
        var span = Reserve(byteCount + 2);
        Encoding.UTF8.GetBytes(value, span);
        span[byteCount] = (byte)'\r';
        span[byteCount + 1] = (byte)'\n';
        Length += byteCount + 2;
    }

    private void WriteHeader(byte prefix, int count)
    {
        var span = Reserve(16);
        span[0] = prefix;
        Utf8Formatter.TryFormat(count, span[1..], out var written);
        span[written + 1] = (byte)'\r';
        span[written + 2] = (byte)'\n';
        Length += written + 3;
    }

    private Span<byte> Reserve(int size)
    {
        if (_buffer.Length - Length < size)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + size));
            _buffer.AsSpan(0, Length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        return _buffer.AsSpan(Length);
    }
}
