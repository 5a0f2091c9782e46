using Grpc.Testing;

namespace Interop.Client.Cases;

public static class UnaryCases
{
    public static async Task EmptyUnary(InteropClients clients)
    {
        var response = await clients.Test.EmptyCallAsync(new Empty(), deadline: Requests.Deadline());
        Expect.True(response is not null, "response is null");
    }

    public static async Task LargeUnary(InteropClients clients)
    {
        var request = new SimpleRequest { ResponseSize = 314159, Payload = Requests.Zeros(271828) };
        var response = await clients.Test.UnaryCallAsync(request, deadline: Requests.Deadline());
        Expect.ZeroPayload(response.Payload, 314159);
    }
}
