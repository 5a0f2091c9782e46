using Grpc.Core;
using Platform.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>How a service's gRPC endpoint answers while its Redis store cannot be reached.</summary>
public static class StoreOutages
{
    /// <summary>
    /// Calls that fail because Redis is unreachable or too slow answer UNAVAILABLE ("the credit store is
    /// unavailable; try again"), the status clients retry, instead of UNKNOWN. Every state-changing call of the
    /// platform is idempotent, so a retry cannot double anything.
    /// </summary>
    public static IGrpcServerBuilder MapStoreOutages(this IGrpcServerBuilder builder, string storeName) =>
        builder.MapException<RedisException>(error => error.IsUnavailable()
            ? new Status(StatusCode.Unavailable, $"the {storeName} store is unavailable; try again")
            : null);
}
