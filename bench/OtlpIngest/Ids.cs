using System.Buffers.Binary;
using Google.Protobuf;

namespace Platform.Bench.OtlpIngest;

/// <summary>Deterministic, well-spread trace and span ids, so every service's batches name the same traces.</summary>
internal static class Ids
{
    public static ByteString Trace(long trace)
    {
        Span<byte> id = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(id, Mix((ulong)trace));
        BinaryPrimitives.WriteUInt64BigEndian(id[8..], Mix((ulong)trace ^ 0x9E3779B97F4A7C15));
        return ByteString.CopyFrom(id);
    }

    public static ByteString Span(long trace, int service, int index)
    {
        Span<byte> id = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(id, Mix(((ulong)trace << 8) | ((ulong)service << 4) | (uint)index) | 1);
        return ByteString.CopyFrom(id);
    }

    /// <summary>SplitMix64's finaliser.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }
}
