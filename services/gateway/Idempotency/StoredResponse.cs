namespace Platform.Gateway.Idempotency;

/// <summary>The response a key's first request got, as replayed to its duplicates.</summary>
public sealed record StoredResponse(int StatusCode, string ContentType, string Location, byte[] Body);
