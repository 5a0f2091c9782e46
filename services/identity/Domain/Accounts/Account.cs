namespace Platform.Identity.Domain.Accounts;

/// <summary>A user's account as identity keeps it. The password fields hold digests only.</summary>
public sealed record Account(
    string UserId,
    string Phone,
    string Locale,
    string LoginPasswordHash,
    string PaymentPasswordSalt,
    string PaymentPasswordDigest,
    DateTimeOffset CreatedAt,
    bool Frozen,
    long SessionGeneration,
    DateTimeOffset? CredentialChangedAt);
