using Grpc.Core;
using Platform.Redis;

namespace Platform.Withdrawal.Grpc;

/// <summary>Turns a state store that cannot be reached into UNAVAILABLE instead of an unexplained INTERNAL.</summary>
public static class StoreErrors
{
    public static async Task<T> MapAsync<T>(Func<Task<T>> handle)
    {
        try
        {
            return await handle().ConfigureAwait(false);
        }
        catch (RedisException error) when (error is RedisConnectionException or RedisTimeoutException)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "the withdrawal store is unavailable; try again"));
        }
    }
}
