namespace Platform.Redis;

/// <summary>
/// One consumer group from XINFO GROUPS. <see cref="Lag"/> is the number of entries not yet delivered to the
/// group, or null when Redis cannot tell (after deletions in the stream).
/// </summary>
public sealed record StreamGroupInfo(string Name, long Consumers, long Pending, string LastDeliveredId, long? EntriesRead, long? Lag);
