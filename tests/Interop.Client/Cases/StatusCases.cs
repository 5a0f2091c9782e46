using Grpc.Core;
using Grpc.Testing;

namespace Interop.Client.Cases;

public static class StatusCases
{
    private const string SpecialMessage = "\t\ntest with whitespace\r\nand Unicode BMP ☺ and non-BMP 😈\t\n";

    public static async Task StatusCodeAndMessage(InteropClients clients)
    {
        var status = new EchoStatus { Code = (int)StatusCode.Unknown, Message = "test status message" };
        await ExpectUnaryStatus(clients, status);

        using var call = clients.Test.FullDuplexCall(deadline: Requests.Deadline());
        await call.RequestStream.WriteAsync(new StreamingOutputCallRequest { ResponseStatus = status });
        await call.RequestStream.CompleteAsync();
        await Expect.StatusAsync(() => call.ResponseStream.MoveNext(CancellationToken.None), StatusCode.Unknown, status.Message);
    }

    public static Task SpecialStatusMessage(InteropClients clients) =>
        ExpectUnaryStatus(clients, new EchoStatus { Code = (int)StatusCode.Unknown, Message = SpecialMessage });

    public static Task UnimplementedMethod(InteropClients clients) =>
        Expect.StatusAsync(() => clients.Test.UnimplementedCallAsync(new Empty(), deadline: Requests.Deadline()).ResponseAsync, StatusCode.Unimplemented);

    public static Task UnimplementedService(InteropClients clients) =>
        Expect.StatusAsync(() => clients.Unimplemented.UnimplementedCallAsync(new Empty(), deadline: Requests.Deadline()).ResponseAsync, StatusCode.Unimplemented);

    private static async Task ExpectUnaryStatus(InteropClients clients, EchoStatus status)
    {
        using var call = clients.Test.UnaryCallAsync(new SimpleRequest { ResponseStatus = status }, deadline: Requests.Deadline());
        await Expect.StatusAsync(() => call.ResponseAsync, (StatusCode)status.Code, status.Message);
    }
}
