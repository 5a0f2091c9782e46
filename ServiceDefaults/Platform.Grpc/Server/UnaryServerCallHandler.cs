using Grpc.Core;

namespace Platform.Grpc.Server;

internal sealed class UnaryServerCallHandler<TService, TRequest, TResponse>(
    Method<TRequest, TResponse> method,
    Func<TService, TRequest, ServerCallContext, Task<TResponse>> invoker,
    ServiceActivator<TService> activator,
    ServerCallSettings settings)
    : ServerCallHandler<TService, TRequest, TResponse>(method, activator, settings)
    where TService : class
    where TRequest : class
    where TResponse : class
{
    protected override Task<TResponse?> InvokeAsync(HttpServerCallContext call, TService service, TRequest? request) =>
        invoker(service, request!, call)!;
}
