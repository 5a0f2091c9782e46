namespace Platform.Withdrawal.Storage;

/// <summary>
/// Redis keys. Everything about one user's withdrawals carries the hash tag {u:&lt;user&gt;}, so a script touches
/// one slot. The active-saga index and the event streams are global: the documented exceptions (docs/services/withdrawal.md).
/// </summary>
public static class WithdrawalKeys
{
    /// <summary>Sorted set of every non-terminal saga, scored by when it is next due (Unix ms).</summary>
    public const string ActiveIndex = "withdrawal:active";

    public static string Record(string userId, string withdrawalId) => $"withdrawal:{{u:{userId}}}:w:{withdrawalId}";

    public static string Lease(string userId, string withdrawalId) => $"withdrawal:{{u:{userId}}}:lease:{withdrawalId}";

    public static string Idempotency(string userId, string idempotencyKey) => $"withdrawal:{{u:{userId}}}:idem:{idempotencyKey}";

    /// <summary>Sorted set (all scores 0) of the user's withdrawal ids, which sort by creation time.</summary>
    public static string UserList(string userId) => $"withdrawal:{{u:{userId}}}:list";
}
