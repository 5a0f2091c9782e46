using Platform.Redis;

namespace Platform.Identity.Storage;

/// <summary>The digest of the SMS code sent for a verification; never the code itself.</summary>
public sealed class SmsCodeStore(IRedisClient redis)
{
    /// <summary>Stores a new code's digest; false when the verification has used up its checks.</summary>
    public async Task<bool> StoreAsync(string userId, string verificationId, string digest, DateTimeOffset expiresAt, TimeSpan keyLifetime, int maxChecks)
    {
        var reply = await IdentityScripts.StoreSmsCode.EvaluateAsync(redis, [IdentityKeys.SmsCode(userId, verificationId)],
            [digest, expiresAt.ToUnixTimeMilliseconds(), (long)keyLifetime.TotalMilliseconds, maxChecks]);
        return reply[0].AsString() == "ok";
    }

    /// <summary>Checks an offered code's digest: "ok", "mismatch", "expired", "replayed", "locked" or "missing", and the checks left.</summary>
    public async Task<(string Status, int ChecksLeft)> CheckAsync(string userId, string verificationId, string digest, DateTimeOffset now, int maxChecks)
    {
        var reply = await IdentityScripts.CheckSmsCode.EvaluateAsync(redis, [IdentityKeys.SmsCode(userId, verificationId)],
            [now.ToUnixTimeMilliseconds(), digest, maxChecks]);
        return (reply[0].AsString()!, (int)reply[1].AsInt64());
    }
}
