namespace Grpc.Core;

/// <summary>The invoker of a client built with the parameterless constructor (a test double); every call fails clearly.</summary>
internal sealed class UnusableCallInvoker : CallInvoker
{
    public static readonly UnusableCallInvoker Instance = new();

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw Fail();

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw Fail();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw Fail();

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw Fail();

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw Fail();

    private static InvalidOperationException Fail() =>
        new("This client was created without a channel or call invoker; override its methods or construct it with a channel.");
}
