using Platform.Contracts.Risk.V1;

namespace Platform.Risk.Storage;

/// <summary>The current rules and when (Stopwatch timestamp) they were read; replaced whole, never changed.</summary>
internal sealed record CachedRules(RuleSet Rules, long LoadedAt);
