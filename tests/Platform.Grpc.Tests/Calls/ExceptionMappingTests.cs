using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Grpc.Tests.Calls;

/// <summary>Exceptions a service maps to a status (e.g. its store going away → UNAVAILABLE); the rest stay UNKNOWN.</summary>
public sealed class ExceptionMappingTests
{
    [Fact]
    public async Task A_mapped_exception_answers_its_status_and_an_unmapped_one_stays_unknown()
    {
        await using var host = await GrpcTestHost.StartAsync(options =>
        {
            options.ExceptionMappers.Add(e => e is ArgumentException ? new Status(StatusCode.InvalidArgument, "never") : null);
            options.ExceptionMappers.Add(e => e is InvalidOperationException && e.Message.Contains("outage")
                ? new Status(StatusCode.Unavailable, "the test store is unavailable; try again")
                : null);
        });
        using var channel = host.CreateChannel();
        var client = new TestService.TestServiceClient(channel);

        var mapped = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { Text = "outage", ThrowUnhandled = true }));
        var unmapped = await Assert.ThrowsAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { Text = "other", ThrowUnhandled = true }));

        Assert.Equal(StatusCode.Unavailable, mapped.StatusCode);
        Assert.Equal("the test store is unavailable; try again", mapped.Status.Detail);
        Assert.Equal(StatusCode.Unknown, unmapped.StatusCode);
        Assert.DoesNotContain("other", unmapped.Status.Detail);
    }

    [Fact]
    public void MapException_adds_a_mapper_for_its_exception_type_only()
    {
        var services = new ServiceCollection();
        services.AddGrpc().MapException<TimeoutException>(e => new Status(StatusCode.DeadlineExceeded, e.Message));
        var options = services.BuildServiceProvider().GetRequiredService<IOptions<GrpcServiceOptions>>().Value;

        var map = Assert.Single(options.ExceptionMappers);
        Assert.Equal(new Status(StatusCode.DeadlineExceeded, "slow"), map(new TimeoutException("slow")));
        Assert.Null(map(new InvalidOperationException("slow")));
    }
}
