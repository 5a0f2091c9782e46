namespace Platform.Risk.Domain;

/// <summary>
/// What the events taught about one user, as read for an assessment (the current operation excluded from
/// velocity). Times are Unix milliseconds, null when never seen.
/// </summary>
public sealed record UserSignals(
    int Count1h,
    long Amount1h,
    int Count24h,
    long Amount24h,
    int OtherDevices24h,
    bool DeviceSeen,
    int FailedVerifications24h,
    long? CredentialChangedAtMs,
    long? RegisteredAtMs,
    long? FirstSeenAtMs,
    long HistoryCount,
    double HistoryMean,
    double HistoryM2);
