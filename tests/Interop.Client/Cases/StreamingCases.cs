using Grpc.Core;
using Grpc.Testing;

namespace Interop.Client.Cases;

public static class StreamingCases
{
    public static async Task ClientStreaming(InteropClients clients)
    {
        using var call = clients.Test.StreamingInputCall(deadline: Requests.Deadline());
        foreach (var size in Requests.RequestSizes)
        {
            await call.RequestStream.WriteAsync(new StreamingInputCallRequest { Payload = Requests.Zeros(size) });
        }

        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync;
        Expect.Equal(74922, response.AggregatedPayloadSize, "aggregated_payload_size");
    }

    public static async Task ServerStreaming(InteropClients clients)
    {
        var request = new StreamingOutputCallRequest();
        request.ResponseParameters.AddRange(Requests.ResponseSizes.Select(size => new ResponseParameters { Size = size }));
        using var call = clients.Test.StreamingOutputCall(request, deadline: Requests.Deadline());
        var responses = await call.ResponseStream.ReadAllAsync().ToListAsync();
        Expect.Equal(Requests.ResponseSizes.Length, responses.Count, "number of responses");
        for (var i = 0; i < responses.Count; i++)
        {
            Expect.ZeroPayload(responses[i].Payload, Requests.ResponseSizes[i]);
        }
    }

    public static async Task PingPong(InteropClients clients)
    {
        using var call = clients.Test.FullDuplexCall(deadline: Requests.Deadline());
        for (var i = 0; i < Requests.RequestSizes.Length; i++)
        {
            await call.RequestStream.WriteAsync(Requests.AskFor(Requests.ResponseSizes[i], Requests.RequestSizes[i]));
            Expect.True(await call.ResponseStream.MoveNext(CancellationToken.None), $"stream ended before response {i + 1}");
            Expect.ZeroPayload(call.ResponseStream.Current.Payload, Requests.ResponseSizes[i]);
        }

        await call.RequestStream.CompleteAsync();
        Expect.True(!await call.ResponseStream.MoveNext(CancellationToken.None), "more responses than requests");
        Expect.Equal(StatusCode.OK, call.GetStatus().StatusCode, "status");
    }

    public static async Task EmptyStream(InteropClients clients)
    {
        using var call = clients.Test.FullDuplexCall(deadline: Requests.Deadline());
        await call.RequestStream.CompleteAsync();
        Expect.True(!await call.ResponseStream.MoveNext(CancellationToken.None), "a response arrived on an empty stream");
        Expect.Equal(StatusCode.OK, call.GetStatus().StatusCode, "status");
    }
}
