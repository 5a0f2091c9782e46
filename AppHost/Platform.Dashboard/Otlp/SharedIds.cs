using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using Google.Protobuf;

namespace Platform.Dashboard.Otlp;

/// <summary>
/// Hex text of trace and span ids, one string per id however often it arrives: every span of a trace repeats the
/// trace id, and a span's id comes back as its children's parent id. Lossy and lock-free like <see cref="SharedStrings"/>:
/// a slot holds only the text, checked against the id on a hit, so caching an id allocates nothing more than its text.
/// </summary>
internal sealed class SharedIds
{
    private readonly string?[] _slots;
    private readonly int _mask;

    public SharedIds(int slots)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)slots);
        _slots = new string?[size];
        _mask = size - 1;
    }

    public static SharedIds Instance { get; } = new(64 * 1024);

    /// <summary>Lower-case hex of an id; null when absent or all zeroes (invalid per the spec).</summary>
    public string? Text(ByteString id) => Text(id.Span);

    /// <summary>Lower-case hex of an id; null when absent or all zeroes (invalid per the spec).</summary>
    public string? Text(ReadOnlySpan<byte> bytes)
    {
        switch (bytes.Length)
        {
            case 16:
                return Text(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]), bytes);
            case 8:
                return Text(0, BinaryPrimitives.ReadUInt64BigEndian(bytes), bytes);
            default:
                return bytes.IsEmpty || bytes.IndexOfAnyExcept((byte)0) < 0 ? null : Convert.ToHexStringLower(bytes);
        }
    }

    private string? Text(ulong high, ulong low, ReadOnlySpan<byte> bytes)
    {
        if ((high | low) == 0)
        {
            return null;
        }
        // Ids are random, so their low bits spread well.
        ref var slot = ref _slots[(int)(low ^ high ^ (high >> 32)) & _mask];
        var cached = slot;
        if (cached is not null && cached.Length == bytes.Length * 2 && Spells(cached, bytes))
        {
            return cached;
        }
        var text = Convert.ToHexStringLower(bytes);
        slot = text;
        return text;
    }

    private static bool Spells(string hex, ReadOnlySpan<byte> id)
    {
        Span<byte> decoded = stackalloc byte[16];
        return Convert.FromHexString(hex, decoded, out _, out var written) == OperationStatus.Done && decoded[..written].SequenceEqual(id);
    }
}
