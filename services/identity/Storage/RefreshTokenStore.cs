using Platform.Redis;

namespace Platform.Identity.Storage;

/// <summary>Refresh tokens, stored only under their keyed digest, each used once and replaced by a successor.</summary>
public sealed class RefreshTokenStore(IRedisClient redis)
{
    public async Task StoreAsync(string userId, string digest, string deviceId, long generation, DateTimeOffset expiresAt, TimeSpan keyLifetime)
    {
        var key = IdentityKeys.RefreshToken(userId, digest);
        await redis.HSetAsync(key,
        [
            new("device", deviceId),
            new("generation", generation),
            new("expires_ms", expiresAt.ToUnixTimeMilliseconds()),
            new("used", "0"),
        ]);
        await redis.ExpireAsync(key, keyLifetime);
    }

    /// <summary>Uses the presented token and stores its successor; returns the outcome and the token's device.</summary>
    public async Task<(string Status, string DeviceId)> RotateAsync(
        string userId, string presentedDigest, string successorDigest, DateTimeOffset now, DateTimeOffset successorExpiresAt, TimeSpan keyLifetime)
    {
        var reply = await IdentityScripts.RotateRefreshToken.EvaluateAsync(redis,
            [IdentityKeys.RefreshToken(userId, presentedDigest), IdentityKeys.RefreshToken(userId, successorDigest), IdentityKeys.Account(userId)],
            [now.ToUnixTimeMilliseconds(), successorExpiresAt.ToUnixTimeMilliseconds(), (long)keyLifetime.TotalMilliseconds]);
        return (reply[0].AsString()!, reply[1].AsString()!);
    }
}
