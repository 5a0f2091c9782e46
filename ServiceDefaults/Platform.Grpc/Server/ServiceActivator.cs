using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Grpc.Server;

/// <summary>
/// Gets the service instance for one call: from DI when registered (DI owns it), otherwise created
/// per call with constructor injection and disposed after the call (as grpc-dotnet does).
/// </summary>
internal sealed class ServiceActivator<TService>
    where TService : class
{
    private readonly ObjectFactory<TService>? _factory;
    private readonly IServiceProvider? _servicesForDependencyFree;

    public ServiceActivator(IServiceProvider rootServices)
    {
        var isRegistered = rootServices.GetService<IServiceProviderIsService>()?.IsService(typeof(TService)) ?? false;
        _factory = isRegistered ? null : ActivatorUtilities.CreateFactory<TService>([]);

        // A service whose constructors take nothing resolves nothing, so it needs no request scope
        // (creating one per call is a large share of a small call's cost).
        var dependencyFree = !isRegistered && typeof(TService).GetConstructors().All(constructor => constructor.GetParameters().Length == 0);
        _servicesForDependencyFree = dependencyFree ? rootServices : null;
    }

    public TService Create(HttpContext httpContext, out bool owned)
    {
        owned = _factory is not null;
        return _factory is null
            ? httpContext.RequestServices.GetRequiredService<TService>()
            : _factory(_servicesForDependencyFree ?? httpContext.RequestServices, null);
    }

    public static ValueTask ReleaseAsync(TService service)
    {
        switch (service)
        {
            case IAsyncDisposable asyncDisposable:
                return asyncDisposable.DisposeAsync();
            case IDisposable disposable:
                disposable.Dispose();
                return ValueTask.CompletedTask;
            default:
                return ValueTask.CompletedTask;
        }
    }
}
