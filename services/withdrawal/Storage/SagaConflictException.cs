namespace Platform.Withdrawal.Storage;

/// <summary>
/// A transition was refused because this driver lost the saga's lease or the saga moved on since it was read.
/// Nothing was written; the driver stops and whoever owns the saga now carries on.
/// </summary>
public sealed class SagaConflictException(string message) : Exception(message);
