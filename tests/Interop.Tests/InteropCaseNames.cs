namespace Interop.Tests;

/// <summary>The interop spec cases both clients run, in the spec's spelling.</summary>
public static class InteropCaseNames
{
    public static TheoryData<string> All =>
    [
        "empty_unary",
        "large_unary",
        "client_streaming",
        "server_streaming",
        "ping_pong",
        "empty_stream",
        "cancel_after_begin",
        "cancel_after_first_response",
        "timeout_on_sleeping_server",
        "custom_metadata",
        "status_code_and_message",
        "special_status_message",
        "unimplemented_method",
        "unimplemented_service",
    ];
}
