using System.Buffers.Text;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Platform.Redis;

/// <summary>
/// One reply from the server, RESP2 or RESP3. Strings are kept as raw bytes (binary safe) and decoded only when
/// asked; aggregates (array, map, set, push) hold their elements. Reading an <see cref="RedisReplyKind.Error"/>
/// element as a value throws <see cref="RedisServerException"/>.
/// </summary>
public readonly struct RedisReply
{
    private readonly object? _payload;
    private readonly long _number;

    private RedisReply(RedisReplyKind kind, object? payload, long number)
    {
        Kind = kind;
        _payload = payload;
        _number = number;
    }

    /// <summary>The reply type.</summary>
    public RedisReplyKind Kind { get; }

    /// <summary>True for every kind of null.</summary>
    public bool IsNull => Kind == RedisReplyKind.Null;

    /// <summary>True for an error reply.</summary>
    public bool IsError => Kind == RedisReplyKind.Error;

    /// <summary>True for array, map, set and push replies.</summary>
    public bool IsAggregate => Kind is RedisReplyKind.Array or RedisReplyKind.Map or RedisReplyKind.Set or RedisReplyKind.Push;

    /// <summary>The number of elements of an aggregate (a map counts keys and values), 0 for null.</summary>
    public int Count => IsNull ? 0 : Elements.Length;

    /// <summary>The elements of an aggregate; a map's are key, value, key, value, ...</summary>
    public ReadOnlySpan<RedisReply> Elements => IsNull ? default : Aggregate();

    /// <summary>An element of an aggregate.</summary>
    public RedisReply this[int index] => Aggregate()[index];

    /// <summary>The server's message of an error reply, otherwise null.</summary>
    public string? ErrorMessage => IsError ? Encoding.UTF8.GetString((byte[])_payload!) : null;

    /// <summary>For a verbatim string, its three-letter format (such as "txt" or "mkd"); otherwise null.</summary>
    public string? VerbatimFormat => Kind == RedisReplyKind.VerbatimString
        ? Encoding.ASCII.GetString(BitConverter.GetBytes(_number), 0, 3)
        : null;

    internal static RedisReply Null { get; } = new(RedisReplyKind.Null, null, 0);

    internal static RedisReply String(RedisReplyKind kind, byte[] bytes) => new(kind, bytes, 0);

    internal static RedisReply Verbatim(byte[] text, ReadOnlySpan<byte> format)
    {
        Span<byte> packed = stackalloc byte[8];
        format[..3].CopyTo(packed);
        return new(RedisReplyKind.VerbatimString, text, BitConverter.ToInt64(packed));
    }

    internal static RedisReply Integer(long value) => new(RedisReplyKind.Integer, null, value);

    internal static RedisReply Double(double value) => new(RedisReplyKind.Double, null, BitConverter.DoubleToInt64Bits(value));

    internal static RedisReply Boolean(bool value) => new(RedisReplyKind.Boolean, null, value ? 1 : 0);

    internal static RedisReply Aggregate(RedisReplyKind kind, RedisReply[] elements) => new(kind, elements, 0);

    /// <summary>Throws <see cref="RedisServerException"/> if this is an error reply; returns the reply otherwise.</summary>
    public RedisReply ThrowIfError() => IsError ? throw new RedisServerException(ErrorMessage!) : this;

    /// <summary>The raw bytes of a string-like reply; numbers as their text; null for null.</summary>
    public byte[]? AsBytes()
    {
        switch (ThrowIfError().Kind)
        {
            case RedisReplyKind.Null:
                return null;
            case RedisReplyKind.BulkString or RedisReplyKind.SimpleString or RedisReplyKind.VerbatimString or RedisReplyKind.BigNumber:
                return (byte[])_payload!;
            case RedisReplyKind.Integer or RedisReplyKind.Double or RedisReplyKind.Boolean:
                return Encoding.ASCII.GetBytes(AsString()!);
            default:
                throw WrongKind("a string");
        }
    }

    /// <summary>A string-like reply decoded as UTF-8; numbers as their text; null for null.</summary>
    public string? AsString() => ThrowIfError().Kind switch
    {
        RedisReplyKind.Null => null,
        RedisReplyKind.BulkString or RedisReplyKind.SimpleString or RedisReplyKind.VerbatimString or RedisReplyKind.BigNumber =>
            Encoding.UTF8.GetString((byte[])_payload!),
        RedisReplyKind.Integer => _number.ToString(CultureInfo.InvariantCulture),
        RedisReplyKind.Double => BitConverter.Int64BitsToDouble(_number).ToString("R", CultureInfo.InvariantCulture),
        RedisReplyKind.Boolean => _number != 0 ? "1" : "0",
        _ => throw WrongKind("a string"),
    };

    /// <summary>An integer reply, or a string holding an integer.</summary>
    public long AsInt64() => ThrowIfError().Kind switch
    {
        RedisReplyKind.Integer or RedisReplyKind.Boolean => _number,
        RedisReplyKind.BulkString or RedisReplyKind.SimpleString or RedisReplyKind.BigNumber => ParseInt64((byte[])_payload!),
        RedisReplyKind.Double when double.IsInteger(AsDouble()) => (long)AsDouble(),
        _ => throw WrongKind("an integer"),
    };

    /// <summary>Like <see cref="AsInt64"/> but null for a null reply.</summary>
    public long? AsNullableInt64() => IsNull ? null : AsInt64();

    /// <summary>A double reply, or an integer, or a string holding a number (inf, -inf and nan included).</summary>
    public double AsDouble() => ThrowIfError().Kind switch
    {
        RedisReplyKind.Double => BitConverter.Int64BitsToDouble(_number),
        RedisReplyKind.Integer => _number,
        RedisReplyKind.BulkString or RedisReplyKind.SimpleString => ParseDouble((byte[])_payload!),
        _ => throw WrongKind("a double"),
    };

    /// <summary>Like <see cref="AsDouble"/> but null for a null reply.</summary>
    public double? AsNullableDouble() => IsNull ? null : AsDouble();

    /// <summary>A RESP3 boolean, or an integer 0/1 as RESP2 sends it.</summary>
    public bool AsBoolean() => ThrowIfError().Kind switch
    {
        RedisReplyKind.Boolean or RedisReplyKind.Integer => _number != 0,
        RedisReplyKind.SimpleString => AsString() == "OK",
        _ => throw WrongKind("a boolean"),
    };

    /// <summary>A RESP3 big number (also accepts integers and numeric strings).</summary>
    public BigInteger AsBigInteger() => Kind == RedisReplyKind.Integer
        ? new BigInteger(_number)
        : BigInteger.Parse(AsString() ?? throw WrongKind("a big number"), CultureInfo.InvariantCulture);

    /// <summary>
    /// The key/value pairs of a RESP3 map or of a RESP2 flat array (key, value, key, value, ...), which is how
    /// RESP2 sends maps.
    /// </summary>
    public IEnumerable<KeyValuePair<RedisReply, RedisReply>> AsPairs()
    {
        var elements = IsNull ? [] : ThrowIfError().Aggregate();
        if (elements.Length % 2 != 0)
        {
            throw new RedisProtocolException($"Expected key/value pairs but got {elements.Length} elements.");
        }
        for (var i = 0; i < elements.Length; i += 2)
        {
            yield return new(elements[i], elements[i + 1]);
        }
    }

    /// <summary>The pairs of <see cref="AsPairs"/> decoded as UTF-8 (a hash from HGETALL, or from a script that returns one).</summary>
    public Dictionary<string, string> AsStringMap()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, value) in AsPairs())
        {
            map[field.AsString()!] = value.AsString() ?? "";
        }
        return map;
    }

    /// <summary>A summary (type and size), never the value: replies can hold secrets.</summary>
    public override string ToString() => Kind switch
    {
        RedisReplyKind.Null => "Null",
        RedisReplyKind.Integer => "Integer",
        RedisReplyKind.Error => "Error",
        _ when IsAggregate => $"{Kind}[{Count}]",
        _ when _payload is byte[] bytes => $"{Kind}({bytes.Length} bytes)",
        _ => Kind.ToString(),
    };

    private RedisReply[] Aggregate() =>
        _payload as RedisReply[] ?? throw (IsError ? new RedisServerException(ErrorMessage!) : WrongKind("an aggregate"));

    private RedisException WrongKind(string expected) =>
        new($"The reply is {Kind}, which cannot be read as {expected}.");

    private static long ParseInt64(byte[] text) =>
        Utf8Parser.TryParse(text, out long value, out var consumed) && consumed == text.Length
            ? value
            : throw new RedisException("The reply is not an integer.");

    private static double ParseDouble(byte[] text)
    {
        var s = Encoding.ASCII.GetString(text);
        return s switch
        {
            "inf" or "+inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "nan" => double.NaN,
            _ => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new RedisException("The reply is not a number."),
        };
    }
}
