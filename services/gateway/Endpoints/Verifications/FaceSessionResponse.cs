namespace Platform.Gateway.Endpoints.Verifications;

/// <summary>A single-use face check: the action to perform and the nonce the capture must be bound to.</summary>
public sealed record FaceSessionResponse(string SessionId, byte[] Nonce, string Prompt, DateTimeOffset? ExpiresAt);
