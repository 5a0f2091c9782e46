using Google.Protobuf;
using Grpc.Core;
using Platform.Testing;

namespace Platform.Grpc.Tests.Infrastructure;

/// <summary>The test service: each request tells it how to behave.</summary>
public sealed class TestServiceImpl(CallRecorder recorder) : TestService.TestServiceBase
{
    public override async Task<EchoReply> Echo(EchoRequest request, ServerCallContext context)
    {
        await BehaveAsync(request, context);
        return Reply(request, context);
    }

    public override async Task Countdown(EchoRequest request, IServerStreamWriter<EchoReply> responseStream, ServerCallContext context)
    {
        await BehaveBeforeRepliesAsync(request, context);
        for (var i = request.Count; i > 0; i--)
        {
            await responseStream.WriteAsync(new EchoReply { Text = request.Text, Count = i, Payload = Payload(request.ReplyPayloadSize) });
        }

        await StallIfAskedAsync(request);

        await FailIfAskedAsync(request, context);
    }

    public override async Task<EchoReply> Collect(IAsyncStreamReader<EchoRequest> requestStream, ServerCallContext context)
    {
        var texts = new List<string>();
        await foreach (var request in requestStream.ReadAllAsync())
        {
            await BehaveAsync(request, context);
            texts.Add(request.Text);
        }

        return new EchoReply { Text = string.Join(",", texts), Count = texts.Count };
    }

    public override async Task Chat(IAsyncStreamReader<EchoRequest> requestStream, IServerStreamWriter<EchoReply> responseStream, ServerCallContext context)
    {
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            await BehaveAsync(request, context);
            await responseStream.WriteAsync(Reply(request, context));
        }
    }

    private async Task BehaveAsync(EchoRequest request, ServerCallContext context)
    {
        await BehaveBeforeRepliesAsync(request, context);
        await StallIfAskedAsync(request);
        await FailIfAskedAsync(request, context);
    }

    private async Task BehaveBeforeRepliesAsync(EchoRequest request, ServerCallContext context)
    {
        if (request.EchoMetadata)
        {
            var headers = new Metadata();
            foreach (var entry in context.RequestHeaders)
            {
                if (entry.Key.StartsWith("x-", StringComparison.Ordinal))
                {
                    headers.Add(entry);
                    context.ResponseTrailers.Add(entry.IsBinary ? new Metadata.Entry("trailer-" + entry.Key, entry.ValueBytes) : new Metadata.Entry("trailer-" + entry.Key, entry.Value));
                }
            }

            await context.WriteResponseHeadersAsync(headers);
        }

        if (request.WaitForCancellation)
        {
            try
            {
                recorder.RecordWaiting(request.Text);
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                recorder.RecordCancellation(request.Text);
                throw;
            }
        }

        if (request.ThrowUnhandled)
        {
            throw new InvalidOperationException("secret internal detail " + request.Text);
        }
    }

    private static Task StallIfAskedAsync(EchoRequest request) =>
        request.StallMs > 0 ? Task.Delay(request.StallMs, CancellationToken.None) : Task.CompletedTask;

    private static Task FailIfAskedAsync(EchoRequest request, ServerCallContext context)
    {
        if (request.FailCode != 0)
        {
            var trailers = new Metadata { { "x-failure-reason", "requested" } };
            throw new RpcException(new Status((StatusCode)request.FailCode, request.Text), trailers);
        }

        return Task.CompletedTask;
    }

    private static EchoReply Reply(EchoRequest request, ServerCallContext context) => new()
    {
        Text = request.Text,
        Payload = Payload(request.ReplyPayloadSize),
        Count = request.Payload.Length,
        DeadlineUnixMs = context.Deadline == DateTime.MaxValue ? 0 : new DateTimeOffset(context.Deadline).ToUnixTimeMilliseconds(),
    };

    private static ByteString Payload(int size) => size <= 0 ? ByteString.Empty : ByteString.CopyFrom(new byte[size]);
}
