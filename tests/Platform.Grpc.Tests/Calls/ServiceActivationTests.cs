using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Testing;

namespace Platform.Grpc.Tests.Calls;

public sealed class ServiceActivationTests
{
    /// <summary>A service with no dependencies: created per call without a request scope, disposed after it.</summary>
    private sealed class DependencyFreeService : TestService.TestServiceBase, IDisposable
    {
        public static int Created;
        public static int Disposed;

        public DependencyFreeService() => Interlocked.Increment(ref Created);

        public override Task<EchoReply> Echo(EchoRequest request, ServerCallContext context) =>
            Task.FromResult(new EchoReply { Text = request.Text, Count = Volatile.Read(ref Created) });

        public void Dispose() => Interlocked.Increment(ref Disposed);
    }

    [Fact]
    public async Task Unregistered_service_is_created_for_each_call_and_disposed_after_it()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenGrpcLoopback(0));
        builder.Services.AddGrpc();
        await using var app = builder.Build();
        app.MapGrpcService<DependencyFreeService>();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        using var channel = GrpcChannel.ForAddress(address);
        var client = new TestService.TestServiceClient(channel);
        var createdBefore = Volatile.Read(ref DependencyFreeService.Created);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal($"call {i}", (await client.EchoAsync(new EchoRequest { Text = $"call {i}" })).Text);
        }

        Assert.Equal(createdBefore + 3, Volatile.Read(ref DependencyFreeService.Created));
        Assert.True(Volatile.Read(ref DependencyFreeService.Disposed) >= 3);
        using var notOverridden = client.Collect();
        await notOverridden.RequestStream.CompleteAsync();
        var unimplemented = await Assert.ThrowsAsync<RpcException>(() => notOverridden.ResponseAsync);
        Assert.Equal(StatusCode.Unimplemented, unimplemented.StatusCode);
        await app.StopAsync();
    }
}
