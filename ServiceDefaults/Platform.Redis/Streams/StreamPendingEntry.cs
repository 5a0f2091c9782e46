namespace Platform.Redis;

/// <summary>XPENDING extended form: one pending entry, its owner, idle time and how often it was delivered.</summary>
public sealed record StreamPendingEntry(string Id, string Consumer, TimeSpan Idle, long DeliveryCount);
