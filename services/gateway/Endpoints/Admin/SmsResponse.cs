namespace Platform.Gateway.Endpoints.Admin;

public sealed record SmsResponse(string MessageId, string Phone, string Text, DateTimeOffset? At);
