using Grpc.Core;
using Grpc.Net.Client;

namespace Platform.Grpc.Client;

/// <summary>Starts calls of all four kinds on a <see cref="GrpcChannel"/>.</summary>
internal sealed class HttpClientCallInvoker(GrpcChannel channel) : CallInvoker
{
    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        using var call = AsyncUnaryCall(method, host, options, request);
        return call.ResponseAsync.GetAwaiter().GetResult();
    }

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var call = new GrpcCall<TRequest, TResponse>(channel, method, options);
        var response = call.RunUnaryAsync(request);
        return new AsyncUnaryCall<TResponse>(response, call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var call = new GrpcCall<TRequest, TResponse>(channel, method, options);
        call.StartServerStreaming(request);
        return new AsyncServerStreamingCall<TResponse>(new ClientStreamReader<TRequest, TResponse>(call), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options)
    {
        var call = new GrpcCall<TRequest, TResponse>(channel, method, options);
        var writer = call.StartClientStreaming(out var response);
        return new AsyncClientStreamingCall<TRequest, TResponse>(writer, response, call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options)
    {
        var call = new GrpcCall<TRequest, TResponse>(channel, method, options);
        var writer = call.StartDuplexStreaming();
        return new AsyncDuplexStreamingCall<TRequest, TResponse>(writer, new ClientStreamReader<TRequest, TResponse>(call), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }
}
