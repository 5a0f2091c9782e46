using System.Globalization;
using System.Text;

namespace Platform.Redis;

/// <summary>
/// One argument of a command: text (sent as UTF-8), raw bytes (binary safe), an integer or a double. Converts
/// implicitly from string, byte[], ReadOnlyMemory&lt;byte&gt;, int, long and double so calls read naturally.
/// </summary>
public readonly struct RedisArg
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly long _number;

    private RedisArg(RedisArgKind kind, string? text, ReadOnlyMemory<byte> bytes, long number)
    {
        Kind = kind;
        _text = text;
        _bytes = bytes;
        _number = number;
    }

    internal RedisArgKind Kind { get; }

    internal string Text => _text!;

    internal ReadOnlySpan<byte> Bytes => _bytes.Span;

    internal long Integer => _number;

    internal double Double => BitConverter.Int64BitsToDouble(_number);

    /// <summary>Text, sent as UTF-8.</summary>
    public static implicit operator RedisArg(string value) =>
        new(RedisArgKind.Text, value ?? throw new ArgumentNullException(nameof(value), "A Redis argument cannot be null."), default, 0);

    /// <summary>Raw bytes.</summary>
    public static implicit operator RedisArg(byte[] value) =>
        new(RedisArgKind.Bytes, null, value ?? throw new ArgumentNullException(nameof(value), "A Redis argument cannot be null."), 0);

    /// <summary>Raw bytes.</summary>
    public static implicit operator RedisArg(ReadOnlyMemory<byte> value) => new(RedisArgKind.Bytes, null, value, 0);

    /// <summary>An integer, sent as its decimal text.</summary>
    public static implicit operator RedisArg(long value) => new(RedisArgKind.Integer, null, default, value);

    /// <summary>An integer, sent as its decimal text.</summary>
    public static implicit operator RedisArg(int value) => new(RedisArgKind.Integer, null, default, value);

    /// <summary>A double, sent in round-trip form (inf and -inf as Redis spells them).</summary>
    public static implicit operator RedisArg(double value) =>
        new(RedisArgKind.Double, null, default, BitConverter.DoubleToInt64Bits(value));

    /// <summary>The argument as text (raw bytes decoded as UTF-8); for tests and tooling, never for logs.</summary>
    public string ToText() => Kind switch
    {
        RedisArgKind.Text => _text!,
        RedisArgKind.Bytes => Encoding.UTF8.GetString(_bytes.Span),
        RedisArgKind.Integer => _number.ToString(CultureInfo.InvariantCulture),
        _ => FormatDouble(Double),
    };

    internal static string FormatDouble(double value) => value switch
    {
        double.PositiveInfinity => "+inf",
        double.NegativeInfinity => "-inf",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
