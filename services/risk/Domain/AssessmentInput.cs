namespace Platform.Risk.Domain;

/// <summary>One withdrawal to assess, as validated from the request.</summary>
public sealed record AssessmentInput(
    string UserId, string OperationId, long AmountFen, string DeviceId, bool DeviceTrusted, string CardFingerprint,
    DateTimeOffset At);
