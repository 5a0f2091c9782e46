namespace Platform.Gateway.Authentication;

/// <summary>What a step-up token lets its holder do: prove factors for one login verification of one user.</summary>
public sealed record StepUpGrant(string UserId, string VerificationId, DateTimeOffset ExpiresAt);
