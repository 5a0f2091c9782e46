using Grpc.Core;
using Platform.Redis;

namespace Platform.Risk.Grpc;

/// <summary>
/// A store that cannot be reached becomes UNAVAILABLE (retry later; Assess is idempotent by operation id)
/// instead of an unexplained UNKNOWN.
/// </summary>
public static class StoreErrors
{
    public static async Task<T> MapAsync<T>(Func<Task<T>> handle)
    {
        try
        {
            return await handle();
        }
        catch (RedisException error) when (error is RedisConnectionException or RedisTimeoutException)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "the risk store is unavailable; try again"));
        }
    }
}
