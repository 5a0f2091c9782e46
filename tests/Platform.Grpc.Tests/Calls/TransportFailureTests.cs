using System.Net;
using System.Net.Sockets;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Testing;

namespace Platform.Grpc.Tests.Calls;

public sealed class TransportFailureTests
{
    /// <summary>A loopback port nothing listens on: bound, then released.</summary>
    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }

    [Fact]
    public async Task Unreachable_server_is_UNAVAILABLE()
    {
        using var channel = GrpcChannel.ForAddress(ClosedPort());
        var client = new TestService.TestServiceClient(channel);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest(), deadline: DateTime.UtcNow.AddSeconds(30)));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
    }

    [Fact]
    public async Task Writing_to_an_unreachable_server_fails_with_the_call_status()
    {
        using var channel = GrpcChannel.ForAddress(ClosedPort());
        using var call = new TestService.TestServiceClient(channel).Collect(deadline: DateTime.UtcNow.AddSeconds(30));

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await call.RequestStream.WriteAsync(new EchoRequest());
            await call.RequestStream.CompleteAsync();
            await call;
        });

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        await Assert.ThrowsAsync<RpcException>(() => call.ResponseHeadersAsync);
    }
}
