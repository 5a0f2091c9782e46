namespace Platform.Withdrawal.Storage;

/// <summary>What creating a withdrawal did: made a new one, or found the one made earlier with the same key.</summary>
public readonly record struct CreateResult(string WithdrawalId, bool Created);
