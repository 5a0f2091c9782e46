namespace Platform.Redis;

/// <summary>The RESP2 and RESP3 reply types.</summary>
public enum RedisReplyKind : byte
{
    /// <summary>RESP2 null bulk string or null array, RESP3 null (<c>_</c>).</summary>
    Null,
    /// <summary><c>+OK</c>.</summary>
    SimpleString,
    /// <summary><c>-ERR ...</c> or a RESP3 blob error (<c>!</c>).</summary>
    Error,
    /// <summary><c>:42</c>.</summary>
    Integer,
    /// <summary><c>$5\r\nhello</c>; binary safe.</summary>
    BulkString,
    /// <summary><c>*n</c>.</summary>
    Array,
    /// <summary>RESP3 <c>,3.14</c>.</summary>
    Double,
    /// <summary>RESP3 <c>#t</c> / <c>#f</c>.</summary>
    Boolean,
    /// <summary>RESP3 <c>(12345678901234567890</c>.</summary>
    BigNumber,
    /// <summary>RESP3 <c>=15\r\ntxt:Some string</c>.</summary>
    VerbatimString,
    /// <summary>RESP3 <c>%n</c>: elements are key, value, key, value, ...</summary>
    Map,
    /// <summary>RESP3 <c>~n</c>.</summary>
    Set,
    /// <summary>RESP3 <c>&gt;n</c>: an out-of-band message, never the reply to a command.</summary>
    Push,
}
