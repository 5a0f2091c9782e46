using Grpc.Core;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Grpc.Tests.Calls;

[Collection(GrpcCollection.Name)]
public sealed class StatusTests(GrpcServerFixture fixture)
{
    [Theory]
    [InlineData(StatusCode.InvalidArgument, "amount must be positive")]
    [InlineData(StatusCode.NotFound, "")]
    [InlineData(StatusCode.PermissionDenied, "余额不足 — 100% sure, ünïcödé ✓ and 😀")]
    [InlineData(StatusCode.Unavailable, "line1\nline2\t%41 literal percent")]
    public async Task Status_code_and_unicode_detail_reach_the_client_exactly(StatusCode code, string detail)
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.EchoAsync(new EchoRequest { Text = detail, FailCode = (int)code }));

        Assert.Equal(code, error.StatusCode);
        Assert.Equal(detail, error.Status.Detail);
        Assert.Equal("requested", error.Trailers.GetValue("x-failure-reason"));
    }

    [Fact]
    public async Task Unhandled_exception_is_UNKNOWN_without_its_details()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.EchoAsync(new EchoRequest { Text = "s3cr3t", ThrowUnhandled = true }));

        Assert.Equal(StatusCode.Unknown, error.StatusCode);
        Assert.DoesNotContain("s3cr3t", error.Status.Detail);
        Assert.DoesNotContain("InvalidOperationException", error.Status.Detail);
    }

    [Fact]
    public async Task Detailed_errors_can_be_enabled()
    {
        await using var host = await GrpcTestHost.StartAsync(options => options.EnableDetailedErrors = true);
        using var channel = host.CreateChannel();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await new TestService.TestServiceClient(channel).EchoAsync(new EchoRequest { Text = "visible", ThrowUnhandled = true }));

        Assert.Equal(StatusCode.Unknown, error.StatusCode);
        Assert.Contains("InvalidOperationException", error.Status.Detail);
        Assert.Contains("visible", error.Status.Detail);
    }

    [Fact]
    public async Task Error_before_any_message_is_a_trailers_only_response()
    {
        using var client = fixture.Host.CreateRawClient();
        using var request = RawGrpc.Request("/platform.testing.TestService/Echo", RawGrpc.Frame(new EchoRequest { Text = "nope", FailCode = (int)StatusCode.NotFound }));

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("5", RawGrpc.Header(response.Headers, "grpc-status"));
        Assert.Equal("nope", RawGrpc.Header(response.Headers, "grpc-message"));
        Assert.Empty(body);
        Assert.Empty(response.TrailingHeaders);
    }

    [Fact]
    public async Task Server_that_keeps_failing_keeps_serving()
    {
        for (var i = 0; i < 20; i++)
        {
            await Assert.ThrowsAsync<RpcException>(async () => await fixture.Client.EchoAsync(new EchoRequest { ThrowUnhandled = true }));
        }

        Assert.Equal("alive", (await fixture.Client.EchoAsync(new EchoRequest { Text = "alive" })).Text);
    }
}
