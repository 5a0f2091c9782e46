using Grpc.Core;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Grpc.Tests.Calls;

[Collection(GrpcCollection.Name)]
public sealed class UnaryCallTests(GrpcServerFixture fixture)
{
    [Fact]
    public async Task Unary_call_returns_the_reply_and_OK()
    {
        using var call = fixture.Client.EchoAsync(new EchoRequest { Text = "hello", ReplyPayloadSize = 10 });

        var reply = await call;

        Assert.Equal("hello", reply.Text);
        Assert.Equal(10, reply.Payload.Length);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public void Blocking_unary_call_returns_the_reply()
    {
        var reply = fixture.Client.Echo(new EchoRequest { Text = "blocking" });

        Assert.Equal("blocking", reply.Text);
    }

    [Fact]
    public async Task Large_messages_both_ways_within_the_limit()
    {
        var payload = Google.Protobuf.ByteString.CopyFrom(new byte[1024 * 1024]);

        var reply = await fixture.Client.EchoAsync(new EchoRequest { Text = "big", Payload = payload, ReplyPayloadSize = 3 * 1024 * 1024 });

        Assert.Equal(1024 * 1024, reply.Count);
        Assert.Equal(3 * 1024 * 1024, reply.Payload.Length);
    }

    [Fact]
    public async Task Many_concurrent_calls_share_the_channel()
    {
        var calls = Enumerable.Range(0, 200).Select(async i => (await fixture.Client.EchoAsync(new EchoRequest { Text = $"n{i}" })).Text);

        var texts = await Task.WhenAll(calls);

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"n{i}"), texts);
    }
}
