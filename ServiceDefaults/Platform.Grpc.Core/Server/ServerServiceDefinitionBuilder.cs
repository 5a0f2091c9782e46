namespace Grpc.Core;

public partial class ServerServiceDefinition
{
    /// <summary>Collects methods and their handlers; each method name may appear once.</summary>
    public class Builder
    {
        private readonly HashSet<string> _fullNames = new(StringComparer.Ordinal);
        private readonly List<Action<ServiceBinderBase>> _addMethodActions = [];

        public Builder AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse> handler)
            where TRequest : class
            where TResponse : class
            => Add(method, binder => binder.AddMethod(method, handler));

        public Builder AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse> handler)
            where TRequest : class
            where TResponse : class
            => Add(method, binder => binder.AddMethod(method, handler));

        public Builder AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse> handler)
            where TRequest : class
            where TResponse : class
            => Add(method, binder => binder.AddMethod(method, handler));

        public Builder AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse> handler)
            where TRequest : class
            where TResponse : class
            => Add(method, binder => binder.AddMethod(method, handler));

        public ServerServiceDefinition Build() => new(_addMethodActions.ToArray());

        private Builder Add(IMethod method, Action<ServiceBinderBase> addMethod)
        {
            ArgumentNullException.ThrowIfNull(method);
            if (!_fullNames.Add(method.FullName))
            {
                throw new ArgumentException($"Method '{method.FullName}' was already added.", nameof(method));
            }

            _addMethodActions.Add(addMethod);
            return this;
        }
    }
}
