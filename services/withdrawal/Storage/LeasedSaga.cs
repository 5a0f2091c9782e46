using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Storage;

/// <summary>A saga's lease, just taken, and the saga's record as it stood then (null if there is no such saga).</summary>
public sealed record LeasedSaga(SagaLease Lease, WithdrawalRecord? Record);
