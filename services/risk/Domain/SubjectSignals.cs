namespace Platform.Risk.Domain;

/// <summary>Block-list hits and recent user reports for the account, device and card of one request.</summary>
public sealed record SubjectSignals(bool DeviceListed, bool CardListed, bool AccountListed, int Reports30d);
