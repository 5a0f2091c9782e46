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

    public ServiceActivator(IServiceProvider rootServices)
    {
        var isRegistered = rootServices.GetService<IServiceProviderIsService>()?.IsService(typeof(TService)) ?? false;
        _factory = isRegistered ? null : ActivatorUtilities.CreateFactory<TService>([]);
    }

    public TService Create(IServiceProvider requestServices, out bool owned)
    {
        owned = _factory is not null;
        return _factory is null ? requestServices.GetRequiredService<TService>() : _factory(requestServices, null);
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
