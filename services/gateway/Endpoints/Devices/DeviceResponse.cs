namespace Platform.Gateway.Endpoints.Devices;

public sealed record DeviceResponse(string DeviceId, string Name, bool Trusted, DateTimeOffset? RegisteredAt, DateTimeOffset? LastSeenAt);
