using System.Reflection;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Platform.Grpc.Server;

/// <summary>
/// Receives a service's methods from the generated <c>BindService(ServiceBinderBase, TBase)</c> and
/// builds one request handler per method, calling the service through an open-instance delegate
/// made once here, so no call uses reflection.
/// </summary>
internal sealed class ServiceMethodBinder<TService>(ServiceActivator<TService> activator, ServerCallSettings settings) : ServiceBinderBase
    where TService : class
{
    public List<(IMethod Method, RequestDelegate Handler)> Bindings { get; } = [];

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
    {
        var invoker = CreateInvoker<Func<TService, TRequest, ServerCallContext, Task<TResponse>>>(method, typeof(TRequest), typeof(ServerCallContext));
        Bindings.Add((method, new UnaryServerCallHandler<TService, TRequest, TResponse>(method, invoker, activator, settings).HandleCallAsync));
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var invoker = CreateInvoker<Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task>>(
            method, typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
        Bindings.Add((method, new ServerStreamingServerCallHandler<TService, TRequest, TResponse>(method, invoker, activator, settings).HandleCallAsync));
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var invoker = CreateInvoker<Func<TService, IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>>>(
            method, typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext));
        Bindings.Add((method, new ClientStreamingServerCallHandler<TService, TRequest, TResponse>(method, invoker, activator, settings).HandleCallAsync));
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var invoker = CreateInvoker<Func<TService, IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task>>(
            method, typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
        Bindings.Add((method, new DuplexStreamingServerCallHandler<TService, TRequest, TResponse>(method, invoker, activator, settings).HandleCallAsync));
    }

    private static TDelegate CreateInvoker<TDelegate>(IMethod method, params Type[] parameterTypes)
        where TDelegate : Delegate
    {
        var methodInfo = typeof(TService).GetMethod(method.Name, BindingFlags.Public | BindingFlags.Instance, parameterTypes)
            ?? throw new InvalidOperationException($"Service type '{typeof(TService)}' has no public method '{method.Name}' for gRPC method '{method.FullName}'.");
        return methodInfo.CreateDelegate<TDelegate>();
    }
}
