using System.Text;
using Platform.Redis.Protocol;

namespace Platform.Redis.Tests;

/// <summary>The scanner and parser on literal RESP bytes, fed whole and one byte at a time.</summary>
public sealed class RespParsingTests
{
    private static RedisReply ParseFedByteByByte(string resp)
    {
        var bytes = Encoding.UTF8.GetBytes(resp);
        var scanner = new RespScanner();
        for (var available = 1; available < bytes.Length; available++)
        {
            Assert.Equal(-1, scanner.TryScan(bytes.AsSpan(0, available)));
        }
        Assert.Equal(bytes.Length, scanner.TryScan(bytes));
        return RespParser.Parse(bytes);
    }

    [Fact]
    public void Parses_resp2_types()
    {
        Assert.Equal("OK", ParseFedByteByByte("+OK\r\n").AsString());
        Assert.Equal(-42, ParseFedByteByByte(":-42\r\n").AsInt64());
        Assert.Equal("a\r\nb", ParseFedByteByByte("$4\r\na\r\nb\r\n").AsString());
        Assert.True(ParseFedByteByByte("$-1\r\n").IsNull);
        Assert.True(ParseFedByteByByte("*-1\r\n").IsNull);
        Assert.Equal(0, ParseFedByteByByte("*0\r\n").Count);

        var error = ParseFedByteByByte("-WRONGTYPE Operation against a key\r\n");
        Assert.True(error.IsError);
        var thrown = Assert.Throws<RedisServerException>(() => error.AsString());
        Assert.Equal("WRONGTYPE", thrown.ErrorCode);
        Assert.Equal("WRONGTYPE Operation against a key", thrown.Message);
    }

    [Fact]
    public void Parses_nested_arrays()
    {
        var reply = ParseFedByteByByte("*3\r\n:1\r\n*2\r\n$1\r\nx\r\n*0\r\n$-1\r\n");
        Assert.Equal(RedisReplyKind.Array, reply.Kind);
        Assert.Equal(1, reply[0].AsInt64());
        Assert.Equal("x", reply[1][0].AsString());
        Assert.Equal(0, reply[1][1].Count);
        Assert.True(reply[2].IsNull);
    }

    [Fact]
    public void Parses_every_resp3_type()
    {
        Assert.True(ParseFedByteByByte("_\r\n").IsNull);
        Assert.Equal(3.5, ParseFedByteByByte(",3.5\r\n").AsDouble());
        Assert.Equal(double.PositiveInfinity, ParseFedByteByByte(",inf\r\n").AsDouble());
        Assert.Equal(double.NegativeInfinity, ParseFedByteByByte(",-inf\r\n").AsDouble());
        Assert.True(double.IsNaN(ParseFedByteByByte(",nan\r\n").AsDouble()));
        Assert.Equal(1e10, ParseFedByteByByte(",1e10\r\n").AsDouble());
        Assert.True(ParseFedByteByByte("#t\r\n").AsBoolean());
        Assert.False(ParseFedByteByByte("#f\r\n").AsBoolean());
        Assert.Equal(System.Numerics.BigInteger.Parse("3492890328409238509324850943850943825024385"),
            ParseFedByteByByte("(3492890328409238509324850943850943825024385\r\n").AsBigInteger());

        var verbatim = ParseFedByteByByte("=15\r\ntxt:Some string\r\n");
        Assert.Equal(RedisReplyKind.VerbatimString, verbatim.Kind);
        Assert.Equal("txt", verbatim.VerbatimFormat);
        Assert.Equal("Some string", verbatim.AsString());

        var blobError = ParseFedByteByByte("!21\r\nSYNTAX invalid syntax\r\n");
        Assert.True(blobError.IsError);
        Assert.Equal("SYNTAX invalid syntax", blobError.ErrorMessage);

        var map = ParseFedByteByByte("%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n");
        Assert.Equal(RedisReplyKind.Map, map.Kind);
        Assert.Equal([("first", 1L), ("second", 2L)], map.AsPairs().Select(p => (p.Key.AsString()!, p.Value.AsInt64())));

        var set = ParseFedByteByByte("~2\r\n+a\r\n+b\r\n");
        Assert.Equal(RedisReplyKind.Set, set.Kind);
        Assert.Equal(2, set.Count);

        var push = ParseFedByteByByte(">2\r\n+invalidate\r\n*1\r\n$3\r\nkey\r\n");
        Assert.Equal(RedisReplyKind.Push, push.Kind);
    }

    [Fact]
    public void Skips_attributes_and_keeps_the_reply()
    {
        var reply = ParseFedByteByByte("|1\r\n+key-popularity\r\n%1\r\n$1\r\na\r\n,0.1923\r\n*2\r\n:2039123\r\n:9543892\r\n");
        Assert.Equal(RedisReplyKind.Array, reply.Kind);
        Assert.Equal(9543892, reply[1].AsInt64());

        var nested = ParseFedByteByByte("*2\r\n|1\r\n+ttl\r\n:3600\r\n:1\r\n:2\r\n");
        Assert.Equal(2, nested.Count);
        Assert.Equal(1, nested[0].AsInt64());
        Assert.Equal(2, nested[1].AsInt64());
    }

    [Fact]
    public void Finds_several_replies_in_one_buffer()
    {
        var bytes = Encoding.ASCII.GetBytes("+OK\r\n:5\r\n$3\r\nabc\r\n$2\r\nx");
        var scanner = new RespScanner();
        var start = 0;
        var lengths = new List<int>();
        int length;
        while ((length = scanner.TryScan(bytes.AsSpan(start))) > 0)
        {
            lengths.Add(length);
            start += length;
        }
        Assert.Equal([5, 4, 9], lengths);
        Assert.Equal(-1, length);
    }

    [Theory]
    [InlineData("?oops\r\n")]
    [InlineData("$abc\r\n")]
    [InlineData("+no carriage return\n")]
    [InlineData("*?\r\n")]
    public void Rejects_malformed_input(string resp)
    {
        Assert.Throws<RedisProtocolException>(() => new RespScanner().TryScan(Encoding.ASCII.GetBytes(resp)));
    }

    [Fact]
    public void Reply_text_never_contains_the_value()
    {
        var reply = ParseFedByteByByte("$6\r\nsecret\r\n");
        Assert.DoesNotContain("secret", reply.ToString(), StringComparison.Ordinal);
    }
}
