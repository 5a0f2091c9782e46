namespace Grpc.Core;

/// <summary>A service's methods bound to handlers of one instance, built by generated <c>BindService(impl)</c>.</summary>
public partial class ServerServiceDefinition
{
    private readonly IReadOnlyList<Action<ServiceBinderBase>> _addMethodActions;

    internal ServerServiceDefinition(IReadOnlyList<Action<ServiceBinderBase>> addMethodActions)
    {
        _addMethodActions = addMethodActions;
    }

    public static Builder CreateBuilder() => new();

    /// <summary>Hands every method with its handler to <paramref name="serviceBinder"/>.</summary>
    internal void BindService(ServiceBinderBase serviceBinder)
    {
        foreach (var addMethod in _addMethodActions)
        {
            addMethod(serviceBinder);
        }
    }
}
