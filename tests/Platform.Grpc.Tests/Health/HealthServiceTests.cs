using Grpc.Core;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grpc.Tests.Infrastructure;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Platform.Grpc.Tests.Health;

[Collection(GrpcCollection.Name)]
public sealed class HealthServiceTests(GrpcServerFixture fixture)
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private global::Grpc.Health.V1.Health.HealthClient Client => new(fixture.Channel);

    private HealthServiceImpl Service => fixture.Host.Services.GetRequiredService<HealthServiceImpl>();

    private SwitchableHealthCheck Switch => fixture.Host.Services.GetRequiredService<SwitchableHealthCheck>();

    [Fact]
    public async Task Whole_server_is_serving_when_its_checks_pass()
    {
        var response = await Client.CheckAsync(new HealthCheckRequest());

        Assert.Equal(ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Unknown_service_is_NOT_FOUND()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Client.CheckAsync(new HealthCheckRequest { Service = "no.such.Service" }));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Status_set_in_code_is_reported()
    {
        Service.SetStatus("platform.testing.Coded", ServingStatus.NotServing);

        var response = await Client.CheckAsync(new HealthCheckRequest { Service = "platform.testing.Coded" });

        Assert.Equal(ServingStatus.NotServing, response.Status);
        var list = await Client.ListAsync(new HealthListRequest());
        Assert.Equal(ServingStatus.NotServing, list.Statuses["platform.testing.Coded"].Status);
    }

    [Fact]
    public async Task Failing_health_check_makes_its_mapped_service_not_serving()
    {
        Switch.Healthy = false;
        try
        {
            Assert.Equal(ServingStatus.NotServing, (await Client.CheckAsync(new HealthCheckRequest { Service = "ready" })).Status);
            Assert.Equal(ServingStatus.NotServing, (await Client.CheckAsync(new HealthCheckRequest())).Status);
        }
        finally
        {
            Switch.Healthy = true;
        }

        Assert.Equal(ServingStatus.Serving, (await Client.CheckAsync(new HealthCheckRequest { Service = "ready" })).Status);
    }

    [Fact]
    public async Task Watch_streams_the_current_status_then_every_change()
    {
        var service = "watched." + Guid.NewGuid().ToString("N");
        using var cts = new CancellationTokenSource(Generous);
        using var call = Client.Watch(new HealthCheckRequest { Service = service }, cancellationToken: cts.Token);
        var stream = call.ResponseStream;

        Assert.True(await stream.MoveNext(cts.Token));
        Assert.Equal(ServingStatus.ServiceUnknown, stream.Current.Status);

        Service.SetStatus(service, ServingStatus.Serving);
        Assert.True(await stream.MoveNext(cts.Token));
        Assert.Equal(ServingStatus.Serving, stream.Current.Status);

        Service.SetStatus(service, ServingStatus.NotServing);
        Assert.True(await stream.MoveNext(cts.Token));
        Assert.Equal(ServingStatus.NotServing, stream.Current.Status);
    }

    [Fact]
    public async Task Watch_sees_health_check_changes_through_the_publisher()
    {
        using var cts = new CancellationTokenSource(Generous);
        using var call = Client.Watch(new HealthCheckRequest { Service = "ready" }, cancellationToken: cts.Token);
        var stream = call.ResponseStream;
        Assert.True(await stream.MoveNext(cts.Token));
        Assert.Equal(ServingStatus.Serving, stream.Current.Status);

        Switch.Healthy = false;
        try
        {
            Assert.True(await stream.MoveNext(cts.Token));
            Assert.Equal(ServingStatus.NotServing, stream.Current.Status);
        }
        finally
        {
            Switch.Healthy = true;
        }
    }
}
