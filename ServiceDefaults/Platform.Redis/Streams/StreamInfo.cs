namespace Platform.Redis;

/// <summary>The main figures of XINFO STREAM.</summary>
public sealed record StreamInfo(long Length, string LastGeneratedId, long Groups, string? FirstEntryId, string? LastEntryId);
