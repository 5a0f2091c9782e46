using System.Numerics;
using System.Text;

namespace Platform.Dashboard.Otlp;

/// <summary>
/// A small lossy intern table: the telemetry stores keep hundreds of thousands of spans whose attribute keys and
/// most values ("rpc.system", "grpc", "127.0.0.1", "200") repeat, and a string kept is a string the GC copies and
/// marks again and again. Each slot holds the last string hashed to it; a hit returns that instance, a miss takes
/// the slot. Lock-free: slots are single references, so racing threads at worst miss.
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>Longer values are rarely repeated (paths with ids, queries, messages) and are kept as they come.</summary>
    public const int MaxSharedLength = 96;

    private readonly string?[] _slots;
    private readonly SharedUtf8?[] _utf8Slots;
    private readonly int _mask;

    public SharedStrings(int slots)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)slots);
        _slots = new string?[size];
        _utf8Slots = new SharedUtf8?[size];
        _mask = size - 1;
    }

    public static SharedStrings Instance { get; } = new(16 * 1024);

    public string Share(string value)
    {
        if (value.Length == 0 || value.Length > MaxSharedLength)
        {
            return value.Length == 0 ? "" : value;
        }
        ref var slot = ref _slots[string.GetHashCode(value.AsSpan()) & _mask];
        var cached = slot;
        if (cached is not null && string.Equals(cached, value, StringComparison.Ordinal))
        {
            return cached;
        }
        slot = value;
        return value;
    }

    /// <summary>UTF-8 from the wire, looked up by its bytes: decoded only when no equal bytes are cached.</summary>
    public string ShareUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0 || utf8.Length > MaxSharedLength)
        {
            return utf8.Length == 0 ? "" : Encoding.UTF8.GetString(utf8);
        }
        var hash = new HashCode();
        hash.AddBytes(utf8);
        ref var slot = ref _utf8Slots[hash.ToHashCode() & _mask];
        var cached = slot;
        if (cached is not null && utf8.SequenceEqual(cached.Utf8))
        {
            return cached.Text;
        }
        var text = Encoding.UTF8.GetString(utf8);
        slot = new SharedUtf8(utf8.ToArray(), text);
        return text;
    }

    /// <summary>Characters formatted on the stack become a string only when no equal one is cached.</summary>
    public string Share(ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || value.Length > MaxSharedLength)
        {
            return value.Length == 0 ? "" : new string(value);
        }
        ref var slot = ref _slots[string.GetHashCode(value) & _mask];
        var cached = slot;
        if (cached is not null && value.SequenceEqual(cached))
        {
            return cached;
        }
        var created = new string(value);
        slot = created;
        return created;
    }
}
