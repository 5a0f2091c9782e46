namespace Platform.Redis;

/// <summary>XPENDING summary form: how many entries are delivered but not acknowledged, and by whom.</summary>
public sealed record StreamPendingSummary(
    long Count,
    string? SmallestId,
    string? LargestId,
    IReadOnlyDictionary<string, long> PendingByConsumer);
