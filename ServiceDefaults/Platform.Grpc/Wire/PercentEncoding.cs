using System.Buffers;
using System.Text;

namespace Platform.Grpc.Wire;

/// <summary>
/// Percent-encoding of <c>grpc-message</c>: printable ASCII other than '%' goes as is, every other
/// UTF-8 byte as %XX. Decoding is lenient: a malformed escape is kept literally.
/// </summary>
internal static class PercentEncoding
{
    public static string Encode(string value)
    {
        if (!NeedsEncoding(value))
        {
            return value;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (IsUnreserved(b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(HexDigit(b >> 4)).Append(HexDigit(b & 0xF));
            }
        }

        return builder.ToString();
    }

    public static string Decode(string value)
    {
        if (!value.Contains('%'))
        {
            return value;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(value.Length));
        try
        {
            var length = 0;
            var i = 0;
            while (i < value.Length)
            {
                if (value[i] == '%' && i + 2 < value.Length && TryHex(value[i + 1], out var high) && TryHex(value[i + 2], out var low))
                {
                    buffer[length++] = (byte)((high << 4) | low);
                    i += 3;
                    continue;
                }

                var next = value.IndexOf('%', i + 1);
                var end = next < 0 ? value.Length : next;
                length += Encoding.UTF8.GetBytes(value.AsSpan(i, end - i), buffer.AsSpan(length));
                i = end;
            }

            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool NeedsEncoding(string value)
    {
        foreach (var c in value)
        {
            if (c > 0x7F || !IsUnreserved((byte)c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnreserved(byte b) => b is >= 0x20 and <= 0x7E and not (byte)'%';

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);

    private static bool TryHex(char c, out int value)
    {
        value = c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'A' and <= 'F' => c - 'A' + 10,
            >= 'a' and <= 'f' => c - 'a' + 10,
            _ => -1,
        };
        return value >= 0;
    }
}
