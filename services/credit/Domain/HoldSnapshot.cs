namespace Platform.Credit.Domain;

/// <summary>A hold as one script saw it; times are Unix milliseconds.</summary>
public sealed record HoldSnapshot(long AmountFen, HoldStatus Status, long CreatedAtMs, long ExpiresAtMs);
