using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Grpc.Tests.Protocol;

[Collection(GrpcCollection.Name)]
public sealed class MessageLimitAndCompressionTests(GrpcServerFixture fixture)
{
    [Fact]
    public async Task Request_over_the_default_4MB_limit_gets_RESOURCE_EXHAUSTED()
    {
        var payload = ByteString.CopyFrom(new byte[(4 * 1024 * 1024) + 1]);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Client.EchoAsync(new EchoRequest { Payload = payload }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal("ok", (await fixture.Client.EchoAsync(new EchoRequest { Text = "ok" })).Text);
    }

    [Fact]
    public async Task Configured_server_receive_limit_applies()
    {
        await using var host = await GrpcTestHost.StartAsync(options => options.MaxReceiveMessageSize = 100);
        using var channel = host.CreateChannel();
        var client = new TestService.TestServiceClient(channel);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { Payload = ByteString.CopyFrom(new byte[200]) }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal(50, (await client.EchoAsync(new EchoRequest { Payload = ByteString.CopyFrom(new byte[50]) })).Count);
    }

    [Fact]
    public async Task Response_over_the_client_receive_limit_gets_RESOURCE_EXHAUSTED()
    {
        using var channel = fixture.Host.CreateChannel(new GrpcChannelOptions { MaxReceiveMessageSize = 1000 });
        var client = new TestService.TestServiceClient(channel);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { ReplyPayloadSize = 5000 }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task Request_over_the_client_send_limit_fails_before_sending()
    {
        using var channel = fixture.Host.CreateChannel(new GrpcChannelOptions { MaxSendMessageSize = 1000 });
        var client = new TestService.TestServiceClient(channel);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { Payload = ByteString.CopyFrom(new byte[5000]) }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task Response_over_the_server_send_limit_gets_RESOURCE_EXHAUSTED()
    {
        await using var host = await GrpcTestHost.StartAsync(options => options.MaxSendMessageSize = 1000);
        using var channel = host.CreateChannel();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await new TestService.TestServiceClient(channel).EchoAsync(new EchoRequest { ReplyPayloadSize = 5000 }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task Client_can_compress_requests_and_server_can_compress_responses()
    {
        await using var host = await GrpcTestHost.StartAsync(options => options.ResponseCompressionAlgorithm = "gzip");
        using var channel = host.CreateChannel();
        var client = new TestService.TestServiceClient(channel);
        var headers = new Metadata { { "grpc-internal-encoding-request", "gzip" } };

        using var call = client.EchoAsync(new EchoRequest { Text = "squeeze", Payload = ByteString.CopyFrom(new byte[10_000]), ReplyPayloadSize = 20_000 }, headers);
        var reply = await call;

        Assert.Equal(10_000, reply.Count);
        Assert.Equal(20_000, reply.Payload.Length);
    }

    [Fact]
    public async Task Compressed_streaming_requests_are_accepted()
    {
        using var call = fixture.Client.Collect(new Metadata { { "grpc-internal-encoding-request", "gzip" } });
        await call.RequestStream.WriteAsync(new EchoRequest { Text = "one" });
        await call.RequestStream.WriteAsync(new EchoRequest { Text = "two" });
        await call.RequestStream.CompleteAsync();

        Assert.Equal("one,two", (await call).Text);
    }
}
