using System.Reflection;
using Grpc.Core;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Grpc.Tests.Discovery;

[Collection(GrpcCollection.Name)]
public sealed class ClientFactoryTests(GrpcServerFixture fixture)
{
    private ServiceProvider BuildServices(Dictionary<string, string?> configuration, Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        register(services);
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("grpc")]
    [InlineData("http")]
    public async Task Client_finds_its_service_from_Aspire_style_configuration(string endpoint)
    {
        await using var services = BuildServices(
            new() { [$"services:testing:{endpoint}:0"] = fixture.Host.Address.ToString() },
            collection => collection.AddGrpcClient<TestService.TestServiceClient>("testing"));

        var reply = await services.GetRequiredService<TestService.TestServiceClient>().EchoAsync(new EchoRequest { Text = "found" });

        Assert.Equal("found", reply.Text);
    }

    [Fact]
    public async Task Grpc_endpoint_is_preferred_over_http()
    {
        await using var services = BuildServices(
            new()
            {
                ["services:testing:grpc:0"] = fixture.Host.Address.ToString(),
                ["services:testing:http:0"] = "http://127.0.0.1:9",
            },
            collection => collection.AddGrpcClient<TestService.TestServiceClient>("testing"));

        Assert.Equal("grpc", (await services.GetRequiredService<TestService.TestServiceClient>().EchoAsync(new EchoRequest { Text = "grpc" })).Text);
    }

    [Fact]
    public async Task Address_with_a_service_name_as_host_is_resolved()
    {
        await using var services = BuildServices(
            new() { ["services:testing:http:0"] = fixture.Host.Address.ToString() },
            collection => collection.AddGrpcClient<TestService.TestServiceClient>(options => options.Address = new Uri("http://testing")));

        Assert.Equal("named", (await services.GetRequiredService<TestService.TestServiceClient>().EchoAsync(new EchoRequest { Text = "named" })).Text);
    }

    [Fact]
    public async Task Missing_configuration_is_a_clear_error()
    {
        await using var services = BuildServices([], collection => collection.AddGrpcClient<TestService.TestServiceClient>("credit"));

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<TestService.TestServiceClient>());

        Assert.Contains("services__credit__grpc__0", error.Message);
    }

    [Fact]
    public async Task Default_deadline_applies_to_calls_without_one()
    {
        await using var services = BuildServices(
            new() { ["services:testing:grpc:0"] = fixture.Host.Address.ToString() },
            collection => collection.AddGrpcClient<TestService.TestServiceClient>("testing", options => options.DefaultDeadline = TimeSpan.FromMilliseconds(300)));
        var client = services.GetRequiredService<TestService.TestServiceClient>();

        var error = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { Text = Guid.NewGuid().ToString(), WaitForCancellation = true }));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        var reply = await client.EchoAsync(new EchoRequest());
        Assert.NotEqual(0, reply.DeadlineUnixMs);
    }

    [Fact]
    public async Task Clients_of_one_name_share_one_channel()
    {
        await using var services = BuildServices(
            new() { ["services:testing:grpc:0"] = fixture.Host.Address.ToString() },
            collection => collection.AddGrpcClient<TestService.TestServiceClient>("testing").ConfigureChannel(options => options.MaxReceiveMessageSize = 100));
        var first = services.GetRequiredService<TestService.TestServiceClient>();
        var second = services.GetRequiredService<TestService.TestServiceClient>();

        Assert.NotSame(first, second);
        Assert.Same(InvokerOf(first), InvokerOf(second));
        var error = await Assert.ThrowsAsync<RpcException>(async () => await first.EchoAsync(new EchoRequest { ReplyPayloadSize = 1000 }));
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    private static object? InvokerOf(ClientBase client) =>
        typeof(ClientBase).GetProperty("CallInvoker", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(client);
}
