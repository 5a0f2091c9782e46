using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Security;

public static class SecurityExtensions
{
    /// <summary>Signed caller identity on every internal gRPC call (see docs/security.md).</summary>
    public static TBuilder AddInternalCallSecurity<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.Configure<InternalCallOptions>(builder.Configuration.GetSection(InternalCallOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<CallerSignature>();
        builder.Services.TryAddSingleton<CallerMetadata>();
        builder.Services.TryAddSingleton<CallerVerifier>();
        return builder;
    }
}
