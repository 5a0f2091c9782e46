using System.Buffers.Text;

namespace Platform.Redis.Protocol;

/// <summary>Builds a <see cref="RedisReply"/> from bytes that <see cref="RespScanner"/> found to be complete.</summary>
internal static class RespParser
{
    public static RedisReply Parse(ReadOnlySpan<byte> data)
    {
        var position = 0;
        return ParseElement(data, ref position);
    }

    private static RedisReply ParseElement(ReadOnlySpan<byte> data, ref int position)
    {
        var rest = data[position..];
        var lineLength = RespScanner.LineLength(rest);
        var header = rest[1..(lineLength - 2)];
        position += lineLength;
        switch (rest[0])
        {
            case (byte)'+':
                return RedisReply.String(RedisReplyKind.SimpleString, header.ToArray());
            case (byte)'-':
                return RedisReply.String(RedisReplyKind.Error, header.ToArray());
            case (byte)':':
                return RedisReply.Integer(ParseInteger(header));
            case (byte)',':
                return RedisReply.Double(ParseDouble(header));
            case (byte)'(':
                return RedisReply.String(RedisReplyKind.BigNumber, header.ToArray());
            case (byte)'_':
                return RedisReply.Null;
            case (byte)'#':
                return header.Length == 1 && header[0] is (byte)'t' or (byte)'f'
                    ? RedisReply.Boolean(header[0] == (byte)'t')
                    : throw new RedisProtocolException("Invalid RESP3 boolean.");
            case (byte)'$' or (byte)'!' or (byte)'=':
                return ParseBlob(rest[0], RespScanner.ParseCount(header), data, ref position);
            case (byte)'*' or (byte)'~' or (byte)'>':
                var count = RespScanner.ParseCount(header);
                return count < 0 ? RedisReply.Null : ParseAggregate(KindOf(rest[0]), count, data, ref position);
            case (byte)'%':
                return ParseAggregate(RedisReplyKind.Map, RespScanner.ParseCount(header) * 2, data, ref position);
            case (byte)'|':
                // Attributes carry optional metadata about the next reply; it is skipped, the reply is kept.
                ParseAggregate(RedisReplyKind.Map, RespScanner.ParseCount(header) * 2, data, ref position);
                return ParseElement(data, ref position);
            default:
                throw new RedisProtocolException($"Unknown RESP type byte 0x{rest[0]:X2}.");
        }
    }

    private static RedisReply ParseBlob(byte type, int length, ReadOnlySpan<byte> data, ref int position)
    {
        if (length < 0)
        {
            return RedisReply.Null;
        }
        var content = data.Slice(position, length);
        position += length + 2;
        return type switch
        {
            (byte)'!' => RedisReply.String(RedisReplyKind.Error, content.ToArray()),
            (byte)'=' when length >= 4 && content[3] == (byte)':' => RedisReply.Verbatim(content[4..].ToArray(), content[..3]),
            (byte)'=' => throw new RedisProtocolException("A RESP3 verbatim string lacks its 'fmt:' prefix."),
            _ => RedisReply.String(RedisReplyKind.BulkString, content.ToArray()),
        };
    }

    private static RedisReply ParseAggregate(RedisReplyKind kind, int count, ReadOnlySpan<byte> data, ref int position)
    {
        var elements = count == 0 ? [] : new RedisReply[count];
        for (var i = 0; i < count; i++)
        {
            elements[i] = ParseElement(data, ref position);
        }
        return RedisReply.Aggregate(kind, elements);
    }

    private static RedisReplyKind KindOf(byte type) => type switch
    {
        (byte)'~' => RedisReplyKind.Set,
        (byte)'>' => RedisReplyKind.Push,
        _ => RedisReplyKind.Array,
    };

    private static long ParseInteger(ReadOnlySpan<byte> text) =>
        Utf8Parser.TryParse(text, out long value, out var consumed) && consumed == text.Length
            ? value
            : throw new RedisProtocolException("Invalid RESP integer.");

    private static double ParseDouble(ReadOnlySpan<byte> text)
    {
        if (text.SequenceEqual("inf"u8) || text.SequenceEqual("+inf"u8))
        {
            return double.PositiveInfinity;
        }
        if (text.SequenceEqual("-inf"u8))
        {
            return double.NegativeInfinity;
        }
        if (text.SequenceEqual("nan"u8) || text.SequenceEqual("-nan"u8))
        {
            return double.NaN;
        }
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RedisProtocolException("Invalid RESP3 double.");
    }
}
