using Platform.Withdrawal.Domain;
using Platform.Withdrawal.Storage;

namespace Platform.Withdrawal.Saga;

/// <summary>What a step runs with: the saga as last committed, the lease it is driven under, and the time.</summary>
public sealed class SagaStepContext(WithdrawalRecord record, SagaLease lease, DateTimeOffset now, Func<WithdrawalRecord, WithdrawalRecord, Task<WithdrawalRecord>> save)
{
    public WithdrawalRecord Record { get; private set; } = record;

    public SagaLease Lease { get; } = lease;

    public DateTimeOffset Now { get; } = now;

    /// <summary>
    /// Commits a change inside a step, before the step goes on (e.g. "payout requested" before the bank is called).
    /// Throws <see cref="SagaConflictException"/> if the lease was lost.
    /// </summary>
    public async Task SaveAsync(WithdrawalRecord next) => Record = await save(Record, next).ConfigureAwait(false);
}
