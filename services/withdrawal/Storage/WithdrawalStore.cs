using System.Globalization;
using Platform.Redis;
using Platform.Withdrawal.Domain;
using Platform.PubSub;

namespace Platform.Withdrawal.Storage;

/// <summary>
/// The saga's state store. Every change of a saga, and the event it publishes, is one Lua script: the record,
/// the active-saga index and the topic stream change together or not at all (a transactional outbox with no relay).
/// </summary>
public sealed class WithdrawalStore(IRedisClient redis)
{
    public async Task<CreateResult> CreateAsync(
        WithdrawalRecord record, string requestFingerprint, TimeSpan idempotencyRetention, DateTimeOffset dueAt,
        OutboxMessage created, CancellationToken cancellationToken)
    {
        var fields = RecordCodec.ToFields(record);
        var keys = new List<RedisArg>
        {
            WithdrawalKeys.Idempotency(record.UserId, record.IdempotencyKey),
            WithdrawalKeys.Record(record.UserId, record.Id),
            WithdrawalKeys.UserList(record.UserId),
            WithdrawalKeys.ActiveIndex,
        };
        var args = new List<RedisArg>
        {
            record.Id, requestFingerprint, (long)idempotencyRetention.TotalMilliseconds,
            record.Ref.ToIndexMember(), dueAt.ToUnixTimeMilliseconds(),
        };
        created.AppendTo(keys, args);
        args.Add(fields.Count);
        AddPairs(args, fields);
        try
        {
            var reply = await SagaScripts.Create.EvaluateAsync(redis, keys, args, cancellationToken).ConfigureAwait(false);
            return new CreateResult(reply[1].AsString()!, reply[0].AsInt64() == 1);
        }
        catch (RedisServerException ex) when (ex.ErrorCode == "IDEMPOTENCY_MISMATCH")
        {
            throw new IdempotencyMismatchException();
        }
    }

    /// <summary>
    /// The withdrawal made earlier with this key, or null if the key is new. Throws
    /// <see cref="IdempotencyMismatchException"/> if the key was used for a different request.
    /// </summary>
    public async Task<string?> FindByIdempotencyKeyAsync(
        string userId, string idempotencyKey, string requestFingerprint, CancellationToken cancellationToken)
    {
        var found = await redis.HMGetStringAsync(
            WithdrawalKeys.Idempotency(userId, idempotencyKey), ["id", "fingerprint"], cancellationToken).ConfigureAwait(false);
        if (found[0] is null) return null;
        return found[1] == requestFingerprint ? found[0] : throw new IdempotencyMismatchException();
    }

    public async Task<WithdrawalRecord?> GetAsync(string userId, string withdrawalId, CancellationToken cancellationToken)
    {
        var fields = await redis.HGetAllStringAsync(WithdrawalKeys.Record(userId, withdrawalId), cancellationToken).ConfigureAwait(false);
        return fields.Count == 0 ? null : RecordCodec.FromFields(fields);
    }

    /// <summary>A page of the user's withdrawals, newest first, after the id that ended the previous page.</summary>
    public async Task<WithdrawalPage> ListAsync(string userId, int pageSize, string? afterId, CancellationToken cancellationToken)
    {
        var max = afterId is null ? "+" : "(" + afterId;
        var reply = await redis.ExecuteAsync(
            "ZREVRANGEBYLEX", [WithdrawalKeys.UserList(userId), max, "-", "LIMIT", 0, pageSize + 1], cancellationToken)
            .ConfigureAwait(false);
        var ids = Strings(reply);
        var pageIds = ids.Take(pageSize).ToArray();
        var records = await Task.WhenAll(pageIds.Select(id => GetAsync(userId, id, cancellationToken))).ConfigureAwait(false);
        var next = ids.Length > pageSize ? pageIds[^1] : null;
        return new WithdrawalPage(records.OfType<WithdrawalRecord>().ToList(), next);
    }

    /// <summary>
    /// Commits one step of the saga: the changed fields, the next due time (null once it has ended) and its
    /// event, only if <paramref name="lease"/> is still held and the saga is still in <paramref name="current"/>'s state.
    /// With <paramref name="releaseLease"/> the lease is let go in the same script, saving the driver that stops
    /// here a round trip.
    /// </summary>
    public async Task CommitAsync(
        SagaLease lease, WithdrawalRecord current, WithdrawalRecord next, DateTimeOffset? dueAt, OutboxMessage? @event,
        bool releaseLease, CancellationToken cancellationToken)
    {
        var changes = RecordCodec.Changes(current, next);
        var keys = new List<RedisArg> { WithdrawalKeys.Record(current.UserId, current.Id), lease.Key, WithdrawalKeys.ActiveIndex };
        var args = new List<RedisArg>
        {
            lease.Token, current.State.ToStorageName(), current.Ref.ToIndexMember(),
            dueAt is { } due ? due.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) : "",
        };
        if (@event is null) args.AddRange(["", "", ""]);
        else @event.AppendTo(keys, args);
        args.Add(changes.Count);
        AddPairs(args, changes);
        args.Add(releaseLease ? "1" : "0");
        try
        {
            await SagaScripts.Transition.EvaluateAsync(redis, keys, args, cancellationToken).ConfigureAwait(false);
            if (releaseLease) lease.MarkReleased();
        }
        catch (RedisServerException ex) when (ex.ErrorCode is "LEASE_LOST" or "STALE_STATE")
        {
            throw new SagaConflictException(ex.Message);
        }
    }

    /// <summary>Sagas whose next step is due: crashed drivers, retries, deadlines and settlements to check.</summary>
    public async Task<IReadOnlyList<SagaRef>> FindDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var members = await redis.ZRangeByScoreAsync(
            WithdrawalKeys.ActiveIndex, double.NegativeInfinity, now.ToUnixTimeMilliseconds(), 0, max, cancellationToken).ConfigureAwait(false);
        var due = new List<SagaRef>(members.Length);
        foreach (var member in members)
        {
            if (SagaRef.TryParseIndexMember(member, out var saga)) due.Add(saga);
        }
        return due;
    }

    private static string[] Strings(RedisReply reply)
    {
        var ids = new string[reply.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = reply[i].AsString()!;
        return ids;
    }

    private static void AddPairs(List<RedisArg> args, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        foreach (var (field, value) in pairs)
        {
            args.Add(field);
            args.Add(value);
        }
    }
}
