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
    protected override async Task<TResponse?> InvokeAsync(HttpServerCallContext call, TService service)
    {
        var request = await call.RequestReader.ReadSingleMessageAsync(Method.RequestMarshaller.ContextualDeserializer, call.CancellationToken).ConfigureAwait(false);
        return await invoker(service, request, call).ConfigureAwait(false);
    }
}
