using Grpc.Core;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Grpc.Tests.Calls;

[Collection(GrpcCollection.Name)]
public sealed class MetadataTests(GrpcServerFixture fixture)
{
    private static readonly byte[] BinaryValue = [0, 1, 2, 250, 255, 10, 13];

    [Fact]
    public async Task Ascii_and_binary_metadata_travel_both_ways()
    {
        var headers = new Metadata
        {
            { "x-user-id", "u-42" },
            { "X-Mixed-Case", "kept" },
            { "x-blob-bin", BinaryValue },
        };
        using var call = fixture.Client.EchoAsync(new EchoRequest { Text = "meta", EchoMetadata = true }, headers);

        var responseHeaders = await call.ResponseHeadersAsync;
        await call;
        var trailers = call.GetTrailers();

        Assert.Equal("u-42", responseHeaders.GetValue("x-user-id"));
        Assert.Equal("kept", responseHeaders.GetValue("x-mixed-case"));
        Assert.Equal(BinaryValue, responseHeaders.GetValueBytes("x-blob-bin"));
        Assert.Equal("u-42", trailers.GetValue("trailer-x-user-id"));
        Assert.Equal(BinaryValue, trailers.GetValueBytes("trailer-x-blob-bin"));
    }

    [Fact]
    public async Task Metadata_reaches_streaming_calls()
    {
        using var call = fixture.Client.Countdown(new EchoRequest { Count = 1, EchoMetadata = true }, new Metadata { { "x-stream", "yes" } });

        var headers = await call.ResponseHeadersAsync;
        await call.ResponseStream.ReadAllAsync().ToListAsync();

        Assert.Equal("yes", headers.GetValue("x-stream"));
        Assert.Equal("yes", call.GetTrailers().GetValue("trailer-x-stream"));
    }

    [Fact]
    public void Invalid_metadata_is_refused_when_built()
    {
        Assert.Throws<ArgumentException>(() => new Metadata.Entry("bad key", "v"));
        Assert.Throws<ArgumentException>(() => new Metadata.Entry("x-text", "line\nbreak"));
        Assert.Throws<ArgumentException>(() => new Metadata.Entry("x-text-bin", "not binary"));
        Assert.Throws<ArgumentException>(() => new Metadata.Entry("x-text", [1, 2]));
    }

    [Fact]
    public async Task Status_before_call_end_is_not_available()
    {
        using var call = fixture.Client.Countdown(new EchoRequest { Count = 1 });

        Assert.Throws<InvalidOperationException>(() => call.GetStatus());
        await call.ResponseStream.ReadAllAsync().ToListAsync();
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }
}
