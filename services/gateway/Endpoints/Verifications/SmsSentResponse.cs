namespace Platform.Gateway.Endpoints.Verifications;

public sealed record SmsSentResponse(DateTimeOffset? ExpiresAt, string MaskedPhone);
