using Grpc.Core;
using Grpc.Testing;

namespace Interop.Client.Cases;

public static class MetadataCases
{
    private const string InitialKey = "x-grpc-test-echo-initial";
    private const string InitialValue = "test_initial_metadata_value";
    private const string TrailingKey = "x-grpc-test-echo-trailing-bin";
    private static readonly byte[] TrailingValue = [0xab, 0xab, 0xab];

    public static async Task CustomMetadata(InteropClients clients)
    {
        var unaryRequest = new SimpleRequest { ResponseSize = 314159, Payload = Requests.Zeros(271828) };
        using (var unary = clients.Test.UnaryCallAsync(unaryRequest, EchoHeaders(), Requests.Deadline()))
        {
            Expect.ZeroPayload((await unary.ResponseAsync).Payload, 314159);
            ExpectEchoed(await unary.ResponseHeadersAsync, unary.GetTrailers(), "UnaryCall");
        }

        using var duplex = clients.Test.FullDuplexCall(EchoHeaders(), Requests.Deadline());
        await duplex.RequestStream.WriteAsync(Requests.AskFor(314159, 271828));
        await duplex.RequestStream.CompleteAsync();
        var responses = await duplex.ResponseStream.ReadAllAsync().ToListAsync();
        Expect.Equal(1, responses.Count, "number of FullDuplexCall responses");
        Expect.ZeroPayload(responses[0].Payload, 314159);
        ExpectEchoed(await duplex.ResponseHeadersAsync, duplex.GetTrailers(), "FullDuplexCall");
    }

    private static Metadata EchoHeaders() => new()
    {
        { InitialKey, InitialValue },
        { TrailingKey, TrailingValue },
    };

    private static void ExpectEchoed(Metadata headers, Metadata trailers, string call)
    {
        Expect.Equal(InitialValue, headers.GetValue(InitialKey), $"{call} echoed initial metadata");
        var trailing = trailers.GetValueBytes(TrailingKey);
        Expect.True(trailing is not null && trailing.AsSpan().SequenceEqual(TrailingValue),
            $"{call} echoed trailing metadata: expected ababab, got {(trailing is null ? "nothing" : Convert.ToHexStringLower(trailing))}");
    }
}
