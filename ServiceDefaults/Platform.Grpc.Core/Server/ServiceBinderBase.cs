namespace Grpc.Core;

/// <summary>Receives a service's methods from generated <c>BindService</c> code.</summary>
public class ServiceBinderBase
{
    public virtual void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
        where TRequest : class
        where TResponse : class
        => throw new NotSupportedException($"{GetType().Name} does not bind unary methods.");

    public virtual void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
        where TRequest : class
        where TResponse : class
        => throw new NotSupportedException($"{GetType().Name} does not bind client-streaming methods.");

    public virtual void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
        where TRequest : class
        where TResponse : class
        => throw new NotSupportedException($"{GetType().Name} does not bind server-streaming methods.");

    public virtual void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
        where TRequest : class
        where TResponse : class
        => throw new NotSupportedException($"{GetType().Name} does not bind duplex-streaming methods.");
}
