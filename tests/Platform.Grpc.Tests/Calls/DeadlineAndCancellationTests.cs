using Grpc.Core;
using Grpc.Net.Client;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Grpc.Tests.Calls;

[Collection(GrpcCollection.Name)]
public sealed class DeadlineAndCancellationTests(GrpcServerFixture fixture)
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Client_deadline_fails_the_call_with_DEADLINE_EXCEEDED()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.EchoAsync(new EchoRequest { Text = Guid.NewGuid().ToString(), WaitForCancellation = true }, deadline: DateTime.UtcNow.AddMilliseconds(300)));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact]
    public async Task Grpc_timeout_cancels_the_handler_and_answers_DEADLINE_EXCEEDED()
    {
        // A raw request, so only the server's deadline is at work (the client never gives up first).
        var key = Guid.NewGuid().ToString();
        using var client = fixture.Host.CreateRawClient();

        var response = await RawGrpc.SendAsync(client, RawGrpc.Request(
            "/platform.testing.TestService/Echo",
            RawGrpc.Frame(new EchoRequest { Text = key, WaitForCancellation = true }),
            headers: ("grpc-timeout", "300m")));

        Assert.Equal(((int)StatusCode.DeadlineExceeded).ToString(), response.GrpcStatus);
        await fixture.Host.Recorder.WaitForCancellationAsync(key, Generous);
    }

    [Fact]
    public async Task Server_sees_the_deadline_the_client_set()
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);

        var reply = await fixture.Client.EchoAsync(new EchoRequest(), deadline: deadline);

        var seen = DateTimeOffset.FromUnixTimeMilliseconds(reply.DeadlineUnixMs);
        Assert.InRange((seen - deadline).Duration(), TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_deadline_already_passed_fails_without_sending()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.EchoAsync(new EchoRequest(), deadline: DateTime.UtcNow.AddSeconds(-1)));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact]
    public async Task Deadline_ends_a_server_stream_that_the_client_is_reading()
    {
        var key = Guid.NewGuid().ToString();
        using var call = fixture.Client.Countdown(new EchoRequest { Text = key, WaitForCancellation = true, Count = 1 }, deadline: DateTime.UtcNow.AddMilliseconds(300));

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact]
    public async Task Client_cancellation_reaches_the_handler_and_the_client_gets_CANCELLED()
    {
        var key = Guid.NewGuid().ToString();
        using var cts = new CancellationTokenSource();
        using var call = fixture.Client.EchoAsync(new EchoRequest { Text = key, WaitForCancellation = true }, cancellationToken: cts.Token);
        await fixture.Host.Recorder.WaitUntilWaitingAsync(key, Generous);

        cts.Cancel();

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        await fixture.Host.Recorder.WaitForCancellationAsync(key, Generous);
    }

    [Fact]
    public async Task Disposing_a_running_call_cancels_it_on_the_server()
    {
        var key = Guid.NewGuid().ToString();
        var call = fixture.Client.Chat();
        await call.RequestStream.WriteAsync(new EchoRequest { Text = key, WaitForCancellation = true });
        await fixture.Host.Recorder.WaitUntilWaitingAsync(key, Generous);

        call.Dispose();

        await fixture.Host.Recorder.WaitForCancellationAsync(key, Generous);
        Assert.Equal(StatusCode.Cancelled, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task Cancellation_can_surface_as_OperationCanceledException()
    {
        using var channel = fixture.Host.CreateChannel(new GrpcChannelOptions { ThrowOperationCanceledOnCancellation = true });
        var client = new TestService.TestServiceClient(channel);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await client.EchoAsync(new EchoRequest { Text = Guid.NewGuid().ToString(), WaitForCancellation = true }, cancellationToken: cts.Token));
    }

    [Fact]
    public async Task Server_answers_DEADLINE_EXCEEDED_on_time_even_when_the_handler_ignores_cancellation()
    {
        using var client = fixture.Host.CreateRawClient();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var response = await RawGrpc.SendAsync(client, RawGrpc.Request(
            "/platform.testing.TestService/Echo",
            RawGrpc.Frame(new EchoRequest { StallMs = 8000 }),
            headers: ("grpc-timeout", "300m")));

        Assert.Equal(((int)StatusCode.DeadlineExceeded).ToString(), response.GrpcStatus);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(6), $"answered after {started.Elapsed}");
    }

    [Fact]
    public async Task Deadline_after_streamed_messages_ends_the_stream_with_DEADLINE_EXCEEDED()
    {
        using var client = fixture.Host.CreateRawClient();

        var response = await RawGrpc.SendAsync(client, RawGrpc.Request(
            "/platform.testing.TestService/Countdown",
            RawGrpc.Frame(new EchoRequest { Count = 2, StallMs = 8000 }),
            headers: ("grpc-timeout", "300m")));

        Assert.Equal(((int)StatusCode.DeadlineExceeded).ToString(), response.GrpcStatus);
        Assert.Equal(2, RawGrpc.CountFrames(response.Body));
    }
}
