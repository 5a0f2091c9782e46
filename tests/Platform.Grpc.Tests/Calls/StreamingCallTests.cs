using Grpc.Core;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Grpc.Tests.Calls;

[Collection(GrpcCollection.Name)]
public sealed class StreamingCallTests(GrpcServerFixture fixture)
{
    [Fact]
    public async Task Server_streaming_delivers_every_message_in_order()
    {
        using var call = fixture.Client.Countdown(new EchoRequest { Text = "down", Count = 5 });

        var counts = await call.ResponseStream.ReadAllAsync().Select(reply => reply.Count).ToListAsync();

        Assert.Equal([5, 4, 3, 2, 1], counts);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task Server_streaming_reads_one_message_at_a_time_without_a_token()
    {
        using var call = fixture.Client.Countdown(new EchoRequest { Text = "down", Count = 2 });

        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(2, call.ResponseStream.Current.Count);
        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(1, call.ResponseStream.Current.Count);
        Assert.False(await call.ResponseStream.MoveNext());
    }

    [Fact]
    public async Task Server_streaming_error_after_messages_arrives_in_trailers()
    {
        using var call = fixture.Client.Countdown(new EchoRequest { Text = "stop", Count = 2, FailCode = (int)StatusCode.Aborted });
        var received = new List<int>();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var reply in call.ResponseStream.ReadAllAsync())
            {
                received.Add(reply.Count);
            }
        });

        Assert.Equal([2, 1], received);
        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        Assert.Equal("requested", error.Trailers.GetValue("x-failure-reason"));
    }

    [Fact]
    public async Task Client_streaming_receives_every_message()
    {
        using var call = fixture.Client.Collect();
        foreach (var text in new[] { "a", "b", "c" })
        {
            await call.RequestStream.WriteAsync(new EchoRequest { Text = text });
        }

        await call.RequestStream.CompleteAsync();
        var reply = await call;

        Assert.Equal("a,b,c", reply.Text);
        Assert.Equal(3, reply.Count);
    }

    [Fact]
    public async Task Client_streaming_with_no_messages_is_valid()
    {
        using var call = fixture.Client.Collect();
        await call.RequestStream.CompleteAsync();

        var reply = await call;

        Assert.Equal(0, reply.Count);
    }

    [Fact]
    public async Task Duplex_streaming_answers_each_message_as_it_arrives()
    {
        using var call = fixture.Client.Chat();

        for (var i = 0; i < 3; i++)
        {
            await call.RequestStream.WriteAsync(new EchoRequest { Text = $"ping{i}" });
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            Assert.Equal($"ping{i}", call.ResponseStream.Current.Text);
        }

        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task Duplex_error_from_the_server_fails_the_reader_and_later_writes()
    {
        using var call = fixture.Client.Chat();
        await call.RequestStream.WriteAsync(new EchoRequest { Text = "fine" });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        await call.RequestStream.WriteAsync(new EchoRequest { Text = "broken", FailCode = (int)StatusCode.FailedPrecondition });

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("broken", error.Status.Detail);
        var writeError = await Assert.ThrowsAsync<RpcException>(() => call.RequestStream.WriteAsync(new EchoRequest { Text = "after" }));
        Assert.Equal(StatusCode.FailedPrecondition, writeError.StatusCode);
    }

    [Fact]
    public async Task Writing_after_completing_the_request_stream_is_refused()
    {
        using var call = fixture.Client.Collect();
        await call.RequestStream.CompleteAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => call.RequestStream.WriteAsync(new EchoRequest()));
        await call;
    }
}
