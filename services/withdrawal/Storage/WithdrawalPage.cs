using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Storage;

/// <summary>One page of a user's withdrawals, newest first; <see cref="NextAfterId"/> is null on the last page.</summary>
public sealed record WithdrawalPage(IReadOnlyList<WithdrawalRecord> Withdrawals, string? NextAfterId);
