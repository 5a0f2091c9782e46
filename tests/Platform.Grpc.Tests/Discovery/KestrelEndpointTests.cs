using System.Net;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Grpc.Tests.Discovery;

public sealed class KestrelEndpointTests
{
    [Fact]
    public async Task A_service_serves_REST_on_HTTP_1_and_gRPC_on_its_h2c_endpoint()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["Kestrel:Endpoints:http:Url"] = "http://127.0.0.1:0";
        builder.Configuration["Kestrel:Endpoints:grpc:Url"] = "http://127.0.0.1:0";
        builder.WebHost.UseGrpcEndpoint();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<CallRecorder>();
        await using var app = builder.Build();
        app.MapGrpcService<TestServiceImpl>();
        app.MapGet("/hello", () => "REST");
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.ToList();
        Assert.Equal(2, addresses.Count);

        var restAddresses = new List<string>();
        var grpcAddresses = new List<string>();
        foreach (var address in addresses)
        {
            if (await ServesHttp1Async(address))
            {
                restAddresses.Add(address);
            }

            if (await ServesGrpcAsync(address))
            {
                grpcAddresses.Add(address);
            }
        }

        Assert.Single(restAddresses);
        Assert.Single(grpcAddresses);
        Assert.NotEqual(restAddresses[0], grpcAddresses[0]);
        await app.StopAsync();
    }

    private static async Task<bool> ServesHttp1Async(string address)
    {
        using var client = new HttpClient { DefaultRequestVersion = HttpVersion.Version11 };
        using var response = await client.GetAsync(new Uri(new Uri(address), "/hello"));
        return response.IsSuccessStatusCode && await response.Content.ReadAsStringAsync() == "REST";
    }

    private static async Task<bool> ServesGrpcAsync(string address)
    {
        using var channel = GrpcChannel.ForAddress(address);
        try
        {
            await new TestService.TestServiceClient(channel).EchoAsync(new EchoRequest { Text = "h2c" }, deadline: DateTime.UtcNow.AddSeconds(30));
            return true;
        }
        catch (global::Grpc.Core.RpcException)
        {
            return false;
        }
    }
}
