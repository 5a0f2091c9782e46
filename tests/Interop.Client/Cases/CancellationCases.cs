using Grpc.Core;
using Grpc.Testing;

namespace Interop.Client.Cases;

public static class CancellationCases
{
    public static async Task CancelAfterBegin(InteropClients clients)
    {
        using var cancellation = new CancellationTokenSource();
        using var call = clients.Test.StreamingInputCall(deadline: Requests.Deadline(), cancellationToken: cancellation.Token);
        await cancellation.CancelAsync();
        await Expect.StatusAsync(() => call.ResponseAsync, StatusCode.Cancelled);
    }

    public static async Task CancelAfterFirstResponse(InteropClients clients)
    {
        using var cancellation = new CancellationTokenSource();
        using var call = clients.Test.FullDuplexCall(deadline: Requests.Deadline(), cancellationToken: cancellation.Token);
        await call.RequestStream.WriteAsync(Requests.AskFor(31415, 27182));
        Expect.True(await call.ResponseStream.MoveNext(CancellationToken.None), "stream ended before the first response");
        Expect.ZeroPayload(call.ResponseStream.Current.Payload, 31415);
        await cancellation.CancelAsync();
        await Expect.StatusAsync(() => call.ResponseStream.MoveNext(CancellationToken.None), StatusCode.Cancelled);
    }

    public static async Task TimeoutOnSleepingServer(InteropClients clients)
    {
        using var call = clients.Test.FullDuplexCall(deadline: DateTime.UtcNow.AddMilliseconds(1));
        try
        {
            await call.RequestStream.WriteAsync(new StreamingOutputCallRequest { Payload = Requests.Zeros(27182) });
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.DeadlineExceeded)
        {
            // The deadline may pass before the write: the call must still end as below.
        }

        await Expect.StatusAsync(() => call.ResponseStream.MoveNext(CancellationToken.None), StatusCode.DeadlineExceeded);
    }
}
