namespace Platform.Redis;

/// <summary>
/// What XAUTOCLAIM returns: where to continue scanning ("0-0" when the scan is complete), the entries now owned
/// by the claiming consumer, and ids that were pending but whose entries no longer exist (Redis removed them from
/// the pending list).
/// </summary>
public sealed record StreamAutoClaimResult(string NextStartId, IReadOnlyList<StreamEntry> Entries, IReadOnlyList<string> DeletedIds);
