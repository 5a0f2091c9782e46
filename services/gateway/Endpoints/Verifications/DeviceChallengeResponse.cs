namespace Platform.Gateway.Endpoints.Verifications;

/// <summary>The nonce (base64) to sign with the device key (ECDSA P-256, SHA-256).</summary>
public sealed record DeviceChallengeResponse(string ChallengeId, byte[] Nonce, DateTimeOffset? ExpiresAt);
