using Grpc.Core;

namespace Platform.Grpc.Server;

internal sealed class DuplexStreamingServerCallHandler<TService, TRequest, TResponse>(
    Method<TRequest, TResponse> method,
    Func<TService, IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task> invoker,
    ServiceActivator<TService> activator,
    ServerCallSettings settings)
    : ServerCallHandler<TService, TRequest, TResponse>(method, activator, settings)
    where TService : class
    where TRequest : class
    where TResponse : class
{
    protected override async Task<TResponse?> InvokeAsync(HttpServerCallContext call, TService service, TRequest? request)
    {
        await invoker(
            service,
            new HttpContextStreamReader<TRequest>(call, Method.RequestMarshaller.ContextualDeserializer),
            new HttpContextStreamWriter<TResponse>(call, Method.ResponseMarshaller.ContextualSerializer),
            call).ConfigureAwait(false);
        return null;
    }
}
