using System.Security.Cryptography;

namespace Platform.PubSub;

/// <summary>
/// Random (version 4) UUIDs for event ids, as Dapr generates them, drawn from a per-thread buffer of
/// cryptographically secure bytes refilled 4 KiB at a time: one system call per 256 ids instead of one per id.
/// </summary>
internal static class EventIds
{
    private const int BufferSize = 4096;

    [ThreadStatic]
    private static byte[]? _random;

    [ThreadStatic]
    private static int _used;

    public static string NewId()
    {
        var random = _random ??= new byte[BufferSize];
        if (_used == 0 || _used == BufferSize)
        {
            RandomNumberGenerator.Fill(random);
            _used = 0;
        }
        Span<byte> bytes = stackalloc byte[16];
        random.AsSpan(_used, 16).CopyTo(bytes);
        _used += 16;
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
