namespace Platform.Redis;

/// <summary>A sorted-set member with its score.</summary>
public readonly record struct SortedSetEntry(string Member, double Score);
