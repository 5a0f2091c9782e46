namespace Platform.Gateway.Endpoints.Security;

public sealed record SecurityEventResponse(string Type, string? DeviceId, DateTimeOffset? At, string? Detail);
