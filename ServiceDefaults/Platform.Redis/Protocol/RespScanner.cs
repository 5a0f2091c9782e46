using System.Buffers.Text;

namespace Platform.Redis.Protocol;

/// <summary>
/// Finds where a complete RESP2/RESP3 reply ends without building it, and can resume where it stopped when more
/// bytes arrive, so a large reply arriving in many reads is scanned once (linear), not re-parsed every read.
/// </summary>
internal sealed class RespScanner
{
    private const int MaxBulkLength = 512 * 1024 * 1024;

    private readonly List<Frame> _frames = [];
    private int _offset;

    /// <summary>
    /// Scans <paramref name="data"/>, which starts at the first byte of a reply, and returns the reply's length,
    /// or -1 if it is not complete yet (call again with the same start and more bytes).
    /// </summary>
    public int TryScan(ReadOnlySpan<byte> data)
    {
        while (_offset < data.Length)
        {
            var rest = data[_offset..];
            var lineLength = LineLength(rest);
            if (lineLength < 0)
            {
                return -1;
            }
            var header = rest[1..(lineLength - 2)];
            bool replyComplete;
            switch (rest[0])
            {
                case (byte)'+' or (byte)'-' or (byte)':' or (byte)',' or (byte)'(' or (byte)'_' or (byte)'#':
                    _offset += lineLength;
                    replyComplete = CompleteElement();
                    break;
                case (byte)'$' or (byte)'!' or (byte)'=':
                    var length = ParseCount(header);
                    if (length > MaxBulkLength)
                    {
                        throw new RedisProtocolException($"Bulk string of {length} bytes is larger than the 512 MB RESP limit.");
                    }
                    var total = length < 0 ? lineLength : lineLength + length + 2;
                    if (rest.Length < total)
                    {
                        return -1;
                    }
                    _offset += total;
                    replyComplete = CompleteElement();
                    break;
                case (byte)'*' or (byte)'~' or (byte)'>' or (byte)'%' or (byte)'|':
                    var count = ParseCount(header);
                    _offset += lineLength;
                    var entries = rest[0] is (byte)'%' or (byte)'|' ? count * 2L : count;
                    if (entries > 0)
                    {
                        _frames.Add(new Frame(entries, IsAttribute: rest[0] == (byte)'|'));
                        replyComplete = false;
                    }
                    else
                    {
                        // An empty attribute stands for nothing; an empty or null aggregate is a whole element.
                        replyComplete = rest[0] != (byte)'|' && CompleteElement();
                    }
                    break;
                default:
                    throw new RedisProtocolException($"Unknown RESP type byte 0x{rest[0]:X2}.");
            }

            if (replyComplete)
            {
                var replyLength = _offset;
                _offset = 0;
                _frames.Clear();
                return replyLength;
            }
        }
        return -1;
    }

    /// <summary>Forgets a partly scanned reply (the connection it came from is gone).</summary>
    public void Reset()
    {
        _offset = 0;
        _frames.Clear();
    }

    /// <summary>The length of the line at the start of <paramref name="data"/> including CRLF, or -1 if incomplete.</summary>
    internal static int LineLength(ReadOnlySpan<byte> data)
    {
        var newline = data.IndexOf((byte)'\n');
        if (newline < 0)
        {
            return -1;
        }
        if (newline < 1 || data[newline - 1] != (byte)'\r')
        {
            throw new RedisProtocolException("A RESP line does not end with CRLF.");
        }
        return newline + 1;
    }

    internal static int ParseCount(ReadOnlySpan<byte> header)
    {
        if (!Utf8Parser.TryParse(header, out int value, out var consumed) || consumed != header.Length || value < -1)
        {
            throw new RedisProtocolException("Invalid RESP length (streamed RESP3 aggregates are not supported).");
        }
        return value;
    }

    /// <summary>Counts one finished element against the open aggregates; true when the whole reply is done.</summary>
    private bool CompleteElement()
    {
        while (_frames.Count > 0)
        {
            var top = _frames[^1];
            if (top.Remaining > 1)
            {
                _frames[^1] = top with { Remaining = top.Remaining - 1 };
                return false;
            }
            _frames.RemoveAt(_frames.Count - 1);
            if (top.IsAttribute)
            {
                // An attribute only annotates the element that follows it, which still has to arrive.
                return false;
            }
        }
        return true;
    }

    private readonly record struct Frame(long Remaining, bool IsAttribute);
}
