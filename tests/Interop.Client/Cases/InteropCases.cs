namespace Interop.Client.Cases;

/// <summary>Every interop case this client runs, by its name in the interop spec.</summary>
public static class InteropCases
{
    public static readonly IReadOnlyDictionary<string, Func<InteropClients, Task>> All = new Dictionary<string, Func<InteropClients, Task>>
    {
        ["empty_unary"] = UnaryCases.EmptyUnary,
        ["large_unary"] = UnaryCases.LargeUnary,
        ["client_streaming"] = StreamingCases.ClientStreaming,
        ["server_streaming"] = StreamingCases.ServerStreaming,
        ["ping_pong"] = StreamingCases.PingPong,
        ["empty_stream"] = StreamingCases.EmptyStream,
        ["cancel_after_begin"] = CancellationCases.CancelAfterBegin,
        ["cancel_after_first_response"] = CancellationCases.CancelAfterFirstResponse,
        ["timeout_on_sleeping_server"] = CancellationCases.TimeoutOnSleepingServer,
        ["custom_metadata"] = MetadataCases.CustomMetadata,
        ["status_code_and_message"] = StatusCases.StatusCodeAndMessage,
        ["special_status_message"] = StatusCases.SpecialStatusMessage,
        ["unimplemented_method"] = StatusCases.UnimplementedMethod,
        ["unimplemented_service"] = StatusCases.UnimplementedService,
    };
}
