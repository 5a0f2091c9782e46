namespace Platform.Withdrawal.Storage;

/// <summary>The Idempotency-Key was already used by this user for a withdrawal with a different request.</summary>
public sealed class IdempotencyMismatchException() : Exception("idempotency_key was already used for a different withdrawal");
