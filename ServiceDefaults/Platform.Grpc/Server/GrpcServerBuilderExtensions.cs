using Grpc.AspNetCore.Server;
using Grpc.Core;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Server-wide settings on <see cref="IGrpcServerBuilder"/>.</summary>
public static class GrpcServerBuilderExtensions
{
    /// <summary>
    /// Answers calls whose handler throws a <typeparamref name="TException"/> with the status <paramref name="map"/>
    /// gives (null: not this one, try the next mapper, else UNKNOWN). Declared once per service instead of a
    /// try/catch around every method.
    /// </summary>
    public static IGrpcServerBuilder MapException<TException>(this IGrpcServerBuilder builder, Func<TException, Status?> map)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(map);
        builder.Services.Configure<GrpcServiceOptions>(options => options.ExceptionMappers.Add(e => e is TException typed ? map(typed) : null));
        return builder;
    }
}
