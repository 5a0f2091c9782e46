using Platform.Redis;

namespace Platform.Credit.Storage;

/// <summary>
/// The sweeper's work list across users: one member per hold, scored by its expiry. A member is added BEFORE the
/// hold is written and removed only once the hold is settled, so no pending hold is ever missing from it.
/// </summary>
public sealed class HoldExpiryIndex(IRedisClient redis)
{
    private const char Separator = '|';

    /// <summary>Adds the hold unless it is already listed (a replayed Reserve keeps the first expiry).</summary>
    public async Task AddAsync(string userId, string operationId, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        await redis.ExecuteAsync("ZADD",
            [CreditKeys.ExpiryIndex, "NX", expiresAt.ToUnixTimeMilliseconds(), Member(userId, operationId)], cancellationToken);

    /// <summary>Moves a listed hold to its real expiry (when an earlier, failed attempt left an older one).</summary>
    public async Task RescheduleAsync(string userId, string operationId, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        await redis.ExecuteAsync("ZADD",
            [CreditKeys.ExpiryIndex, "XX", expiresAt.ToUnixTimeMilliseconds(), Member(userId, operationId)], cancellationToken);

    public async Task RemoveAsync(string userId, string operationId) =>
        await redis.ZRemAsync(CreditKeys.ExpiryIndex, Member(userId, operationId));

    /// <summary>Holds whose expiry is at or before <paramref name="now"/>, oldest first.</summary>
    public async Task<IReadOnlyList<(string UserId, string OperationId, DateTimeOffset ExpiresAt)>> DueAsync(
        DateTimeOffset now, int count, CancellationToken cancellationToken)
    {
        var reply = await redis.ExecuteAsync("ZRANGEBYSCORE",
            [CreditKeys.ExpiryIndex, "-inf", now.ToUnixTimeMilliseconds(), "WITHSCORES", "LIMIT", 0, count], cancellationToken);
        var due = new List<(string, string, DateTimeOffset)>(reply.Count / 2);
        foreach (var (member, score) in reply.AsPairs())
        {
            var parts = member.AsString()!.Split(Separator, 2);
            if (parts.Length == 2)
                due.Add((parts[0], parts[1], DateTimeOffset.FromUnixTimeMilliseconds((long)score.AsDouble())));
        }
        return due;
    }

    private static string Member(string userId, string operationId) => userId + Separator + operationId;
}
