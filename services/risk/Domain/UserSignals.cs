namespace Platform.Risk.Domain;

/// <summary>
/// What the events taught about one user, as read for an assessment (the current operation excluded from
/// velocity). A device is known once identity trusted it or a withdrawal completed on it; logging in on a device
/// only counts it as used. Times are Unix milliseconds, null when never seen.
/// </summary>
public sealed record UserSignals(
    int Count1h,
    long Amount1h,
    int Count24h,
    long Amount24h,
    int OtherDevices24h,
    bool DeviceKnown,
    int FailedVerifications24h,
    long? CredentialChangedAtMs,
    long? RegisteredAtMs,
    long? FirstSeenAtMs,
    long HistoryCount,
    double HistoryMean,
    double HistoryM2);
