namespace Platform.Gateway.Idempotency;

/// <summary>The result of claiming a key: the claim's token when <see cref="ClaimOutcome.Claimed"/>, the stored response on a replay.</summary>
public sealed record IdempotencyClaim(ClaimOutcome Outcome, string? Token = null, StoredResponse? Response = null);
