using Grpc.Core;

namespace Platform.Grpc.Server;

internal sealed class ClientStreamingServerCallHandler<TService, TRequest, TResponse>(
    Method<TRequest, TResponse> method,
    Func<TService, IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>> invoker,
    ServiceActivator<TService> activator,
    ServerCallSettings settings)
    : ServerCallHandler<TService, TRequest, TResponse>(method, activator, settings)
    where TService : class
    where TRequest : class
    where TResponse : class
{
    protected override Task<TResponse?> InvokeAsync(HttpServerCallContext call, TService service, TRequest? request) =>
        invoker(service, new HttpContextStreamReader<TRequest>(call, Method.RequestMarshaller.ContextualDeserializer), call)!;
}
