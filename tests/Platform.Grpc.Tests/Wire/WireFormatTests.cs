using Grpc.Core;
using Platform.Grpc.Wire;

namespace Platform.Grpc.Tests.Wire;

public sealed class WireFormatTests
{
    [Theory]
    [InlineData("1n", 1)]
    [InlineData("100n", 100)]
    [InlineData("5u", 5_000)]
    [InlineData("250m", 250_000_000)]
    [InlineData("3S", 3_000_000_000)]
    [InlineData("2M", 120_000_000_000)]
    [InlineData("1H", 3_600_000_000_000)]
    [InlineData("99999999S", 99_999_999_000_000_000)]
    public void Timeout_header_values_parse(string header, long nanoseconds)
    {
        Assert.True(GrpcTimeout.TryParse(header, out var timeout));
        Assert.Equal(nanoseconds / 100, timeout.Ticks);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("1.5S")]
    [InlineData("123456789S")]
    [InlineData("-1S")]
    [InlineData("10s")]
    [InlineData(" 10S")]
    public void Malformed_timeout_header_values_are_refused(string? header)
    {
        Assert.False(GrpcTimeout.TryParse(header, out _));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(999)]
    [InlineData(1_500_000)]
    [InlineData(TimeSpan.TicksPerDay * 400)]
    public void Formatted_timeouts_fit_8_digits_and_never_shrink(long ticks)
    {
        var header = GrpcTimeout.Format(TimeSpan.FromTicks(ticks));

        Assert.InRange(header.Length, 2, 9);
        Assert.True(GrpcTimeout.TryParse(header, out var parsed));
        Assert.True(parsed.Ticks >= ticks);
    }

    [Theory]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("100%", "100%25")]
    [InlineData("a\nb", "a%0Ab")]
    [InlineData("é", "%C3%A9")]
    [InlineData("😀", "%F0%9F%98%80")]
    public void Grpc_message_is_percent_encoded(string detail, string encoded)
    {
        Assert.Equal(encoded, PercentEncoding.Encode(detail));
        Assert.Equal(detail, PercentEncoding.Decode(encoded));
    }

    [Theory]
    [InlineData("50%", "50%")]
    [InlineData("%zz%4", "%zz%4")]
    [InlineData("%41bc", "Abc")]
    public void Malformed_percent_escapes_are_kept_literally(string received, string decoded)
    {
        Assert.Equal(decoded, PercentEncoding.Decode(received));
    }

    [Theory]
    [InlineData("AAE")]
    [InlineData("AAE=")]
    public void Binary_metadata_accepts_padded_and_unpadded_base64(string value)
    {
        var entry = MetadataValues.FromHeader("x-data-bin", value);

        Assert.Equal(new byte[] { 0, 1 }, entry.ValueBytes);
    }

    [Fact]
    public void Invalid_base64_in_binary_metadata_is_an_INTERNAL_error()
    {
        var error = Assert.Throws<RpcException>(() => MetadataValues.FromHeader("x-data-bin", "!!!"));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    [Theory]
    [InlineData("application/grpc", true)]
    [InlineData("application/grpc+proto", true)]
    [InlineData("application/grpc; charset=utf-8", true)]
    [InlineData("application/GRPC", true)]
    [InlineData("application/grpc-web", false)]
    [InlineData("application/json", false)]
    [InlineData(null, false)]
    public void Grpc_content_types_are_recognised(string? contentType, bool isGrpc)
    {
        Assert.Equal(isGrpc, GrpcProtocol.IsGrpcContentType(contentType));
    }
}
