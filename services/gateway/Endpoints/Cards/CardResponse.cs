namespace Platform.Gateway.Endpoints.Cards;

/// <summary>A bound bank card. The number is never returned; <see cref="Fingerprint"/> is its keyed hash.</summary>
public sealed record CardResponse(string CardId, string BankCode, string Last4, string HolderName, DateTimeOffset? BoundAt, string Fingerprint);
