using Grpc.Core;

namespace Platform.Grpc.Server;

internal sealed class ServerStreamingServerCallHandler<TService, TRequest, TResponse>(
    Method<TRequest, TResponse> method,
    Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> invoker,
    ServiceActivator<TService> activator,
    ServerCallSettings settings)
    : ServerCallHandler<TService, TRequest, TResponse>(method, activator, settings)
    where TService : class
    where TRequest : class
    where TResponse : class
{
    protected override async Task<TResponse?> InvokeAsync(HttpServerCallContext call, TService service, TRequest? request)
    {
        await invoker(service, request!, new HttpContextStreamWriter<TResponse>(call, Method.ResponseMarshaller.ContextualSerializer), call).ConfigureAwait(false);
        return null;
    }
}
