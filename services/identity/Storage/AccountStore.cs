using System.Globalization;
using Platform.Identity.Domain.Accounts;
using Platform.Redis;

namespace Platform.Identity.Storage;

/// <summary>Accounts in Redis: one hash per user plus a phone → user id index.</summary>
public sealed class AccountStore(IRedisClient redis)
{
    public async Task<string> NextUserIdAsync() =>
        (await redis.IncrementAsync(IdentityKeys.UserSequence)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Creates the account unless its phone is taken; false (and nothing kept) if it is.</summary>
    public async Task<bool> CreateAsync(Account account)
    {
        var key = IdentityKeys.Account(account.UserId);
        await redis.HSetAsync(key,
        [
            new("phone", account.Phone),
            new("locale", account.Locale),
            new("login_hash", account.LoginPasswordHash),
            new("payment_salt", account.PaymentPasswordSalt),
            new("payment_digest", account.PaymentPasswordDigest),
            new("created_ms", account.CreatedAt.ToUnixTimeMilliseconds()),
            new("frozen", "0"),
            new("session_generation", 0),
        ]);
        // The index is claimed after the account exists: a crash in between leaves an unreachable account, never
        // an index pointing at nothing.
        if (await redis.SetAsync(IdentityKeys.PhoneIndex(account.Phone), account.UserId, condition: SetCondition.NotExists))
            return true;
        await redis.DeleteAsync(key);
        return false;
    }

    public async Task<string?> FindUserIdByPhoneAsync(string phone) =>
        await redis.GetStringAsync(IdentityKeys.PhoneIndex(phone));

    public async Task<Account?> FindAsync(string userId)
    {
        var fields = await redis.HGetAllStringAsync(IdentityKeys.Account(userId));
        if (!fields.TryGetValue("phone", out var phone)) return null;
        return new Account(
            userId,
            phone,
            fields["locale"],
            fields["login_hash"],
            fields["payment_salt"],
            fields["payment_digest"],
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(fields["created_ms"], CultureInfo.InvariantCulture)),
            fields.GetValueOrDefault("frozen") == "1",
            long.Parse(fields.GetValueOrDefault("session_generation", "0"), CultureInfo.InvariantCulture),
            fields.TryGetValue("credential_changed_ms", out var changed)
                ? DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(changed, CultureInfo.InvariantCulture))
                : null);
    }

    /// <summary>Replaces the login password and revokes every session (refresh tokens of older generations).</summary>
    public Task SetLoginPasswordAsync(string userId, string hash, DateTimeOffset at) =>
        UpdateAndRevokeSessionsAsync(userId, [new("login_hash", hash), new("credential_changed_ms", at.ToUnixTimeMilliseconds())]);

    public Task SetPaymentPasswordAsync(string userId, string salt, string digest, DateTimeOffset at) =>
        UpdateAsync(userId, [new("payment_salt", salt), new("payment_digest", digest), new("credential_changed_ms", at.ToUnixTimeMilliseconds())]);

    /// <summary>Freezes the account and revokes every session.</summary>
    public Task FreezeAsync(string userId, string reason, DateTimeOffset at) =>
        UpdateAndRevokeSessionsAsync(userId, [new("frozen", "1"), new("frozen_reason", reason), new("frozen_ms", at.ToUnixTimeMilliseconds())]);

    private async Task UpdateAsync(string userId, KeyValuePair<string, RedisArg>[] fields) =>
        await redis.HSetAsync(IdentityKeys.Account(userId), fields);

    private async Task UpdateAndRevokeSessionsAsync(string userId, KeyValuePair<string, RedisArg>[] fields)
    {
        var key = IdentityKeys.Account(userId);
        var transaction = redis.CreateTransaction();
        var args = new List<RedisArg> { key };
        foreach (var (field, value) in fields)
        {
            args.Add(field);
            args.Add(value);
        }
        transaction.Add("HSET", [.. args]);
        transaction.Add("HINCRBY", key, "session_generation", 1);
        foreach (var reply in await transaction.ExecuteAsync()) reply.ThrowIfError();
    }
}
